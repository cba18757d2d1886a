#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace nomo {

class Clock;
class TokenCipher;

// Whether marketing can reach one shopper by a channel here, and at which address: the
// channel switched on in the store's settings, the daemon able to send by it, the
// store's account set up, an address on file, and for SMS and WhatsApp the shopper's
// opt-in (email: not unsubscribed is checked again at send). The one rule every
// marketing planner (cart reminders, broadcasts) asks.
class ShopperReach
{
public:
    using ChannelReady = std::function<bool(const QString &channel)>;

    ShopperReach(const QSqlDatabase &db, qint64 merchantId, QJsonObject settings, QStringList secretFields, ChannelReady ready,
                 bool enabled = true);
    // The store's notifications tool as every planner reads it first: on or off, its
    // settings with the defaults filled in, and which sealed fields are set.
    static Result<ShopperReach> forStore(const QSqlDatabase &db, qint64 merchantId, ChannelReady ready, const TokenCipher &cipher,
                                         const Clock &clock);

    bool enabled() const { return m_enabled; }
    const QJsonObject &settings() const { return m_settings; }
    const QStringList &secretFields() const { return m_secretFields; }

    // The address to write on the message (lower-case email, 9665… digits), or empty.
    // Push: the shopper's newest live subscription's id.
    Result<QString> address(const QString &channel, const QString &email, const QString &mobile, std::optional<qint64> customerId = {}) const;
    // The first of `channels` that reaches the shopper: {channel, address}, or empties.
    Result<std::pair<QString, QString>> first(const QStringList &channels, const QString &email, const QString &mobile,
                                              std::optional<qint64> customerId = {}) const;

private:
    QSqlDatabase m_db;
    qint64 m_merchantId;
    QJsonObject m_settings;
    QStringList m_secretFields;
    ChannelReady m_ready;
    bool m_enabled = true;
};

} // namespace nomo
