#include "SimWebhooks.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace nomo::sim {

SimWebhooks::SimWebhooks(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, &SimWebhooks::pump);
    m_timer->start();
}

void SimWebhooks::setLogFile(const QString &path)
{
    m_log = new QFile(path, this);
    if (!m_log->open(QIODevice::Append | QIODevice::WriteOnly)) {
        delete m_log;
        m_log = nullptr;
    }
}

QByteArray SimWebhooks::sign(const QByteArray &secret, const QByteArray &body)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

QList<qint64> SimWebhooks::deliver(qint64 storeId, const QString &event, const QByteArray &body)
{
    QList<QUrl> urls;
    const bool toApp = !m_settings.appUrls.isEmpty() || m_settings.appUrl.isValid();
    if (toApp)
        urls.append(m_settings.appUrls.isEmpty() ? m_settings.appUrl : m_settings.appUrls.constFirst());
    for (const Subscription &subscription : std::as_const(m_subscriptions)) {
        if (subscription.storeId == storeId && subscription.event == event && !urls.contains(subscription.url))
            urls.append(subscription.url);
    }
    QList<qint64> ids;
    for (const QUrl &url : std::as_const(urls)) {
        Delivery delivery;
        delivery.id = m_nextId++;
        delivery.storeId = storeId;
        delivery.event = event;
        delivery.url = url;
        delivery.toApp = toApp && ids.isEmpty();
        delivery.body = body;
        delivery.signature = sign(m_settings.secret, body);
        m_deliveries.append(delivery);
        ids.append(delivery.id);
    }
    QTimer::singleShot(0, this, &SimWebhooks::pump);
    return ids;
}

void SimWebhooks::pump()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (Delivery &delivery : m_deliveries) {
        if (m_inFlight >= m_settings.maxInFlight)
            return;
        if (delivery.state == u"pending" && delivery.nextAttemptMs <= now)
            attempt(delivery);
    }
}

void SimWebhooks::attempt(Delivery &delivery)
{
    delivery.state = u"in_flight"_s;
    ++m_inFlight;
    if (delivery.toApp && !m_settings.appUrls.isEmpty())
        delivery.url = m_settings.appUrls.at(m_nextApp++ % m_settings.appUrls.size());
    QNetworkRequest request(delivery.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Salla-Webhooks (nomo-salla-sim)"));
    if (m_settings.strategy == u"token") {
        request.setRawHeader("X-Salla-Security-Strategy", "Token");
        request.setRawHeader("Authorization", m_settings.secret);
    } else {
        request.setRawHeader("X-Salla-Security-Strategy", "Signature");
        request.setRawHeader("X-Salla-Signature", delivery.signature);
    }
    request.setTransferTimeout(m_settings.timeoutMs);
    QElapsedTimer timer;
    timer.start();
    const qint64 id = delivery.id;
    QNetworkReply *reply = m_network.post(request, delivery.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, timer] {
        reply->deleteLater();
        --m_inFlight;
        Attempt attempt;
        attempt.atMs = QDateTime::currentMSecsSinceEpoch();
        attempt.durationMs = timer.elapsed();
        attempt.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && attempt.httpStatus == 0)
            attempt.error = reply->errorString();
        for (Delivery &delivery : m_deliveries) {
            if (delivery.id != id)
                continue;
            delivery.attempts.append(attempt);
            const bool ok = attempt.httpStatus == 200 || attempt.httpStatus == 201;
            if (ok)
                delivery.state = u"delivered"_s;
            else if (delivery.attempts.size() > m_settings.maxRetries)
                delivery.state = u"failed"_s;
            else {
                delivery.state = u"pending"_s;
                delivery.nextAttemptMs = attempt.atMs + m_settings.retryIntervalMs;
            }
            log(delivery, attempt);
        }
        pump();
    });
}

void SimWebhooks::log(const Delivery &delivery, const Attempt &attempt)
{
    if (!m_log)
        return;
    const QJsonObject line{{u"delivery"_s, delivery.id},
                           {u"event"_s, delivery.event},
                           {u"merchant"_s, delivery.storeId},
                           {u"attempt"_s, delivery.attempts.size()},
                           {u"http_status"_s, attempt.httpStatus},
                           {u"error"_s, attempt.error},
                           {u"state"_s, delivery.state}};
    m_log->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_log->flush();
}

QJsonObject SimWebhooks::subscribe(qint64 storeId, const QJsonObject &request)
{
    const QUrl url(request[u"url"_s].toString());
    const QString event = request[u"event"_s].toString();
    // The same URL and event again updates rather than duplicates (REFERENCE.md §4.1).
    for (Subscription &existing : m_subscriptions) {
        if (existing.storeId == storeId && existing.url == url && existing.event == event) {
            existing.name = request[u"name"_s].toString();
            existing.headers = request[u"headers"_s].toArray();
            return {{u"id"_s, existing.id}, {u"name"_s, existing.name}, {u"event"_s, event}, {u"type"_s, u"manual"_s},
                    {u"url"_s, url.toString()}, {u"version"_s, 2}, {u"rule"_s, QJsonValue::Null}, {u"headers"_s, existing.headers}};
        }
    }
    Subscription subscription{m_nextId++, storeId, request[u"name"_s].toString(), event, url, request[u"headers"_s].toArray()};
    m_subscriptions.append(subscription);
    return {{u"id"_s, subscription.id}, {u"name"_s, subscription.name}, {u"event"_s, event}, {u"type"_s, u"manual"_s},
            {u"url"_s, url.toString()}, {u"version"_s, 2}, {u"rule"_s, QJsonValue::Null}, {u"headers"_s, subscription.headers}};
}

QJsonArray SimWebhooks::subscriptions(qint64 storeId) const
{
    QJsonArray list;
    for (const Subscription &s : m_subscriptions) {
        if (s.storeId == storeId)
            list.append(QJsonObject{{u"id"_s, s.id}, {u"name"_s, s.name}, {u"event"_s, s.event}, {u"type"_s, u"manual"_s},
                                    {u"url"_s, s.url.toString()}, {u"version"_s, 2}, {u"rule"_s, QJsonValue::Null},
                                    {u"headers"_s, s.headers}});
    }
    return list;
}

QJsonArray SimWebhooks::deliveries(qint64 sinceId, bool withBodies) const
{
    QJsonArray list;
    for (const Delivery &d : m_deliveries) {
        if (d.id <= sinceId)
            continue;
        QJsonArray attempts;
        for (const Attempt &a : d.attempts)
            attempts.append(QJsonObject{{u"at_ms"_s, a.atMs}, {u"http_status"_s, a.httpStatus}, {u"error"_s, a.error},
                                        {u"duration_ms"_s, a.durationMs}});
        QJsonObject item{{u"id"_s, d.id},
                         {u"merchant"_s, d.storeId},
                         {u"event"_s, d.event},
                         {u"url"_s, d.url.toString()},
                         {u"state"_s, d.state},
                         {u"signature"_s, QString::fromLatin1(d.signature)},
                         {u"body_sha256"_s, QString::fromLatin1(QCryptographicHash::hash(d.body, QCryptographicHash::Sha256).toHex())},
                         {u"body_bytes"_s, d.body.size()},
                         {u"attempts"_s, attempts}};
        if (withBodies)
            item.insert(u"body"_s, QString::fromUtf8(d.body));
        list.append(item);
    }
    return list;
}

int SimWebhooks::pendingCount() const
{
    int count = 0;
    for (const Delivery &d : m_deliveries)
        count += d.state == u"pending" || d.state == u"in_flight";
    return count;
}

} // namespace nomo::sim
