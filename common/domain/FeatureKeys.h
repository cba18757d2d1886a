#pragma once

#include <QStringList>

namespace nomo {

// The marketing features a merchant can switch on, in dashboard order: the keys of
// featureSchemas() (common/features/FeatureSchema.h), so a feature is added in one place.
QStringList featureKeys();

} // namespace nomo
