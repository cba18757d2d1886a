#include "api/ApiClient.h"

#include "core/ConsoleLogging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
// The largest answer we read: a page of 1,000 changes is far below this.
constexpr qint64 kMaxBodyBytes = 32 * 1024 * 1024;
} // namespace

ApiClient::ApiClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_network(new QNetworkAccessManager(this))
{
}

QUrl ApiClient::pageUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    url.setQuery(query);
    return url;
}

void ApiClient::getStatus(QObject *context, Callback callback)
{
    send("GET", u"/api/v1/status"_s, {}, nullptr, {}, context, std::move(callback));
}

void ApiClient::getChanges(qint64 since, int limit, QObject *context, Callback callback)
{
    QUrlQuery query;
    query.addQueryItem(u"since"_s, QString::number(since));
    query.addQueryItem(u"limit"_s, QString::number(limit));
    send("GET", u"/api/v1/changes"_s, query, nullptr, {}, context, std::move(callback));
}

void ApiClient::getFeatures(QObject *context, Callback callback)
{
    send("GET", u"/api/v1/features"_s, {}, nullptr, {}, context, std::move(callback));
}

void ApiClient::sendMutation(const QByteArray &method, const QString &path, const std::optional<QJsonObject> &body,
                             const std::optional<QString> &ifMatch, const QString &idempotencyKey, QObject *context,
                             Callback callback)
{
    QList<std::pair<QByteArray, QByteArray>> headers{{"Idempotency-Key", idempotencyKey.toLatin1()}};
    if (ifMatch)
        headers.append({"If-Match", ifMatch->toLatin1()});
    send(method, path, {}, body ? &*body : nullptr, headers, context, std::move(callback));
}

void ApiClient::getDevices(QObject *context, Callback callback)
{
    send("GET", u"/api/v1/devices"_s, {}, nullptr, {}, context, std::move(callback));
}

void ApiClient::getActivity(int limit, QObject *context, Callback callback)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    send("GET", u"/api/v1/activity"_s, query, nullptr, {}, context, std::move(callback));
}

void ApiClient::getMessages(int limit, QObject *context, Callback callback)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    send("GET", u"/api/v1/messages"_s, query, nullptr, {}, context, std::move(callback));
}

void ApiClient::getBroadcasts(QObject *context, Callback callback)
{
    send("GET", u"/api/v1/broadcasts"_s, {}, nullptr, {}, context, std::move(callback));
}

void ApiClient::sendMessageTest(const QJsonObject &request, QObject *context, Callback callback)
{
    send("POST", u"/api/v1/messages/test"_s, {}, &request, {}, context, std::move(callback));
}

void ApiClient::getCouponCodes(qint64 couponId, QObject *context, Callback callback)
{
    send("GET", u"/api/v1/coupons/%1/codes"_s.arg(couponId), {}, nullptr, {}, context, std::move(callback));
}

void ApiClient::exchangeCode(const QJsonObject &request, QObject *context, Callback callback)
{
    send("POST", u"/api/v1/token"_s, {}, &request, {}, context, std::move(callback));
}

void ApiClient::send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QJsonObject *body,
                     const QList<std::pair<QByteArray, QByteArray>> &headers, QObject *context, Callback callback)
{
    QNetworkRequest request(pageUrl(path, query));
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QByteArray payload;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, payload);
    const bool authenticated = !m_token.isEmpty();
    // Never log the Authorization header or bodies: they carry tokens and shoppers' data.
    qCDebug(lcApi) << verb << path;
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    connect(reply, &QNetworkReply::finished, context, [this, reply, verb, path, authenticated, callback = std::move(callback)] {
        ApiResponse response;
        response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (response.httpStatus == 0)
            response.networkError = reply->errorString();
        const QByteArray bytes = reply->read(kMaxBodyBytes);
        if (!bytes.isEmpty())
            response.body = QJsonDocument::fromJson(bytes).object();
        response.replayed = reply->rawHeader("Idempotent-Replay") == "true";
        qCDebug(lcApi) << verb << path << "->" << response.httpStatus << response.networkError;
        if (response.httpStatus == 401 && authenticated)
            Q_EMIT unauthorized();
        callback(response);
    });
}

QNetworkReply *ApiClient::openStream(const QString &path)
{
    if (m_token.isEmpty())
        return nullptr;
    QNetworkRequest request(pageUrl(path, {}));
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    qCDebug(lcApi) << "GET" << path << "(stream)";
    return m_network->get(request);
}

} // namespace nomo
