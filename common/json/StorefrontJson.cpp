#include "core/Time.h"
#include "domain/EmailSubscriber.h"
#include "domain/VisitorDay.h"
#include "json/DomainJson.h"
#include "json/WireObject.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nomo {

QJsonObject toJson(const EmailSubscriber &s)
{
    return {{u"id"_s, s.id},
            {u"email"_s, s.email},
            {u"name"_s, s.name},
            {u"source"_s, s.source},
            {u"language"_s, s.language},
            {u"consent_at"_s, time::toWire(s.consentAt)},
            {u"unsubscribed_at"_s, time::toWireOrNull(s.unsubscribedAt)},
            {u"created_at"_s, time::toWire(s.createdAt)}};
}

template<>
QString wireName<EmailSubscriber>()
{
    return u"subscriber"_s;
}

template<>
Result<EmailSubscriber> fromJson<EmailSubscriber>(const JsonField &at)
{
    WireObject o(at);
    EmailSubscriber s;
    s.id = o.integer(u"id");
    s.email = o.string(u"email");
    s.name = o.string(u"name");
    s.source = o.string(u"source");
    s.language = o.string(u"language");
    s.consentAt = o.time(u"consent_at");
    s.unsubscribedAt = o.nullableTime(u"unsubscribed_at");
    s.unsubscribed = s.unsubscribedAt.isValid();
    s.createdAt = o.time(u"created_at");
    return o.result(std::move(s));
}

QJsonObject toJson(const NamedCount &count)
{
    return {{u"name"_s, count.name}, {u"count"_s, count.count}};
}

template<>
QString wireName<NamedCount>()
{
    return u"named_count"_s;
}

template<>
Result<NamedCount> fromJson<NamedCount>(const JsonField &at)
{
    WireObject o(at);
    NamedCount count;
    count.name = o.string(u"name");
    count.count = o.integer(u"count");
    return o.result(std::move(count));
}

namespace {
QJsonArray counts(const QList<NamedCount> &list)
{
    QJsonArray array;
    for (const NamedCount &one : list)
        array.append(toJson(one));
    return array;
}
} // namespace

QJsonObject toJson(const VisitorDay &day)
{
    return {{u"day"_s, day.day.toString(Qt::ISODate)},
            {u"visitors"_s, day.visitors},
            {u"sessions"_s, day.sessions},
            {u"page_views"_s, day.pageViews},
            {u"pages"_s, counts(day.pages)},
            {u"sources"_s, counts(day.sources)},
            {u"devices"_s, counts(day.devices)}};
}

template<>
QString wireName<VisitorDay>()
{
    return u"visitor_day"_s;
}

template<>
Result<VisitorDay> fromJson<VisitorDay>(const JsonField &at)
{
    WireObject o(at);
    VisitorDay day;
    day.day = QDate::fromString(o.string(u"day"), Qt::ISODate);
    if (!day.day.isValid())
        o.refuse(u"day", u"a date, YYYY-MM-DD"_s);
    day.visitors = o.integer(u"visitors");
    day.sessions = o.integer(u"sessions");
    day.pageViews = o.integer(u"page_views");
    day.pages = o.list<NamedCount>(u"pages");
    day.sources = o.list<NamedCount>(u"sources");
    day.devices = o.list<NamedCount>(u"devices");
    return o.result(std::move(day));
}

} // namespace nomo
