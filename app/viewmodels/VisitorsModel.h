#pragma once

#include "domain/VisitorDay.h"

#include <QList>
#include <QObject>

namespace nomo {

class CacheDatabase;
class Clock;

// The Visitors report: a period of Riyadh days (7, 30 or 90, ending today) read from
// the cache's visitor_days — the daemon's rollups from the change feed — with every
// day of the period present (zeros where nobody came), the period's totals against the
// period before, and its top pages, sources and devices summed over the days.
class VisitorsModel : public QObject
{
    Q_OBJECT

public:
    struct Totals
    {
        qint64 visitors = 0;
        qint64 sessions = 0;
        qint64 pageViews = 0;
    };

    VisitorsModel(const CacheDatabase &cache, const Clock &clock, QObject *parent = nullptr);

    int days() const { return m_days; }
    void setDays(int days); // 7, 30 or 90
    const QList<VisitorDay> &daily() const { return m_daily; } // oldest first, ends today
    QDate lastDay() const { return m_today; }
    Totals totals() const { return m_totals; }
    Totals previousTotals() const { return m_previous; }
    bool hasData() const { return m_rows > 0; }
    const QList<NamedCount> &pages() const { return m_pages; }
    const QList<NamedCount> &sources() const { return m_sources; }
    const QList<NamedCount> &devices() const { return m_devices; }

    // Words for the screen: a source ("" is a visit that came straight), a device class.
    static QString sourceLabel(const QString &source);
    static QString deviceLabel(const QString &device);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void changed();

private:
    const CacheDatabase &m_cache;
    const Clock &m_clock;
    int m_days = 30;
    QDate m_today;
    QList<VisitorDay> m_daily;
    Totals m_totals, m_previous;
    qint64 m_rows = 0;
    QList<NamedCount> m_pages, m_sources, m_devices;
};

} // namespace nomo
