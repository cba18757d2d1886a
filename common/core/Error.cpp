#include "core/Error.h"

using namespace Qt::StringLiterals;

namespace nomo {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return u"invalid_argument"_s;
    case ErrorCode::NotFound: return u"not_found"_s;
    case ErrorCode::Conflict: return u"conflict"_s;
    case ErrorCode::Unauthorized: return u"unauthorized"_s;
    case ErrorCode::Forbidden: return u"forbidden"_s;
    case ErrorCode::PayloadTooLarge: return u"payload_too_large"_s;
    case ErrorCode::UnsupportedCurrency: return u"unsupported_currency"_s;
    case ErrorCode::ParseError: return u"parse_error"_s;
    case ErrorCode::DatabaseError: return u"database_error"_s;
    case ErrorCode::MigrationError: return u"migration_error"_s;
    case ErrorCode::SchemaTooNew: return u"schema_too_new"_s;
    case ErrorCode::ConfigError: return u"config_error"_s;
    case ErrorCode::Unavailable: return u"unavailable"_s;
    case ErrorCode::Internal: return u"internal"_s;
    }
    return u"internal"_s;
}

QString Error::toString() const
{
    QString out = errorCodeName(code);
    if (!messageKey.isEmpty())
        out += u" ("_s + messageKey + u')';
    if (!detail.isEmpty())
        out += u": "_s + detail;
    return out;
}

} // namespace nomo
