#pragma once

#include "api/ApiResponse.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace nomo {

// The daemon's console API (docs/api/openapi.yaml), asynchronous: every call returns
// at once and answers through the callback, on the GUI thread, while `context` lives.
// Nothing here touches the cache; the SyncEngine decides what an answer means.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResponse &)>;

    explicit ApiClient(const QUrl &baseUrl, QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    void getStatus(QObject *context, Callback callback);
    void getChanges(qint64 since, int limit, QObject *context, Callback callback);
    void getFeatures(QObject *context, Callback callback);
    // A mutation as the outbox keeps it: If-Match when it has one, the same
    // Idempotency-Key on every retry.
    void sendMutation(const QByteArray &method, const QString &path, const std::optional<QJsonObject> &body,
                      const std::optional<QString> &ifMatch, const QString &idempotencyKey, QObject *context,
                      Callback callback);
    void getDevices(QObject *context, Callback callback);
    void getActivity(int limit, QObject *context, Callback callback);
    void getMessages(int limit, QObject *context, Callback callback);
    void getBroadcasts(QObject *context, Callback callback);
    // "Send a test": {channel, to, automation, language}; the provider's answer.
    void sendMessageTest(const QJsonObject &request, QObject *context, Callback callback);
    // GET /api/v1/coupons/{id}/codes: a campaign's one-use codes, as Salla made them.
    void getCouponCodes(qint64 couponId, QObject *context, Callback callback);
    // POST /api/v1/token: grant_type, code, code_verifier, redirect_uri, device_name.
    void exchangeCode(const QJsonObject &request, QObject *context, Callback callback);

    // The loopback URL of a daemon page, e.g. "/signin".
    QUrl pageUrl(const QString &path, const QUrlQuery &query = {}) const;

    // A long-lived GET (Server-Sent Events): no transfer timeout, the caller reads and
    // owns the reply. Null when not signed in.
    QNetworkReply *openStream(const QString &path);

Q_SIGNALS:
    // A 401 on an authenticated call: the token was revoked or is unknown.
    void unauthorized();

private:
    void send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QJsonObject *body,
              const QList<std::pair<QByteArray, QByteArray>> &headers, QObject *context, Callback callback);

    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 20000;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace nomo
