#include "salla/SallaApiClient.h"

#include "json/JsonReader.h"
#include "logging/Logging.h"
#include "outbound/OutboundCaller.h"
#include "salla/SallaTokenManager.h"

#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr int kMaxAttempts = 6;
constexpr int kTimeoutMs = 30000;
} // namespace

struct SallaApiClient::Call
{
    qint64 merchantId = 0;
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    Done done;
    bool refreshed = false;
};

SallaApiClient::SallaApiClient(QUrl apiUrl, SallaTokenManager &tokens, QObject *parent)
    : QObject(parent)
    , m_apiUrl(std::move(apiUrl))
    , m_tokens(tokens)
    , m_caller(new OutboundCaller(u"salla"_s, this))
{
}

SallaApiClient::~SallaApiClient() = default;

void SallaApiClient::get(qint64 merchantId, const QString &path, const QUrlQuery &query, Done done)
{
    call(merchantId, "GET", path, query, nullptr, std::move(done));
}

void SallaApiClient::post(qint64 merchantId, const QString &path, const QJsonObject &body, Done done)
{
    call(merchantId, "POST", path, {}, &body, std::move(done));
}

void SallaApiClient::put(qint64 merchantId, const QString &path, const QJsonObject &body, Done done)
{
    call(merchantId, "PUT", path, {}, &body, std::move(done));
}

void SallaApiClient::remove(qint64 merchantId, const QString &path, Done done)
{
    call(merchantId, "DELETE", path, {}, nullptr, std::move(done));
}

void SallaApiClient::call(qint64 merchantId, const QByteArray &method, const QString &path, const QUrlQuery &query,
                          const QJsonObject *body, Done done)
{
    auto call = std::make_shared<Call>(
        Call{merchantId, method, path, query, body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray(),
             std::move(done), false});
    m_tokens.accessToken(merchantId, [this, call](Result<QString> token) {
        if (!token)
            return call->done(fail(token.error()));
        send(call, *token);
    });
}

void SallaApiClient::send(std::shared_ptr<Call> call, const QString &token)
{
    // Under the store's rate limit, not past it: a call the bucket cannot take yet
    // waits, and asks again when its turn may have come (others may have gone first).
    if (const qint64 wait = m_pacer.delayMs(call->merchantId); wait > 0) {
        QTimer::singleShot(wait, this, [this, call, token] { send(call, token); });
        return;
    }
    m_pacer.sent(call->merchantId);
    OutboundRequest request;
    request.method = call->method;
    request.url = OutboundCaller::join(m_apiUrl, call->path, call->query);
    request.headers = {{"Authorization", "Bearer " + token.toLatin1()}};
    request.body = call->body;
    if (!call->body.isEmpty())
        request.contentType = "application/json";
    request.timeoutMs = kTimeoutMs;
    request.retry = RetryPolicy::attempts(kMaxAttempts);
    request.purpose = QString::fromLatin1(call->method) + u' ' + call->path;
    m_caller->send(request, [this, call, token](OutboundReply reply) {
        m_pacer.answered(call->merchantId, reply.status, reply.headers);
        if (reply.status == 401 && !call->refreshed) {
            call->refreshed = true;
            return m_tokens.refreshAfterRejection(call->merchantId, token, [this, call](Result<QString> fresh) {
                if (!fresh)
                    return call->done(fail(fresh.error()));
                send(call, *fresh);
            });
        }
        if (reply.status == 0)
            return call->done(fail(ErrorCode::Unavailable, u"salla.unreachable"_s, reply.networkError));
        auto object = parseJsonObject(reply.body, JsonLimits{16 * 1024 * 1024, 64});
        if (reply.ok()) {
            if (!object)
                return call->done(fail(object.error()));
            return call->done(std::move(object));
        }
        const QJsonObject error = object ? object->value(u"error"_s).toObject() : QJsonObject();
        const QString message = error.value(u"message"_s).toString();
        switch (reply.status) {
        case 401: return call->done(fail(ErrorCode::Unauthorized, u"salla.unauthorized"_s, message));
        case 403: return call->done(fail(ErrorCode::Forbidden, u"salla.forbidden"_s, message));
        case 404: return call->done(fail(ErrorCode::NotFound, u"salla.not_found"_s, message));
        case 422:
            return call->done(fail(ErrorCode::InvalidArgument,
                                   u"salla.validation_failed"_s,
                                   QString::fromUtf8(QJsonDocument(error.value(u"fields"_s).toObject()).toJson(QJsonDocument::Compact))));
        case 429:
            return call->done(fail(ErrorCode::Unavailable, u"salla.rate_limited"_s,
                                   u"Salla's rate limit; retry after %1"_s.arg(QString::fromLatin1(reply.headers.value("retry-after")))));
        default:
            return call->done(fail(ErrorCode::Unavailable, u"salla.failed"_s, u"Salla answered %1 %2"_s.arg(reply.status).arg(message)));
        }
    });
}

void SallaApiClient::getAllPages(qint64 merchantId, const QString &path, const QUrlQuery &query, std::function<void(Result<QJsonArray>)> done)
{
    struct Walk
    {
        QJsonArray items;
        int page = 1;
    };
    auto walk = std::make_shared<Walk>();
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, merchantId, path, query, done, walk, next] {
        QUrlQuery pageQuery = query;
        pageQuery.addQueryItem(u"per_page"_s, u"60"_s);
        pageQuery.addQueryItem(u"page"_s, QString::number(walk->page));
        get(merchantId, path, pageQuery, [done, walk, next](Result<QJsonObject> envelope) {
            if (!envelope) {
                done(fail(envelope.error()));
                *next = nullptr; // break the cycle
                return;
            }
            for (const QJsonValue &item : envelope->value(u"data"_s).toArray())
                walk->items.append(item);
            const QJsonObject pagination = envelope->value(u"pagination"_s).toObject();
            if (pagination.value(u"currentPage"_s).toInt() < pagination.value(u"totalPages"_s).toInt()) {
                ++walk->page;
                (*next)();
                return;
            }
            done(walk->items);
            *next = nullptr;
        });
    };
    (*next)();
}

} // namespace nomo
