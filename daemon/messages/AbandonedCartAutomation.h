#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace nomo {

class TokenCipher;

// Abandoned-cart recovery, fed by the spine's domain events:
//   cart.abandoned → plan(): the reminders as messages, each due at its time (the first
//     the merchant's delay after Salla's time of abandonment, the second some hours
//     after it, by another channel when there is one), with its send job;
//   cart.purchased → cancel(): what still waits is cancelled at once;
//   order.created → linkOrder(): the order is linked to the shopper's last clicked message.
// Everything a plan writes commits together, so an event seen twice plans once
// (the messages' idempotency keys) and a crash plans nothing or everything.
class AbandonedCartAutomation
{
public:
    // Whether a channel can send here now (its provider configured).
    using ChannelReady = std::function<bool(const QString &channel)>;

    AbandonedCartAutomation(QSqlDatabase db, ChannelReady ready, const TokenCipher &cipher, const Clock &clock);

    // The messages planned (0 when the tool is off, the cart bought or nobody can be reached).
    Result<int> plan(qint64 merchantId, qint64 cartId);
    Result<int> cancel(qint64 merchantId, qint64 cartId);
    Status linkOrder(qint64 merchantId, qint64 orderId);

    // The order in which channels are tried for a step: the first reminder where
    // shoppers read fastest, the second by email when the first was not.
    static QStringList channelOrder(int step);
    static constexpr qint64 kClickWindowMs = 5LL * 24 * 3600 * 1000; // docs/architecture.md: attribution

private:
    QSqlDatabase m_db;
    ChannelReady m_ready;
    const TokenCipher &m_cipher;
    const Clock &m_clock;
};

} // namespace nomo
