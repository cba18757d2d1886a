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

QByteArray errorBody(const QString &code, const QString &message, const QString &field)
{
    QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    if (!field.isEmpty())
        error.insert(u"field"_s, field);
    return QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson(QJsonDocument::Compact);
}

QJsonObject errorObject(const Error &error)
{
    // Internal failures keep their detail for the log, not for the caller.
    const bool internal = httpStatusFor(error.code) == Status::InternalServerError;
    QJsonObject body{{u"code"_s, errorCodeName(error.code)}, {u"message"_s, internal ? u"internal error"_s : error.detail}};
    if (!internal && !error.messageKey.isEmpty())
        body.insert(u"key"_s, error.messageKey);
    if (!error.field.isEmpty())
        body.insert(u"field"_s, error.field);
    return QJsonObject{{u"error"_s, body}};
}

QByteArray errorBody(const Error &error)
{
    return QJsonDocument(errorObject(error)).toJson(QJsonDocument::Compact);
}

QHttpServerResponse errorResponse(Status status, const QString &code, const QString &message)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), errorBody(code, message), status);
}

QHttpServerResponse errorResponse(const Error &error)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), errorBody(error), httpStatusFor(error.code));
}

} // namespace nomo
