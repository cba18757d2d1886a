#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QSqlDatabase>

#include <functional>

namespace nomo {

class TokenCipher;

// Welcome: on `subscriber.created` (a shopper joined the store's list on the storefront),
// one email at once in the language they joined in — with their own one-use coupon when
// the store offers one (`welcome_coupon_percent`, made when it is sent). Once per
// subscriber (the key names them).
class WelcomeAutomation
{
public:
    using ChannelReady = std::function<bool(const QString &channel)>;

    WelcomeAutomation(QSqlDatabase db, ChannelReady ready, const TokenCipher &cipher, const Clock &clock);

    Result<int> plan(qint64 merchantId, qint64 subscriberId);

private:
    QSqlDatabase m_db;
    ChannelReady m_ready;
    const TokenCipher &m_cipher;
    const Clock &m_clock;
};

} // namespace nomo
