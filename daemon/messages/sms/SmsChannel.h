#pragma once

#include "messages/Channel.h"

#include <QHash>
#include <QUrl>

namespace nomo {

class OutboundCaller;

// Shoppers' SMS through the store's own Saudi gateway account (Unifonic, Msegat or
// Taqnyat: the notifications tool's `sms_provider`, `sms_sender`, `sms_username` and
// the sealed `sms_api_key`), at the daemon's base URL for that gateway.
class SmsChannel final : public Channel
{
public:
    SmsChannel(OutboundCaller &caller, QHash<QString, QUrl> baseUrls);

    QString provider() const override { return QStringLiteral("sms"); }
    bool ready() const override { return true; }
    void send(const Message &message, const Envelope &envelope, std::function<void(SendOutcome)> done) override;

    // The store's SMS set-up is whole: a provider, a sender name, a key.
    static bool configured(const QJsonObject &settings, bool hasKey);

private:
    OutboundCaller &m_caller;
    QHash<QString, QUrl> m_baseUrls;
};

} // namespace nomo
