#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>

#include <utility>

namespace nomo::http {

// A mutation's answer as data: kept whole for Idempotency-Key replays.
struct Answer
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static Answer json(const QJsonObject &object, int status = 200);
    static Answer error(const Error &error);
    QHttpServerResponse toResponse() const;
};

// Writes an answer through a responder (routes that answer later), with the headers
// a returned response gets from the server (nosniff) and X-Request-Id when given.
void writeAnswer(QHttpServerResponder &responder, const Answer &answer, const QByteArray &requestId = {});

// One problem of a request, by field (a form marks each).
struct FieldProblem
{
    QString field, key, message;
};
// 422 {"error": {"code": "validation_failed", "message", "field" (the first), "problems": [...]}}:
// every problem at once. `problems` is not empty.
Answer validationFailed(const QList<FieldProblem> &problems, const QString &message);

// JSON helpers every controller uses.
QHttpServerResponse jsonResponse(const QJsonObject &object, QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
Error fieldError(ErrorCode code, const QString &key, const QString &field, const QString &what);
Error badParameter(const QString &name, const QString &what);

} // namespace nomo::http
