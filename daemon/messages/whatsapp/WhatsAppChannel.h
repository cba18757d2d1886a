#pragma once

#include "messages/Channel.h"

#include <QUrl>

namespace nomo {

class OutboundCaller;

// Shoppers' WhatsApp through the store's own Business number on Meta's Cloud API (the
// notifications tool's `whatsapp_phone_number_id` and sealed `whatsapp_access_token`).
// The store's automations go as its approved templates (the composed payload: name,
// language, values, button); Salla's own messages as free-form text inside the
// shopper's 24-hour window, and outside it through the store's notice template
// (`whatsapp_notice_template`, one value: the text) when it has one.
class WhatsAppChannel final : public Channel
{
public:
    WhatsAppChannel(OutboundCaller &caller, QUrl graphUrl, QString version);

    QString provider() const override { return QStringLiteral("whatsapp"); }
    bool ready() const override { return m_graphUrl.isValid(); }
    void send(const Message &message, const Envelope &envelope, std::function<void(SendOutcome)> done) override;

    // The store's WhatsApp set-up is whole: a phone number id and a token.
    static bool configured(const QJsonObject &settings, bool hasToken);

private:
    OutboundCaller &m_caller;
    QUrl m_graphUrl;
    QString m_version;
};

} // namespace nomo
