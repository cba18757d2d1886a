#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QSqlDatabase>

#include <functional>

namespace nomo {

class TokenCipher;

// Order updates, fed by order.status_changed: when the store tells shoppers of the
// statuses it chose (`order_update_statuses`), one service message by the first channel
// that reaches the shopper (WhatsApp, SMS, email, as switched on and set up; no opt-in:
// it is about their order), due at once. One message per order and status, however
// often the event comes.
class OrderUpdateAutomation
{
public:
    using ChannelReady = std::function<bool(const QString &channel)>;
    OrderUpdateAutomation(QSqlDatabase db, ChannelReady ready, const TokenCipher &cipher, const Clock &clock);

    // The messages planned: 0 or 1.
    Result<int> plan(qint64 merchantId, qint64 orderId);

private:
    QSqlDatabase m_db;
    ChannelReady m_ready;
    const TokenCipher &m_cipher;
    const Clock &m_clock;
};

} // namespace nomo
