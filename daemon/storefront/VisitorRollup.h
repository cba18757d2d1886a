#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/VisitorDay.h"

#include <QSqlDatabase>

namespace nomo {

// The Visitors report's days: a store's visitor_sessions and page_views rolled up per
// Riyadh day (visitors, visits, page views, top pages, sources, devices) and put on the
// change feed as "visitor_day" when a day moved since it was last sent (visitor_days
// keeps what was). A periodic job runs it for today and yesterday of every store with
// visitor data on; the console keeps one row a day and draws the report offline.
class VisitorRollup
{
public:
    VisitorRollup(QSqlDatabase db, const Clock &clock);

    Result<VisitorDay> compute(qint64 store, QDate day) const;
    // Whether the day went on the feed (false: unchanged since last time).
    Result<bool> publish(qint64 store, QDate day);
    // Today and yesterday (Riyadh) of every store with visitor data on; the days sent.
    Result<int> publishAll();

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace nomo
