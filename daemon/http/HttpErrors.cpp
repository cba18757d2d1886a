#include "http/HttpErrors.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using Status = QHttpServerResponse::StatusCode;

namespace nomo {

Status httpStatusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return Status::UnprocessableEntity;
    case ErrorCode::NotFound: return Status::NotFound;
    case ErrorCode::Conflict: return Status::Conflict;
    case ErrorCode::Unauthorized: return Status::Unauthorized;
    case ErrorCode::Forbidden: return Status::Forbidden;
    case ErrorCode::PayloadTooLarge: return Status::PayloadTooLarge;
    case ErrorCode::UnsupportedCurrency: return Status::UnprocessableEntity;
    case ErrorCode::ParseError: return Status::BadRequest;
    case ErrorCode::Unavailable: return Status::ServiceUnavailable;
    case ErrorCode::SchemaTooNew:
    case ErrorCode::MigrationError:
    case ErrorCode::DatabaseError:
    case ErrorCode::ConfigError:
    case ErrorCode::Internal: return Status::InternalServerError;
    }
    return Status::InternalServerError;
}

QByteArray errorBody(const QString &code, const QString &message)
{
    return QJsonDocument(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}})
        .toJson(QJsonDocument::Compact);
}

QHttpServerResponse errorResponse(Status status, const QString &code, const QString &message)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), errorBody(code, message), status);
}

QHttpServerResponse errorResponse(const Error &error)
{
    // Internal failures keep their detail for the log, not for the caller.
    const Status status = httpStatusFor(error.code);
    const QString message = status == Status::InternalServerError ? u"internal error"_s : error.detail;
    return errorResponse(status, errorCodeName(error.code), message);
}

} // namespace nomo
