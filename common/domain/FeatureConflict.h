#pragma once

#include "domain/ApiError.h"
#include "domain/FeatureState.h"

namespace nomo {

// The answer of a PUT /api/v1/features/{key} whose If-Match was stale (409): the
// error, and the server's copy that the console shows instead of the refused edit.
struct FeatureConflict
{
    ApiError error; // code "conflict", key "features.version_conflict"
    FeatureState current;
};

} // namespace nomo
