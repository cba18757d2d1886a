#include "api/ApiResponse.h"

#include "json/DomainJson.h"

using namespace Qt::StringLiterals;

namespace nomo {

ApiError ApiResponse::error() const
{
    if (httpStatus == 0)
        return ApiError{{}, networkError, {}, {}};
    auto error = fromJson<ApiError>(body);
    if (!error)
        return ApiError{{}, u"HTTP %1 without an error body (%2)"_s.arg(httpStatus).arg(error.error().detail), {}, {}};
    return *error;
}

} // namespace nomo
