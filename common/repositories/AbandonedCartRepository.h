#pragma once

#include "domain/AbandonedCart.h"
#include "repositories/TenantRepository.h"

#include <QList>

namespace nomo {

// Carts left before payment, keyed by Salla's cart id; upserts are idempotent.
class AbandonedCartRepository : public TenantRepository
{
public:
    AbandonedCartRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    // A state older than the stored one (sourceAt) is refused, and a purchased cart
    // stays purchased.
    Result<Upserted> upsert(const AbandonedCart &cart);
    // The cart was bought (abandoned.cart.purchased): final, whatever the times say.
    // False when there is no such cart.
    Result<bool> markPurchased(qint64 sallaId);
    Result<AbandonedCart> find(qint64 id) const;
    Result<std::optional<AbandonedCart>> findBySallaId(qint64 sallaId) const;
    Result<QList<AbandonedCart>> list(const QString &status, int limit = 1000) const;
};

} // namespace nomo
