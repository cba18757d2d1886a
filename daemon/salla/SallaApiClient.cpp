#include "salla/SallaApiClient.h"

#include "json/JsonReader.h"
#include "logging/Logging.h"
#include "salla/SallaTokenManager.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr int kMaxAttempts = 6;
constexpr int kMaxWaitMs = 60000;
constexpr int kTimeoutMs = 30000;
} // namespace

struct SallaApiClient::Call
{
    qint64 merchantId = 0;
    QString path;
    QUrlQuery query;
    std::function<void(Result<QJsonObject>)> done;
    int attempts = 0;
    bool refreshed = false;
};

SallaApiClient::SallaApiClient(QUrl apiUrl, SallaTokenManager &tokens, QObject *parent)
    : QObject(parent)
    , m_apiUrl(std::move(apiUrl))
    , m_tokens(tokens)
{
}

void SallaApiClient::get(qint64 merchantId, const QString &path, const QUrlQuery &query, std::function<void(Result<QJsonObject>)> done)
{
    auto call = std::make_shared<Call>(Call{merchantId, path, query, std::move(done)});
    m_tokens.accessToken(merchantId, [this, call](Result<QString> token) {
        if (!token)
            return call->done(fail(token.error()));
        send(call, *token);
    });
}

void SallaApiClient::retryLater(std::shared_ptr<Call> call, int delayMs)
{
    QTimer::singleShot(std::min(delayMs, kMaxWaitMs), this, [this, call] {
        m_tokens.accessToken(call->merchantId, [this, call](Result<QString> token) {
            if (!token)
                return call->done(fail(token.error()));
            send(call, *token);
        });
    });
}

void SallaApiClient::send(std::shared_ptr<Call> call, const QString &token)
{
    ++call->attempts;
    QUrl url = m_apiUrl;
    url.setPath(m_apiUrl.path() + call->path);
    url.setQuery(call->query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, call, token] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const bool mayRetry = call->attempts < kMaxAttempts;
        if (status == 401 && !call->refreshed) {
            call->refreshed = true;
            return m_tokens.refreshAfterRejection(call->merchantId, token, [this, call](Result<QString> fresh) {
                if (!fresh)
                    return call->done(fail(fresh.error()));
                send(call, *fresh);
            });
        }
        if (status == 429 && mayRetry) {
            // Salla's leaky bucket: wait what it asks, then one request.
            const int seconds = std::max(1, reply->rawHeader("Retry-After").toInt());
            qCInfo(lcSalla) << "rate limited for store" << call->merchantId << "- waiting" << seconds << "s";
            return retryLater(call, seconds * 1000);
        }
        if ((status == 0 || status >= 500) && mayRetry)
            return retryLater(call, 500 * (1 << std::min(call->attempts, 6)));
        if (status == 0)
            return call->done(fail(ErrorCode::Unavailable, u"salla.unreachable"_s, reply->errorString()));
        auto object = parseJsonObject(body, JsonLimits{16 * 1024 * 1024, 64});
        if (status >= 200 && status <= 299) {
            if (!object)
                return call->done(fail(object.error()));
            return call->done(std::move(object));
        }
        const QJsonObject error = object ? object->value(u"error"_s).toObject() : QJsonObject();
        const QString message = error.value(u"message"_s).toString();
        switch (status) {
        case 401: return call->done(fail(ErrorCode::Unauthorized, u"salla.unauthorized"_s, message));
        case 403: return call->done(fail(ErrorCode::Forbidden, u"salla.forbidden"_s, message));
        case 404: return call->done(fail(ErrorCode::NotFound, u"salla.not_found"_s, message));
        case 422:
            return call->done(fail(ErrorCode::InvalidArgument,
                                   u"salla.validation_failed"_s,
                                   QString::fromUtf8(QJsonDocument(error.value(u"fields"_s).toObject()).toJson(QJsonDocument::Compact))));
        default:
            return call->done(fail(ErrorCode::Unavailable, u"salla.failed"_s, u"Salla answered %1 %2"_s.arg(status).arg(message)));
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
