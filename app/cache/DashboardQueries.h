#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace nomo {

class CacheDatabase;

// A count and a sum of halalas.
struct Tally
{
    qint64 count = 0;
    qint64 halalas = 0;
};

struct LatestOrder
{
    QDateTime orderedAt;
    QString city;
    qint64 totalHalalas = 0;
};

// The dashboard's figures, each one indexed aggregate over the cache: nothing here
// loads rows one by one, so the first paint does not grow with the store's history.
class DashboardQueries
{
public:
    explicit DashboardQueries(const CacheDatabase &cache);

    Tally ordersSince(const QDateTime &since) const;
    Tally couponOrdersSince(const QDateTime &since) const;
    Tally abandonedCarts() const;
    qint64 activeCoupons() const;
    qint64 pageViewsSince(const QDateTime &since) const;
    bool hasPageViews() const;
    std::optional<LatestOrder> latestOrder() const;

private:
    QSqlDatabase m_db;
};

} // namespace nomo
