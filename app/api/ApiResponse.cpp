#include "api/ApiResponse.h"

using namespace Qt::StringLiterals;

namespace nomo {

ApiError ApiResponse::error() const
{
    const QJsonObject error = body.value(u"error"_s).toObject();
    return ApiError{error.value(u"code"_s).toString(), error.value(u"message"_s).toString(), error.value(u"key"_s).toString(),
                    error.value(u"field"_s).toString()};
}

} // namespace nomo
