#include "core/Time.h"
#include "domain/FeatureState.h"
#include "json/DomainJson.h"

using namespace Qt::StringLiterals;

namespace nomo {

QJsonObject toJson(const FeatureState &feature)
{
    return {{u"key"_s, feature.key},
            {u"enabled"_s, feature.enabled},
            {u"settings"_s, feature.settings},
            {u"version"_s, feature.version},
            {u"updated_at"_s, time::toWireOrNull(feature.updatedAt)}};
}

} // namespace nomo
