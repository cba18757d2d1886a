#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <utility>

namespace nomo {

// When a failed call is tried again. Only what cannot have been carried out twice is
// retried: a refused connection (nothing was sent), a 429 or 503 (the server says it
// did nothing), and — for methods that may be repeated (GET, PUT, DELETE) or calls
// that carry an idempotency key — a dropped connection, a timeout or a 5xx.
struct RetryPolicy
{
    int maxAttempts = 1; // 1: never retried
    int baseDelayMs = 500;
    int maxDelayMs = 60 * 1000; // also the longest Retry-After honoured
    bool honourRetryAfter = true;

    static RetryPolicy none() { return {}; }
    static RetryPolicy attempts(int count) { return RetryPolicy{count, 500, 60 * 1000, true}; }
};

struct OutboundRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers; // Authorization is never logged
    QByteArray body;
    QByteArray contentType; // with a body
    int timeoutMs = 30 * 1000;
    RetryPolicy retry;
    // Sent in `idempotencyHeader` on every attempt, where the provider takes one: then
    // an ambiguous failure may be retried even for a POST.
    QByteArray idempotencyKey;
    QByteArray idempotencyHeader = "Idempotency-Key";
    QString purpose; // for logs: "salla GET /orders", "whatsapp send"
};

struct OutboundReply
{
    int status = 0; // 0: no HTTP answer (see networkError)
    QMap<QByteArray, QByteArray> headers; // names lower-case
    QByteArray body;
    QString networkError;
    bool neverSent = false; // no answer, and the request never reached the server (refused, no such host)
    int attempts = 0;
    qint64 elapsedMs = 0;
    QByteArray requestId; // X-Request-Id sent on every attempt, for the provider's logs and ours

    bool ok() const { return status >= 200 && status <= 299; }
};

} // namespace nomo
