#include "domain/ApiError.h"
#include "json/DomainJson.h"
#include "json/WireObject.h"

using namespace Qt::StringLiterals;

namespace nomo {

// The body as daemon/http/HttpErrors.cpp writes it: "key" and "field" only when known.
QJsonObject toJson(const ApiError &error)
{
    QJsonObject body{{u"code"_s, error.code}, {u"message"_s, error.message}};
    if (!error.key.isEmpty())
        body.insert(u"key"_s, error.key);
    if (!error.field.isEmpty())
        body.insert(u"field"_s, error.field);
    return {{u"error"_s, body}};
}

template<>
QString wireName<ApiError>()
{
    return u"error_body"_s;
}

template<>
Result<ApiError> fromJson<ApiError>(const JsonField &at)
{
    WireObject o(at);
    WireObject body = o.inner(u"error");
    ApiError error;
    error.code = body.string(u"code");
    error.message = body.string(u"message");
    error.key = body.nullableString(u"key");
    error.field = body.nullableString(u"field");
    o.adopt(body);
    return o.result(std::move(error));
}

} // namespace nomo
