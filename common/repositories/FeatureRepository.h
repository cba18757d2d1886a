#pragma once

#include "domain/FeatureState.h"
#include "repositories/TenantRepository.h"

#include <QList>

namespace nomo {

// The merchant's marketing features: one row per feature key, versioned.
class FeatureRepository : public TenantRepository
{
public:
    FeatureRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    // Every known feature, stored or not (an untouched feature is off, version 0).
    Result<QList<FeatureState>> list() const;
    Result<FeatureState> get(const QString &key) const;

    // Saves `feature` if the stored version is still `feature.version` (0 = never
    // saved). Returns the saved state with its new version; Conflict when stale.
    // Appends the change to the feed in the same transaction.
    Result<FeatureState> save(const FeatureState &feature);
};

} // namespace nomo
