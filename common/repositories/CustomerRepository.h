#pragma once

#include "domain/Customer.h"
#include "repositories/TenantRepository.h"

#include <QList>

namespace nomo {

// The store's shoppers, keyed by Salla's customer id. Upserts are idempotent: the
// same customer.created delivered twice leaves one row and one change.
class CustomerRepository : public TenantRepository
{
public:
    CustomerRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    // Inserts or updates by sallaId; returns our id. Appends a change only when a
    // field actually changed. A state older than the stored one (sourceAt) is refused.
    Result<Upserted> upsert(const Customer &customer);
    Result<Customer> find(qint64 id) const;
    Result<std::optional<Customer>> findBySallaId(qint64 sallaId) const;
    Result<QList<Customer>> list(int limit = 1000) const;
};

} // namespace nomo
