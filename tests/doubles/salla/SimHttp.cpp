#include "SimHttp.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nomo::sim {

SimRequest SimRequest::from(const QHttpServerRequest &request)
{
    SimRequest copy;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: copy.method = "GET"; break;
    case QHttpServerRequest::Method::Post: copy.method = "POST"; break;
    case QHttpServerRequest::Method::Put: copy.method = "PUT"; break;
    case QHttpServerRequest::Method::Delete: copy.method = "DELETE"; break;
    case QHttpServerRequest::Method::Patch: copy.method = "PATCH"; break;
    case QHttpServerRequest::Method::Head: copy.method = "HEAD"; break;
    case QHttpServerRequest::Method::Options: copy.method = "OPTIONS"; break;
    default: copy.method = "OTHER"; break;
    }
    copy.path = request.url().path();
    copy.segments = copy.path.split(u'/', Qt::SkipEmptyParts);
    copy.query = request.query();
    for (const auto &[name, value] : request.headers())
        copy.headers.append({name, value});
    copy.body = request.body();
    copy.remote = request.remoteAddress();
    return copy;
}

QByteArray SimRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString SimRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QUrlQuery SimRequest::form() const
{
    QByteArray text = body;
    text.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(text));
}

SimResponse SimResponse::json(int status, const QJsonObject &object)
{
    SimResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

SimResponse SimResponse::redirect(const QString &location)
{
    SimResponse response;
    response.status = 302;
    response.contentType = "text/plain";
    response.headers.append({"Location", location.toUtf8()});
    return response;
}

SimResponse SimResponse::html(int status, const QString &page)
{
    SimResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = page.toUtf8();
    return response;
}

QJsonObject sallaOk(int status, const QJsonValue &data, const QJsonObject &pagination)
{
    QJsonObject envelope{{u"status"_s, status}, {u"success"_s, true}, {u"data"_s, data}};
    if (!pagination.isEmpty())
        envelope.insert(u"pagination"_s, pagination);
    return envelope;
}

SimResponse sallaError(int status, const QString &code, const QString &message, const QJsonObject &fields)
{
    QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    if (!fields.isEmpty())
        error.insert(u"fields"_s, fields);
    return SimResponse::json(status, {{u"status"_s, status}, {u"success"_s, false}, {u"error"_s, error}});
}

SimResponse oauthError(int status, const QString &error, const QString &description)
{
    return SimResponse::json(status, {{u"error"_s, error}, {u"error_description"_s, description}});
}

} // namespace nomo::sim
