#include "outbound/OutboundCaller.h"

#include "core/Metrics.h"
#include "logging/Logging.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTimeZone>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

// Errors where the request never reached the server: always safe to send again.
bool neverSent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError
        || error == QNetworkReply::TemporaryNetworkFailureError || error == QNetworkReply::NetworkSessionFailedError;
}

bool repeatable(const OutboundRequest &request)
{
    return request.method == "GET" || request.method == "HEAD" || request.method == "PUT" || request.method == "DELETE"
        || !request.idempotencyKey.isEmpty();
}

QByteArray newRequestId()
{
    QByteArray bytes(12, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 3);
    return bytes.toHex();
}

} // namespace

struct OutboundCaller::Call
{
    OutboundRequest request;
    std::function<void(OutboundReply)> done;
    QByteArray requestId;
    int attempts = 0;
    QElapsedTimer clock;
};

OutboundCaller::OutboundCaller(QString name, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
{
}

QUrl OutboundCaller::join(const QUrl &base, const QString &path, const QUrlQuery &query)
{
    QUrl url = base;
    QString head = base.path();
    while (head.endsWith(u'/'))
        head.chop(1);
    url.setPath(head + (path.startsWith(u'/') ? path : u'/' + path));
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

std::optional<qint64> OutboundCaller::retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool number = false;
    const qint64 seconds = trimmed.toLongLong(&number);
    if (number)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // The IMF-fixdate every server sends ("Sun, 06 Nov 1994 08:49:37 GMT"), read in the
    // C locale whatever the daemon's.
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(trimmed), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    at.setTimeZone(QTimeZone::utc());
    if (!at.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(at));
}

QString OutboundCaller::redacted(const QUrl &url)
{
    static const QStringList secrets{u"token"_s, u"access_token"_s, u"refresh_token"_s, u"code"_s, u"client_secret"_s,
                                     u"secret"_s, u"key"_s, u"api_key"_s, u"apikey"_s, u"password"_s, u"signature"_s};
    QUrlQuery query(url);
    QUrlQuery shown;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        shown.addQueryItem(name, secrets.contains(name.toLower()) ? u"***"_s : value);
    QUrl copy = url;
    copy.setUserInfo(QString());
    copy.setQuery(shown);
    return copy.toString();
}

void OutboundCaller::send(OutboundRequest request, std::function<void(OutboundReply)> done)
{
    auto call = std::make_shared<Call>();
    call->request = std::move(request);
    call->done = std::move(done);
    call->requestId = newRequestId();
    call->clock.start();
    attempt(call);
}

void OutboundCaller::attempt(std::shared_ptr<Call> call)
{
    ++call->attempts;
    const OutboundRequest &r = call->request;
    QNetworkRequest request(r.url);
    request.setTransferTimeout(r.timeoutMs);
    request.setRawHeader("X-Request-Id", call->requestId);
    request.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    if (!r.idempotencyKey.isEmpty())
        request.setRawHeader(r.idempotencyHeader, r.idempotencyKey);
    if (!r.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Qt sends a request again by itself, once or twice, when its connection closes
    // before any byte of the answer (the stale keep-alive race), whatever the method;
    // there is no switch for it. A write that may not be repeated at least never rides
    // on a kept-alive connection, where that race lives; providers' writes carry an
    // idempotency key, and Salla's coupon codes are unique per store (a repeat is
    // refused as a duplicate, never a second coupon).
    if (!repeatable(r))
        request.setRawHeader("Connection", "close");
    QNetworkReply *reply = m_network.sendCustomRequest(request, r.method, r.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, call] {
        reply->deleteLater();
        OutboundReply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        if (answer.status == 0) {
            answer.networkError = reply->errorString();
            answer.neverSent = neverSent(reply->error());
        }
        answer.attempts = call->attempts;
        answer.requestId = call->requestId;
        answer.elapsedMs = call->clock.elapsed();

        const OutboundRequest &r = call->request;
        const bool more = call->attempts < r.retry.maxAttempts;
        const bool safe = answer.status == 0 ? neverSent(reply->error()) || repeatable(r)
                                             : answer.status == 429 || answer.status == 503
                                                   || (answer.status >= 500 && repeatable(r));
        if (!more || !safe)
            return finish(call, std::move(answer));
        // Exponential with jitter (from the upper half), or what the server asked for.
        const qint64 ceiling = std::min<qint64>(r.retry.maxDelayMs, qint64(r.retry.baseDelayMs) << std::min(call->attempts - 1, 16));
        qint64 delay = ceiling / 2 + QRandomGenerator::global()->bounded(static_cast<int>(ceiling / 2 + 1));
        if (r.retry.honourRetryAfter)
            if (auto asked = retryAfterMs(answer.headers.value("retry-after"), QDateTime::currentDateTimeUtc())) {
                if (*asked > r.retry.maxDelayMs)
                    return finish(call, std::move(answer)); // longer than we wait: the caller decides (a job retries later)
                delay = *asked;
            }
        qCInfo(lcOutbound).noquote() << m_name << r.purpose << r.method << redacted(r.url) << "answered"
                                     << (answer.status ? QString::number(answer.status) : answer.networkError) << "- attempt"
                                     << call->attempts << "of" << r.retry.maxAttempts << "again in" << delay << "ms, request"
                                     << call->requestId;
        QTimer::singleShot(static_cast<int>(delay), this, [this, call] { attempt(call); });
    });
}

void OutboundCaller::finish(std::shared_ptr<Call> call, OutboundReply reply)
{
    const OutboundRequest &r = call->request;
    Metrics::instance().add(u"nomo_outbound_requests_total"_s, u"Calls to outside services by service and final status (0: no answer)"_s,
                            {{u"service"_s, m_name}, {u"status"_s, QString::number(reply.status)}});
    Metrics::instance().observe(u"nomo_outbound_request_duration_seconds"_s, u"Time of a call to an outside service, retries included"_s,
                                {{u"service"_s, m_name}}, reply.elapsedMs / 1000.0,
                                {0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60});
    if (reply.ok())
        qCDebug(lcOutbound).noquote() << m_name << r.purpose << r.method << redacted(r.url) << reply.status << "in"
                                      << reply.elapsedMs << "ms, attempts" << reply.attempts << "request" << reply.requestId;
    else
        qCInfo(lcOutbound).noquote() << m_name << r.purpose << r.method << redacted(r.url) << "failed:"
                                     << (reply.status ? QString::number(reply.status) : reply.networkError) << "after"
                                     << reply.attempts << "attempts," << reply.elapsedMs << "ms, request" << reply.requestId;
    call->done(std::move(reply));
}

} // namespace nomo
