#pragma once

#include <QDateTime>
#include <QList>
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

// What the store's active coupons brought in so far (the cache keeps each coupon's
// running total, not a total per day).
struct CouponTotals
{
    qint64 coupons = 0;
    qint64 uses = 0;
    qint64 revenueHalalas = 0;
};

// The email list: who is on it now, and who joined since a moment.
struct SubscriberTally
{
    qint64 onList = 0;
    qint64 joinedSince = 0;
};

// Visitors summed over Riyadh days (each day's distinct visitors; one person on two
// days counts twice, as in every "visitors by day" report).
struct VisitorTotals
{
    qint64 days = 0; // days with a rolled-up row
    qint64 visitors = 0;
    qint64 sessions = 0;
    qint64 pageViews = 0;
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
    // Orders with ordered_at in [from, to).
    Tally ordersBetween(const QDateTime &from, const QDateTime &to) const;
    // Revenue per Riyadh day over [firstDay, lastDay], one entry per day (zeros kept):
    // one indexed range read, grouped in SQL (Riyadh is UTC+3 all year).
    QList<qint64> revenueByRiyadhDay(QDate firstDay, QDate lastDay) const;
    Tally couponOrdersSince(const QDateTime &since) const;
    Tally abandonedCarts() const;
    qint64 activeCoupons() const;
    // Coupons on and not expired at `now`; counts every coupon in the cache (there are few).
    CouponTotals activeCouponTotals(const QDateTime &now) const;
    qint64 pageViewsSince(const QDateTime &since) const;
    bool hasPageViews() const;
    std::optional<LatestOrder> latestOrder() const;
    SubscriberTally subscribers(const QDateTime &since) const;
    VisitorTotals visitorsBetween(QDate firstDay, QDate lastDay) const;

private:
    QSqlDatabase m_db;
};

} // namespace nomo
