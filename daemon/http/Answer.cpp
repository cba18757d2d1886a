#include "http/Answer.h"

#include "http/HttpErrors.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nomo::http {

Answer Answer::json(const QJsonObject &object, int status)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

Answer Answer::error(const Error &error)
{
    return {static_cast<int>(httpStatusFor(error.code)), errorBody(error), {}};
}

QHttpServerResponse Answer::toResponse() const
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), body, static_cast<QHttpServerResponse::StatusCode>(status));
    for (const auto &[name, value] : headers)
        response.setHeader(name, value);
    return response;
}

void writeAnswer(QHttpServerResponder &responder, const Answer &answer, const QByteArray &requestId)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    if (!requestId.isEmpty())
        responder.writeHeader("X-Request-Id", requestId);
    for (const auto &[name, value] : answer.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
    responder.writeBody(answer.body);
}

QHttpServerResponse jsonResponse(const QJsonObject &object, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

Error fieldError(ErrorCode code, const QString &key, const QString &field, const QString &what)
{
    Error error{code, key, u"%1: %2"_s.arg(field, what)};
    error.field = field;
    return error;
}

Error badParameter(const QString &name, const QString &what)
{
    return fieldError(ErrorCode::ParseError, u"api.bad_parameter"_s, name, what);
}

Answer validationFailed(const QList<FieldProblem> &problems, const QString &message)
{
    QJsonArray list;
    for (const FieldProblem &p : problems)
        list.append(QJsonObject{{QStringLiteral("field"), p.field}, {QStringLiteral("key"), p.key}, {QStringLiteral("message"), p.message}});
    return Answer::json({{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("validation_failed")},
                                                               {QStringLiteral("message"), message},
                                                               {QStringLiteral("field"), problems.constFirst().field},
                                                               {QStringLiteral("problems"), list}}}},
                        422);
}

} // namespace nomo::http
