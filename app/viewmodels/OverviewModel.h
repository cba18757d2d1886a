#pragma once

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

namespace nomo {

class CacheDatabase;
class Clock;

// What the overview shows first: money and orders for today, 7 and 30 days in Riyadh
// time with the change against the period before, the daily revenue of the last 30
// days, and the store's abandoned carts. Every figure is one indexed aggregate over
// the cache (DashboardQueries), so it opens at once offline and with a big history.
class OverviewModel : public QObject
{
    Q_OBJECT

public:
    struct Period
    {
        int days = 1;               // 1 = today so far
        qint64 revenueHalalas = 0;
        qint64 orders = 0;
        qint64 previousRevenueHalalas = 0; // the same span just before
        qint64 previousOrders = 0;
    };

    OverviewModel(const CacheDatabase &cache, const Clock &clock, QObject *parent = nullptr);

    const QList<Period> &periods() const { return m_periods; } // today, 7 days, 30 days
    const QList<qint64> &dailyRevenue() const { return m_daily; } // oldest first, ends today
    QDate lastDay() const { return m_today; }
    qint64 abandonedCarts() const { return m_carts; }
    qint64 abandonedHalalas() const { return m_cartsHalalas; }

    // Words for the screen, in the current language.
    static QString periodLabel(int days);
    static QString money(qint64 halalas);
    // "▲ 12%" / "▼ 3%" / "—" (nothing to compare with); `direction`: 1, -1 or 0.
    static QString delta(qint64 now, qint64 before, int *direction);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void changed();

private:
    const CacheDatabase &m_cache;
    const Clock &m_clock;
    QList<Period> m_periods;
    QList<qint64> m_daily;
    QDate m_today;
    qint64 m_carts = 0;
    qint64 m_cartsHalalas = 0;
};

} // namespace nomo
