#include "messages/whatsapp/WhatsAppChannel.h"

#include "messages/whatsapp/WhatsAppApi.h"
#include "outbound/OutboundCaller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nomo {

WhatsAppChannel::WhatsAppChannel(OutboundCaller &caller, QUrl graphUrl, QString version)
    : m_caller(caller)
    , m_graphUrl(std::move(graphUrl))
    , m_version(std::move(version))
{
}

bool WhatsAppChannel::configured(const QJsonObject &settings, bool hasToken)
{
    return hasToken && !settings.value(u"whatsapp_phone_number_id"_s).toString().trimmed().isEmpty();
}

void WhatsAppChannel::send(const Message &message, const Envelope &envelope, std::function<void(SendOutcome)> done)
{
    const auto refuse = [&done](SendOutcome::Kind kind, const QString &why) {
        SendOutcome outcome;
        outcome.kind = kind;
        outcome.detail = why;
        done(outcome);
    };
    if (!configured(envelope.settings, !envelope.secret.isEmpty()))
        return refuse(SendOutcome::Kind::Configuration, u"the store's WhatsApp phone number id or access token is not set"_s);
    const whatsapp::Account account{m_graphUrl, m_version, envelope.settings.value(u"whatsapp_phone_number_id"_s).toString().trimmed(),
                                    envelope.secret};
    const QString callback = message.id ? whatsapp::callbackData(message.id) : QString();
    const QJsonObject payload = QJsonDocument::fromJson(message.payload.toUtf8()).object();

    OutboundRequest request;
    if (!payload.value(u"template"_s).toString().isEmpty()) {
        request = whatsapp::templateRequest(account, message.recipient, payload, callback);
    } else if (envelope.replyWindowOpen) {
        request = whatsapp::textRequest(account, message.recipient, message.bodyText, callback);
    } else if (const QString notice = envelope.settings.value(u"whatsapp_notice_template"_s).toString().trimmed(); !notice.isEmpty()) {
        const QJsonObject viaNotice{{u"template"_s, notice}, {u"language"_s, message.language},
                                    {u"body"_s, QJsonArray{QString(message.bodyText).simplified()}}};
        request = whatsapp::templateRequest(account, message.recipient, viaNotice, callback);
    } else {
        return refuse(SendOutcome::Kind::Rejected,
                      u"the shopper has not written to the store in 24 hours, and the store has no WhatsApp notice template"_s);
    }
    if (message.automation == u"salla")
        request.timeoutMs = 5000; // an OTP fails fast rather than arrives late
    m_caller.send(std::move(request), [done = std::move(done)](const OutboundReply &reply) { done(whatsapp::outcome(reply)); });
}

} // namespace nomo
