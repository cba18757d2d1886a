#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

class QFile;
class QTimer;

namespace nomo::sim {

// Delivers webhooks the way Salla does (REFERENCE.md §4): a POST of the JSON body to
// the app's webhook URL (and to per-store subscriptions), signed with HMAC-SHA256
// over the raw bytes in X-Salla-Signature (or the secret in Authorization for the
// Token strategy). Only 200 and 201 count as delivered; anything else, a timeout or
// a dropped connection is retried, 3 more times, `retryIntervalMs` apart (Salla: ~5
// minutes). Every attempt is recorded for tests to read back.
class SimWebhooks : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl appUrl;
        // Several instances of the app behind one webhook URL, as a load balancer
        // spreads them: each attempt goes to the next one (round-robin). Wins over appUrl.
        QList<QUrl> appUrls;
        QByteArray secret;
        QString strategy = QStringLiteral("signature"); // signature | token
        int retryIntervalMs = 5 * 60 * 1000;
        int maxRetries = 3;
        int timeoutMs = 30000;
        int maxInFlight = 4;
    };

    explicit SimWebhooks(QObject *parent = nullptr);

    Settings &settings() { return m_settings; }
    void setLogFile(const QString &path);

    static QByteArray sign(const QByteArray &secret, const QByteArray &body); // lowercase hex

    // Queues `body` for every URL that wants `event`; returns the delivery ids.
    QList<qint64> deliver(qint64 storeId, const QString &event, const QByteArray &body);

    QJsonObject subscribe(qint64 storeId, const QJsonObject &request);
    QJsonArray subscriptions(qint64 storeId) const;

    QJsonArray deliveries(qint64 sinceId, bool withBodies) const;
    int pendingCount() const;

private:
    struct Attempt
    {
        qint64 atMs = 0;
        int httpStatus = 0;
        QString error;
        qint64 durationMs = 0;
    };
    struct Delivery
    {
        qint64 id = 0;
        qint64 storeId = 0;
        QString event;
        QUrl url;
        QByteArray body;
        QByteArray signature;
        bool toApp = false; // the app's URL (or the next of appUrls), not a subscription's
        QString state = QStringLiteral("pending"); // pending | in_flight | delivered | failed
        qint64 nextAttemptMs = 0;
        QList<Attempt> attempts;
    };
    struct Subscription
    {
        qint64 id = 0;
        qint64 storeId = 0;
        QString name;
        QString event;
        QUrl url;
        QJsonArray headers;
    };

    void pump();
    void attempt(Delivery &delivery);
    void log(const Delivery &delivery, const Attempt &attempt);

    Settings m_settings;
    qsizetype m_nextApp = 0;
    QNetworkAccessManager m_network;
    QTimer *m_timer;
    QList<Delivery> m_deliveries;
    QList<Subscription> m_subscriptions;
    qint64 m_nextId = 1;
    int m_inFlight = 0;
    QFile *m_log = nullptr;
};

} // namespace nomo::sim
