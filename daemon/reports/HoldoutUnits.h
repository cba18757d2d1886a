#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace nomo {

// The automations' experiments (holdout_units): each shopper who came into one, in
// the group reports/Holdout.h puts them in. An automation asks group() where it has
// decided the shopper is reachable (so both groups are shoppers it would have
// messaged), records the unit in the transaction that plans the messages, and plans
// nothing for a held-back one. OrderAttribution touches a shopper's open units as
// their orders land, so the rollup republishes the units' days.
class HoldoutUnits
{
public:
    struct Unit
    {
        QString tool;
        QString key;
        bool heldBack = false;
        std::optional<qint64> customerId;
        QString email; // normalized; for a shopper who is not a customer
        QDateTime exposedAt;
        qint64 windowMs = 0;
    };

    HoldoutUnits(QSqlDatabase db, qint64 merchantId, const Clock &clock);

    // The share a tool's settings hold back (holdout_percent), 0..50.
    static int percentOf(const QJsonObject &settings);
    // The notifications tool's outcome window for its automations: its click window.
    static qint64 windowOf(const QJsonObject &notificationSettings);

    // Who came in: Salla's id for a customer (what the group is drawn by), ours (what
    // their orders are found by), or a subscriber's address.
    struct Shopper
    {
        std::optional<qint64> sallaId;
        std::optional<qint64> customerId;
        QString email;
    };
    // The one call an automation makes, in its transaction: the shopper's group drawn
    // and the unit recorded (once per key, the outcome window the store's click
    // window); whether the shopper is held back, and so is to be sent nothing.
    Result<bool> enter(const QString &tool, const QString &key, const QJsonObject &notificationSettings, const Shopper &shopper,
                       const QDateTime &exposedAt);

    // Whether this shopper is held back from `tool` at the settings' share: a customer
    // by Salla's id for them (the same in every daemon and database, and what Salla's
    // side can compute too), else by their address.
    bool heldBack(const QString &tool, const QJsonObject &settings, std::optional<qint64> sallaCustomerId, const QString &email) const;
    // Once per key: a second record of the same unit keeps the first.
    Status record(const Unit &unit);
    // An order of the shopper at `orderedAtMs`: every unit whose window holds it moves.
    Status touch(std::optional<qint64> customerId, const QString &email, qint64 orderedAtMs);

private:
    QSqlDatabase m_db;
    qint64 m_merchantId;
    const Clock &m_clock;
};

} // namespace nomo
