#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace nomo {

// The Reports page's demo days: the seeded orders rolled up per Riyadh day as the
// daemon's SalesRollup sends them — coupon orders by their coupon, a share earned by
// cart reminders, broadcasts, the welcome, the sign-up form and the latest-purchase
// toast, the messages that went with their clicks and SMS parts, and the carts left
// and won back. Run after the orders and coupons are in the cache.
Status seedSalesDays(QSqlDatabase &db, qint64 nowMs, int days = 90);

} // namespace nomo
