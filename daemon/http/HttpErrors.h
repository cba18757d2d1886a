#pragma once

#include "core/Error.h"

#include <QHttpServerResponse>
#include <QJsonObject>

namespace nomo {

// The one place where an ErrorCode becomes an HTTP status.
QHttpServerResponse::StatusCode httpStatusFor(ErrorCode code);

// {"error": {"code": "not_found", "message": "...", "key": "db.not_found", "field": "..."}}
// with the status for its code ("key" and "field" when known).
QHttpServerResponse errorResponse(const Error &error);
QHttpServerResponse errorResponse(QHttpServerResponse::StatusCode status, const QString &code, const QString &message);

// The same body as bytes, for handlers that write through a responder.
QByteArray errorBody(const QString &code, const QString &message, const QString &field = {});
// For an Error: with its message key, and its field if it has one.
QByteArray errorBody(const Error &error);
// The same as an object, for answers that carry more beside the error (a 409's copy).
QJsonObject errorObject(const Error &error);

} // namespace nomo
