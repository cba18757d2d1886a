#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "coupons/CouponRules.h"
#include "domain/Coupon.h"
#include "repositories/TenantContext.h"

#include <QSqlDatabase>

namespace nomo {

// A store's coupons as every part of the daemon changes them: the console's routes
// today, automations next (an abandoned cart's own code, a welcome coupon). Each change
// is checked by the rules Salla applies and ours (every problem into *problems, the
// result then an InvalidArgument "coupon.invalid"), stored with a new version and its
// "coupon.push" job queued, in one transaction: no coupon Salla never hears of. The
// caller wakes the worker (the push is due at once).
class CouponService
{
public:
    CouponService(QSqlDatabase db, TenantContext tenant, const Clock &clock);

    Result<Coupon> create(const CouponDraft &terms, QList<CouponProblem> *problems);
    Result<Coupon> update(qint64 id, const CouponDraft &terms, qint64 expectedVersion, QList<CouponProblem> *problems);
    // Stopped whatever its other terms say (an expiry gone by does not keep it running).
    Result<Coupon> disable(qint64 id);
    Result<Coupon> remove(qint64 id, qint64 expectedVersion);

    // One shopper's own code from `terms` (its code ignored): a readable fresh code after
    // `prefix`, one use, one use per customer.
    Result<Coupon> createOneOff(CouponDraft terms, const QString &prefix, QList<CouponProblem> *problems);

private:
    Status queuePush(qint64 couponId);
    Result<Coupon> checkedSave(const CouponDraft &terms, std::optional<qint64> id, QList<CouponProblem> *problems,
                               const std::function<Result<Coupon>()> &save);

    QSqlDatabase m_db;
    TenantContext m_tenant;
    const Clock &m_clock;
};

} // namespace nomo
