#pragma once

#include "domain/Coupon.h"
#include "repositories/TenantRepository.h"

#include <QList>

namespace nomo {

// The merchant's coupons. Every mutation bumps the version and appends the coupon
// to the change feed in the same transaction.
class CouponRepository : public TenantRepository
{
public:
    CouponRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    Result<Coupon> create(const Coupon &coupon); // Conflict when the code is taken
    Result<Coupon> find(qint64 id) const;         // NotFound for another merchant's id
    Result<QList<Coupon>> list() const;
    // Saves if the stored version is still `coupon.version`.
    Result<Coupon> update(const Coupon &coupon);
    // Records Salla's id and the sync outcome (no version check: it is the sync's own write).
    Result<Coupon> markSynced(qint64 id, std::optional<qint64> sallaId, Coupon::SyncState state, const QString &error = {});
    Status remove(qint64 id, qint64 expectedVersion);
};

} // namespace nomo
