#pragma once

#include "repositories/TenantRepository.h"

namespace nomo {

// Which coupon an order used and what it brought in (coupon_uses), kept from the
// stored order each time it changes: an order that is cancelled or returned stops
// counting, one that is restored counts again, and a redelivered or older event
// changes nothing, since the row is the order's, not the event's. A campaign's codes
// count for their campaign. The coupon's sums follow (CouponRepository::refreshUsage).
class CouponUseRepository : public TenantRepository
{
public:
    CouponUseRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    // Salla's order statuses that bring nothing in (REFERENCE.md §3.5).
    static bool counts(const QString &status);

    // The coupons whose figures changed (none when the order used none of ours).
    Result<QList<qint64>> recordOrder(qint64 orderId);
};

} // namespace nomo
