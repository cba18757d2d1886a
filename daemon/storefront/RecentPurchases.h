#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace nomo {

// The latest-purchase toast's material: the store's real recent orders (never an
// invented one), newest first, as little as the toast shows — the product's name,
// picture and page, the city, and the shopper's first name only when the merchant
// lets names show. Orders still unpaid, cancelled or refunded are left out.
class RecentPurchases
{
public:
    RecentPurchases(QString connectionName, const Clock &clock, qint64 keepMs = 30 * 1000);

    struct Purchase
    {
        QString firstName; // empty when hidden or unknown
        QString city;
        QString product;
        QString image; // https only, else empty
        QString url;   // https only, else empty
        QDateTime orderedAt;
    };
    Result<QList<Purchase>> latest(qint64 store, int maxAgeHours, bool showNames);

    // {"purchases": [{"name"?, "city", "product", "image", "url", "seconds_ago"}]}
    // with ages as of `now`.
    static QJsonArray toJson(const QList<Purchase> &purchases, const QDateTime &now);

    static constexpr int kMaxPurchases = 10;

private:
    struct Kept
    {
        QList<Purchase> purchases;
        qint64 atMs = 0;
    };
    QString m_connection;
    const Clock &m_clock;
    qint64 m_keepMs;
    QHash<QString, Kept> m_kept;
};

} // namespace nomo
