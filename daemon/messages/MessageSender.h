#pragma once

#include "core/Clock.h"
#include "jobs/Job.h"
#include "jobs/JobOutcome.h"
#include "messages/Channel.h"
#include "push/WebPushCrypto.h"
#include "http/RateLimiter.h"

#include <memory>
#include "repositories/TenantContext.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace nomo {

class Channel;
class TokenCipher;

// The outbox's sending half: one `message.send` job per message, due when the message
// is. At-least-once, and each step ends in a stated status:
//   - waiting no more (cancelled by a purchase, the tool switched off) → nothing sent;
//   - marketing without consent (SMS and WhatsApp need an opt-in, email an unbroken
//     one), or past the shopper's daily allowance across all channels → skipped;
//   - in the merchant's quiet hours (Riyadh) → due again when they end;
//   - composed once (the store's template or the gallery's, over tracked links), the
//     texts kept so every retry sends the same bytes and the same Message-ID;
//   - every attempt logged with the provider's answer; temporary failures back off
//     with jitter, permanent ones end the message at once;
//   - a run that finds the message still `sending` knows the daemon died mid-send: the
//     earlier attempt is logged `unknown` and counted as a possible duplicate.
// Runs on this object's thread with its database connection (the channels answer there).
class MessageSender : public QObject
{
    Q_OBJECT

public:
    MessageSender(QString connectionName, QString publicUrl, const TokenCipher &cipher, const Clock &clock, QObject *parent = nullptr);

    void addChannel(const QString &name, Channel *channel); // not owned
    void setPublicUrl(const QString &url) { m_publicUrl = url; } // before the first send
    bool channelReady(const QString &name) const;
    // Sends a second at most per provider account: a store's SMS sender, its WhatsApp
    // number (Meta's default 80/s). A send over it waits, without spending a try.
    void setPace(int smsPerSecond, int whatsappPerSecond);

    void send(const Job &job, JobFinish finish);

    // "Send a test" of a channel's set-up: the store's template of `automation`, over the
    // example shopper and cart with the store's own name, to `to` now — not through the
    // outbox, nothing stored — and the provider's answer. For the merchant's own check.
    void sendTest(qint64 merchantId, const QString &channel, const QString &to, const QString &automation,
                  const QString &language, std::function<void(SendOutcome)> done);

    // How many sends may have reached a shopper twice (a run found its message still
    // sending), since start: reported in /metrics.
    qint64 possibleDuplicates() const { return m_possibleDuplicates; }

Q_SIGNALS:
    void couponQueued(); // a reminder's coupon waits for its push: wake the worker

private:
    // Who sends it (the store's name and email), its unsubscribe link, the store's
    // settings and the channel's opened key.
    Result<Channel::Envelope> envelopeFor(const TenantContext &tenant, const Message &message, const QJsonObject &settings) const;

    QString m_connection;
    QString m_publicUrl;
    const TokenCipher &m_cipher;
    const Clock &m_clock;
    QHash<QString, Channel *> m_channels;
    mutable std::optional<webpush::KeyPair> m_vapid; // the daemon's VAPID key, read once
    std::unique_ptr<RateLimiter> m_smsPace;
    std::unique_ptr<RateLimiter> m_whatsappPace;
    qint64 m_possibleDuplicates = 0;
};

} // namespace nomo
