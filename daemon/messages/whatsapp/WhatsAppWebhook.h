#pragma once

#include "core/Clock.h"

#include "http/RateLimiter.h"

#include <QObject>
#include <QString>

namespace nomo {

class TokenCipher;

namespace http {
class Routes;
}

// WhatsApp's webhooks for one store's Business number, at the address the merchant
// gives Meta's app (providers/REFERENCE.md §1.5):
//   GET  /webhooks/whatsapp/{store}  the subscription handshake: hub.challenge back when
//                                    hub.verify_token is the store's `whatsapp_verify_token`;
//   POST /webhooks/whatsapp/{store}  statuses and shoppers' messages, signed with the
//                                    store's app secret (X-Hub-Signature-256 over the raw
//                                    body) and refused unsigned.
// Statuses move the message forward only (sent < delivered < read; failed ends it),
// whatever order they come in and however often; a failure with 131050 withdraws the
// shopper's WhatsApp consent. A shopper's message opens the 24-hour window, and "STOP"
// (or «إيقاف», «إلغاء») withdraws consent before the answer.
class WhatsAppWebhook : public QObject
{
    Q_OBJECT

public:
    WhatsAppWebhook(QString connectionName, const TokenCipher &cipher, const Clock &clock, QObject *parent = nullptr);
    void install(http::Routes &routes);

    // Whether a shopper's words ask to stop (Arabic or English, any case or digits around).
    static bool isStopWord(const QString &text);

private:
    QString m_connection;
    const TokenCipher &m_cipher;
    const Clock &m_clock;
    // Refusals per client address: Meta's signed traffic is never limited, and one who
    // keeps sending what does not verify is turned away before any key is opened.
    RateLimiter m_refusals{RateLimiter::Rule{30, 60 * 1000}};
};

} // namespace nomo
