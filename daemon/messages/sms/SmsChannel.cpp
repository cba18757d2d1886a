#include "messages/sms/SmsChannel.h"

#include "messages/sms/SmsProviders.h"
#include "outbound/OutboundCaller.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nomo {

SmsChannel::SmsChannel(OutboundCaller &caller, QHash<QString, QUrl> baseUrls)
    : m_caller(caller)
    , m_baseUrls(std::move(baseUrls))
{
}

bool SmsChannel::configured(const QJsonObject &settings, bool hasKey)
{
    return hasKey && sms::Account::known(settings.value(u"sms_provider"_s).toString())
           && !settings.value(u"sms_sender"_s).toString().isEmpty();
}

void SmsChannel::send(const Message &message, const Envelope &envelope, std::function<void(SendOutcome)> done)
{
    sms::Account account;
    account.provider = envelope.settings.value(u"sms_provider"_s).toString();
    account.sender = envelope.settings.value(u"sms_sender"_s).toString();
    account.username = envelope.settings.value(u"sms_username"_s).toString();
    account.apiKey = envelope.secret;
    account.baseUrl = m_baseUrls.value(account.provider);
    if (!configured(envelope.settings, !envelope.secret.isEmpty()) || !account.baseUrl.isValid()) {
        SendOutcome missing;
        missing.kind = SendOutcome::Kind::Configuration;
        missing.detail = u"the store's SMS provider, sender name or key is not set"_s;
        return done(missing);
    }
    const QString correlation = u"nomo-%1-%2"_s.arg(message.id).arg(message.attempts + 1);
    OutboundRequest request = sms::request(account, message.recipient, message.bodyText, correlation, message.marketing);
    if (message.automation == u"salla")
        request.timeoutMs = 5000; // Salla's guide: OTPs fail fast rather than arrive late
    m_caller.send(std::move(request),
                  [provider = account.provider, done = std::move(done)](const OutboundReply &reply) { done(sms::outcome(provider, reply)); });
}

} // namespace nomo
