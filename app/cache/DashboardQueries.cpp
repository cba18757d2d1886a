#include "cache/DashboardQueries.h"

#include "cache/CacheDatabase.h"
#include "core/Time.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
Tally tally(QSqlQuery &query)
{
    Tally result;
    if (query.exec() && query.next()) {
        result.count = query.value(0).toLongLong();
        result.halalas = query.value(1).toLongLong();
    }
    return result;
}
} // namespace

DashboardQueries::DashboardQueries(const CacheDatabase &cache)
    : m_db(cache.database())
{
}

Tally DashboardQueries::ordersSince(const QDateTime &since) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT COUNT(*), COALESCE(SUM(total_halalas), 0) FROM orders WHERE ordered_at >= ?"_s);
    query.addBindValue(time::toStorage(since));
    return tally(query);
}

Tally DashboardQueries::ordersBetween(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT COUNT(*), COALESCE(SUM(total_halalas), 0) FROM orders WHERE ordered_at >= ? AND ordered_at < ?"_s);
    query.addBindValue(time::toStorage(from));
    query.addBindValue(time::toStorage(to));
    return tally(query);
}

QList<qint64> DashboardQueries::revenueByRiyadhDay(QDate firstDay, QDate lastDay) const
{
    const qint64 days = firstDay.daysTo(lastDay) + 1;
    QList<qint64> revenue(std::max<qint64>(days, 0), 0);
    if (days <= 0)
        return revenue;
    const qint64 from = time::toStorage(time::riyadhDayStartUtc(firstDay));
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    QSqlQuery query(m_db);
    // (ordered_at - from) / day: the Riyadh day's index, since `from` is a Riyadh midnight.
    query.prepare(u"SELECT (ordered_at - ?) / ?, SUM(total_halalas) FROM orders WHERE ordered_at >= ? AND ordered_at < ? "
                  "GROUP BY 1"_s);
    query.addBindValue(from);
    query.addBindValue(kDayMs);
    query.addBindValue(from);
    query.addBindValue(from + days * kDayMs);
    if (query.exec()) {
        while (query.next()) {
            const qint64 index = query.value(0).toLongLong();
            if (index >= 0 && index < days)
                revenue[index] = query.value(1).toLongLong();
        }
    }
    return revenue;
}

Tally DashboardQueries::couponOrdersSince(const QDateTime &since) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT COUNT(*), COALESCE(SUM(total_halalas), 0) FROM orders WHERE ordered_at >= ? AND coupon_code <> ''"_s);
    query.addBindValue(time::toStorage(since));
    return tally(query);
}

Tally DashboardQueries::abandonedCarts() const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT COUNT(*), COALESCE(SUM(total_halalas), 0) FROM carts WHERE status = 'abandoned'"_s);
    return tally(query);
}

qint64 DashboardQueries::activeCoupons() const
{
    QSqlQuery query(m_db);
    if (query.exec(u"SELECT COUNT(*) FROM coupons WHERE status = 'active'"_s) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

CouponTotals DashboardQueries::activeCouponTotals(const QDateTime &now) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT COUNT(*), COALESCE(SUM(uses), 0), COALESCE(SUM(revenue_halalas), 0) FROM coupons "
                  "WHERE status = 'active' AND (expires_at IS NULL OR expires_at >= ?)"_s);
    query.addBindValue(time::toStorage(now));
    CouponTotals totals;
    if (query.exec() && query.next())
        totals = {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()};
    return totals;
}

qint64 DashboardQueries::pageViewsSince(const QDateTime &since) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT COUNT(*) FROM page_views WHERE viewed_at >= ?"_s);
    query.addBindValue(time::toStorage(since));
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool DashboardQueries::hasPageViews() const
{
    QSqlQuery query(m_db);
    return query.exec(u"SELECT 1 FROM page_views LIMIT 1"_s) && query.next();
}

std::optional<LatestOrder> DashboardQueries::latestOrder() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT ordered_at, city, total_halalas FROM orders ORDER BY ordered_at DESC LIMIT 1"_s) || !query.next())
        return std::nullopt;
    return LatestOrder{time::fromStorage(query.value(0).toLongLong()), query.value(1).toString(), query.value(2).toLongLong()};
}

SubscriberTally DashboardQueries::subscribers(const QDateTime &since) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT COUNT(*), COALESCE(SUM(CASE WHEN created_at >= ? THEN 1 ELSE 0 END), 0) FROM subscribers "
                  "WHERE unsubscribed_at IS NULL"_s);
    query.addBindValue(time::toStorage(since));
    if (query.exec() && query.next())
        return {query.value(0).toLongLong(), query.value(1).toLongLong()};
    return {};
}

VisitorTotals DashboardQueries::visitorsBetween(QDate firstDay, QDate lastDay) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT COUNT(*), COALESCE(SUM(visitors), 0), COALESCE(SUM(sessions), 0), COALESCE(SUM(page_views), 0) "
                  "FROM visitor_days WHERE day >= ? AND day <= ?"_s);
    query.addBindValue(firstDay.toString(Qt::ISODate));
    query.addBindValue(lastDay.toString(Qt::ISODate));
    if (query.exec() && query.next())
        return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toLongLong()};
    return {};
}

} // namespace nomo
