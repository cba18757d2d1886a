#pragma once

#include "domain/Order.h"
#include "repositories/TenantRepository.h"

#include <QList>

namespace nomo {

// The store's orders, keyed by Salla's order id; upserts are idempotent.
class OrderRepository : public TenantRepository
{
public:
    OrderRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    // Inserts or updates by sallaId; returns our id. `order.customerId`, when set,
    // must be one of this merchant's customers (the schema refuses anything else).
    // A state older than the stored one (sourceAt) is refused.
    Result<Upserted> upsert(const Order &order);
    Result<Order> find(qint64 id) const;
    Result<std::optional<Order>> findBySallaId(qint64 sallaId) const;
    // Orders placed in [from, to), newest first.
    Result<QList<Order>> listPlaced(const QDateTime &from, const QDateTime &to, int limit = 1000) const;
    // Sum of totals of orders placed in [from, to), excluding canceled ones.
    Result<Money> revenue(const QDateTime &from, const QDateTime &to) const;
};

} // namespace nomo
