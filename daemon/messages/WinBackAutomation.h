#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QSqlDatabase>

#include <functional>

namespace nomo {

class TokenCipher;

// Win-back: once a customer has not bought for the store's `win_back_days`, one message
// by the first channel that reaches them (email, WhatsApp, SMS), planned by a periodic
// job. Once per lapse: the message's key names the customer's last order, so the next
// win-back waits for the next order and its lapse. A store switching it on reaches the
// customers who lapsed within the last 30 days; older ones are a broadcast's
// ("lapsed" segment), not a surprise flood.
class WinBackAutomation
{
public:
    using ChannelReady = std::function<bool(const QString &channel)>;
    static constexpr int kCatchUpDays = 30;
    static constexpr int kBatch = 500;

    WinBackAutomation(QSqlDatabase db, ChannelReady ready, const TokenCipher &cipher, const Clock &clock);

    // Every store with win-backs on: the messages planned.
    Result<int> planAll();
    Result<int> plan(qint64 merchantId);

private:
    QSqlDatabase m_db;
    ChannelReady m_ready;
    const TokenCipher &m_cipher;
    const Clock &m_clock;
};

} // namespace nomo
