#include "viewmodels/OverviewModel.h"

#include "cache/DashboardQueries.h"
#include "core/Clock.h"
#include "core/Time.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nomo {

OverviewModel::OverviewModel(const CacheDatabase &cache, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_clock(clock)
{
    reload();
}

void OverviewModel::reload()
{
    const DashboardQueries queries(m_cache);
    const QDateTime now = m_clock.nowUtc();
    m_today = time::riyadhDay(now);
    const QDateTime todayStart = time::riyadhDayStartUtc(m_today);
    const QDateTime tomorrow = time::riyadhDayStartUtc(m_today.addDays(1));
    m_periods.clear();
    for (const int days : {1, 7, 30}) {
        // "Today" is compared with yesterday up to the same hour; longer spans end now.
        const QDateTime from = time::riyadhDayStartUtc(m_today.addDays(1 - days));
        const QDateTime end = days == 1 ? now : tomorrow;
        const qint64 spanMs = from.msecsTo(days == 1 ? now : tomorrow);
        const QDateTime previousFrom = from.addMSecs(-(days == 1 ? 24LL * 3600 * 1000 : spanMs));
        const QDateTime previousTo = days == 1 ? previousFrom.addMSecs(todayStart.msecsTo(now)) : from;
        const Tally current = queries.ordersBetween(from, end);
        const Tally before = queries.ordersBetween(previousFrom, previousTo);
        m_periods.append(Period{days, current.halalas, current.count, before.halalas, before.count});
    }
    m_daily = queries.revenueByRiyadhDay(m_today.addDays(-29), m_today);
    const Tally carts = queries.abandonedCarts();
    m_carts = carts.count;
    m_cartsHalalas = carts.halalas;
    Q_EMIT changed();
}

QString OverviewModel::periodLabel(int days)
{
    if (days == 1)
        return QCoreApplication::translate("OverviewModel", "Today");
    return QCoreApplication::translate("OverviewModel", "Last %Ln days", nullptr, days);
}

QString OverviewModel::money(qint64 halalas)
{
    return Money::fromHalalas(halalas).format(QLocale());
}

QString OverviewModel::delta(qint64 now, qint64 before, int *direction)
{
    *direction = 0;
    if (before <= 0)
        return now > 0 ? QCoreApplication::translate("OverviewModel", "new") : QStringLiteral("—");
    const double change = (static_cast<double>(now) - static_cast<double>(before)) / static_cast<double>(before) * 100.0;
    const int rounded = static_cast<int>(std::lround(std::abs(change)));
    *direction = rounded == 0 ? 0 : (change > 0 ? 1 : -1);
    const QString percent = QLocale().toString(rounded) + QLocale().percent();
    if (*direction == 0)
        return QCoreApplication::translate("OverviewModel", "no change");
    return (*direction > 0 ? u"▲ "_s : u"▼ "_s) + percent;
}

} // namespace nomo
