#pragma once

#include <QJsonObject>

namespace nomo {

// The body of PUT /api/v1/features/{key}: what the merchant chose. The version it was
// made on travels beside it, as If-Match.
struct FeatureEdit
{
    bool enabled = false;
    QJsonObject settings; // opaque here: FeatureSchema checks it
};

} // namespace nomo
