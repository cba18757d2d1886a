#include "json/DomainJson.h"
#include "json/WireObject.h"
#include "messages/MessageTemplate.h"

using namespace Qt::StringLiterals;

namespace nomo {

QJsonObject toJson(const MessageTemplate &tmpl)
{
    return {{u"automation"_s, tmpl.automation}, {u"channel"_s, tmpl.channel}, {u"language"_s, tmpl.language},
            {u"subject"_s, tmpl.subject},       {u"body"_s, tmpl.body},       {u"action"_s, tmpl.action},
            {u"custom"_s, tmpl.custom},         {u"version"_s, tmpl.version}};
}

template<>
QString wireName<MessageTemplate>()
{
    return u"message_template"_s;
}

template<>
Result<MessageTemplate> fromJson<MessageTemplate>(const JsonField &at)
{
    WireObject o(at);
    MessageTemplate tmpl;
    tmpl.automation = o.string(u"automation");
    tmpl.channel = o.string(u"channel");
    tmpl.language = o.string(u"language");
    tmpl.subject = o.string(u"subject");
    tmpl.body = o.string(u"body");
    tmpl.action = o.string(u"action");
    tmpl.custom = o.boolean(u"custom");
    tmpl.version = o.integer(u"version");
    return o.result(std::move(tmpl));
}

} // namespace nomo
