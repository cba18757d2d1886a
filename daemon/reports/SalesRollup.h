#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/SalesDay.h"

#include <QSqlDatabase>

namespace nomo {

// The Reports page's days: a store's attributions, messages and carts rolled up per
// Riyadh day (SalesDay) and put on the change feed as "sales_day" when a day moved
// since it was last sent (sales_days keeps what was). A periodic job runs pass():
// orders never attributed yet (those from before attribution existed) are attributed
// first, then every day whose attributions changed since the last pass, and today and
// yesterday of every active store (messages are opened and clicked all day). rebuild()
// does every day of a store from the raw tables: the command for a rollup in doubt.
class SalesRollup
{
public:
    SalesRollup(QSqlDatabase db, const Clock &clock);

    Result<SalesDay> compute(qint64 store, QDate day) const;
    // Whether the day went on the feed (false: unchanged since last time).
    Result<bool> publish(qint64 store, QDate day);
    // One periodic pass; the days sent.
    Result<int> pass();
    // Every day of one store (or of every store: 0) with orders, messages, carts or
    // experiments; first re-following every order, unless `refollowOrders` is false
    // (the attributions are trusted, only the days are redone: minutes for a year of
    // a busy store instead of the hours a million re-decided orders take).
    Result<int> rebuild(qint64 store, bool refollowOrders = true);

    static constexpr int kBackfillBatch = 500;

private:
    Result<int> backfill(int limit);
    // The day's experiments (reports/Holdout.h): each holding tool's two groups.
    Status addLift(SalesDay &rolled, qint64 store, QDate day) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace nomo
