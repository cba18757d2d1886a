#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>

namespace nomo {

// A report's rolled-up day onto the change feed, the one way both rollups do it
// (VisitorRollup's "visitor_day", SalesRollup's "sales_day"): `table` keeps what was
// last sent per (merchant_id, day) as JSON, and the day goes on the feed again only
// when its payload differs; a day with nothing in it (`empty`) that was never sent is
// not worth a row on every console. Whether it went.
struct DayFeed
{
    QString table;  // visitor_days, sales_days
    QString entity; // visitor_day, sales_day

    Result<bool> publish(const QSqlDatabase &db, const Clock &clock, qint64 store, QDate day, const QJsonObject &payload, bool empty) const;
};

} // namespace nomo
