#pragma once

#include "core/Result.h"

#include <QDateTime>

namespace nomo {

class CacheDatabase;

// Plausible demo data written straight into a cache: orders over the last 90 days (or
// `days`)
// (some with coupons), abandoned carts, coupons, page views, feature states and
// activity. For screenshots and the cold-start benchmark only; a real cache is
// filled by the SyncEngine. Deterministic for a given `now`.
struct DemoSize
{
    int orders = 400;
    qint64 pageViews = 5000;
    int days = 90; // how far back orders, page views and the days the daemon sends go
};

Status seedDemoData(CacheDatabase &cache, const DemoSize &size, const QDateTime &now);

} // namespace nomo
