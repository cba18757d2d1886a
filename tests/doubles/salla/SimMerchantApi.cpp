#include "SimMerchantApi.h"

#include "SimCoupons.h"
#include "SimData.h"
#include "SimOAuth.h"
#include "SimWebhooks.h"

#include <QJsonDocument>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nomo::sim {

namespace {

// Which scope a path needs (REFERENCE.md §0); coupons use marketing.*.
QString requiredScope(const QString &resource, const QByteArray &method)
{
    const bool write = method != "GET";
    if (resource == u"coupons")
        return write ? u"marketing.read_write"_s : u"marketing.read"_s;
    if (resource == u"orders")
        return u"orders.read"_s;
    if (resource == u"customers")
        return u"customers.read"_s;
    if (resource == u"carts")
        return u"carts.read"_s;
    if (resource == u"webhooks")
        return write ? u"webhooks.read_write"_s : u"webhooks.read"_s;
    return {};
}

bool grants(const QString &scopes, const QString &needed)
{
    if (needed.isEmpty())
        return true;
    const QStringList granted = scopes.split(u' ');
    if (granted.contains(needed))
        return true;
    // read_write includes read.
    return needed.endsWith(u".read"_s) && granted.contains(needed + u"_write"_s);
}

// Ids grow with time (SimData::nextId), so reversed key order is newest first.
QList<QJsonObject> newestFirst(const QMap<qint64, QJsonObject> &records)
{
    QList<QJsonObject> list = records.values();
    std::reverse(list.begin(), list.end());
    return list;
}

int planLimit(const QString &plan)
{
    if (plan == u"special")
        return 720;
    if (plan == u"pro")
        return 360;
    return 120;
}

} // namespace

SimMerchantApi::SimMerchantApi(SimData &data, SimCoupons &coupons, SimOAuth &oauth, SimWebhooks &webhooks, const SimClock &clock,
                               QString baseUrl)
    : m_data(data)
    , m_coupons(coupons)
    , m_oauth(oauth)
    , m_webhooks(webhooks)
    , m_clock(clock)
    , m_baseUrl(std::move(baseUrl))
{
}

bool SimMerchantApi::takeToken(qint64 storeId, int limit, SimResponse *refusal, QList<std::pair<QByteArray, QByteArray>> *headers)
{
    // A leaky bucket per store: `limit` requests at once, refilled at limit/60 per second.
    Bucket &bucket = m_buckets[storeId];
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    const double perMs = limit / 60000.0;
    if (bucket.tokens < 0)
        bucket.tokens = limit;
    else
        bucket.tokens = std::min<double>(limit, bucket.tokens + (nowMs - bucket.lastMs) * perMs);
    bucket.lastMs = nowMs;
    const bool forced = m_forced429 > 0;
    if (forced)
        --m_forced429;
    const qint64 resetAt = (nowMs + static_cast<qint64>((limit - bucket.tokens) / perMs)) / 1000 + 1;
    if (forced || bucket.tokens < 1.0) {
        if (!forced)
            ++m_rateLimited;
        const int retryAfter = std::max(1, static_cast<int>(std::ceil((1.0 - std::min(bucket.tokens, 0.999)) / perMs / 1000.0)));
        *refusal = sallaError(429, u"too_many_requests"_s, u"Too Many Attempts."_s);
        refusal->headers = {{"X-RateLimit-Limit", QByteArray::number(limit)},
                            {"X-RateLimit-Remaining", "0"},
                            {"X-RateLimit-Reset", QByteArray::number(resetAt)},
                            {"Retry-After", QByteArray::number(retryAfter)}};
        return false;
    }
    bucket.tokens -= 1.0;
    *headers = {{"X-RateLimit-Limit", QByteArray::number(limit)},
                {"X-RateLimit-Remaining", QByteArray::number(static_cast<int>(bucket.tokens))},
                {"X-RateLimit-Reset", QByteArray::number(resetAt)}};
    return true;
}

SimResponse SimMerchantApi::handle(const SimRequest &request)
{
    QString why;
    const auto token = m_oauth.authenticate(request.header("Authorization"), &why);
    if (!token)
        return sallaError(401, u"Unauthorized"_s, why);
    SimStore *store = m_data.store(token->storeId);
    if (!store)
        return sallaError(401, u"Unauthorized"_s, u"The User is not exists."_s);
    const int limit = m_rateLimitOverride > 0 ? m_rateLimitOverride : planLimit(store->plan);
    SimResponse refusal;
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!takeToken(store->id, limit, &refusal, &headers))
        return refusal;
    const QString resource = request.segments.value(2);
    const QString needed = requiredScope(resource, request.method);
    if (!grants(token->scope, needed))
        return sallaError(401, u"Unauthorized"_s, u"The access token should have access to one of those scopes: "_s + needed);
    SimResponse response = route(request, store->id, token->scope);
    response.headers += headers;
    return response;
}

SimResponse SimMerchantApi::paged(const SimRequest &request, const QString &path, QJsonArray items)
{
    const int perPage = std::clamp(request.queryValue(u"per_page"_s).isEmpty() ? 15 : request.queryValue(u"per_page"_s).toInt(), 1, 60);
    const int page = std::max(1, request.queryValue(u"page"_s).toInt());
    const int total = static_cast<int>(items.size());
    const int totalPages = std::max(1, (total + perPage - 1) / perPage);
    QJsonArray slice;
    for (int i = (page - 1) * perPage; i < std::min(total, page * perPage); ++i)
        slice.append(items[i]);
    // `links` is an empty array, not an object, when there is nowhere to go.
    QJsonObject links;
    if (page < totalPages)
        links.insert(u"next"_s, u"%1%2?page=%3"_s.arg(m_baseUrl, path).arg(page + 1));
    if (page > 1)
        links.insert(u"previous"_s, u"%1%2?page=%3"_s.arg(m_baseUrl, path).arg(page - 1));
    const QJsonObject pagination{{u"count"_s, slice.size()},
                                 {u"total"_s, total},
                                 {u"perPage"_s, perPage},
                                 {u"currentPage"_s, page},
                                 {u"totalPages"_s, totalPages},
                                 {u"links"_s, links.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(links)}};
    return SimResponse::json(200, sallaOk(200, slice, pagination));
}

SimResponse SimMerchantApi::route(const SimRequest &request, qint64 storeId, const QString &)
{
    SimStore &store = *m_data.store(storeId);
    const QStringList s = request.segments.mid(2); // after admin/v2
    const QByteArray method = request.method;
    const QString resource = s.value(0);
    const QString path = u'/' + s.join(u'/');
    auto notFound = [] { return sallaError(404, u"error"_s, u"العنصر غير موجود"_s); };
    auto readBody = [&request](QJsonObject *object) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return false;
        *object = document.object();
        return true;
    };

    if (path == u"/store/info" && method == "GET")
        return SimResponse::json(200, sallaOk(200, m_data.storeInfo(store)));

    if (resource == u"coupons") {
        if (s.size() == 1 && method == "GET") {
            const QString keyword = request.queryValue(u"keyword"_s);
            QJsonArray items;
            for (const QJsonObject &coupon : newestFirst(store.coupons)) {
                if (keyword.isEmpty() || coupon[u"code"_s].toString().contains(keyword, Qt::CaseInsensitive))
                    items.append(coupon);
            }
            return paged(request, u"/coupons"_s, items);
        }
        if (s.size() == 1 && method == "POST") {
            QJsonObject body;
            if (!readBody(&body))
                return sallaError(400, u"bad_request"_s, u"Invalid JSON body"_s);
            const QJsonObject fields = m_coupons.problems(store, body, nullptr);
            if (!fields.isEmpty())
                return sallaError(422, u"error"_s, u"alert.invalid_fields"_s, fields);
            return SimResponse::json(201, sallaOk(201, m_coupons.create(store, body)));
        }
        const qint64 id = s.value(1).toLongLong();
        if (s.size() != 2 || !store.coupons.contains(id))
            return notFound();
        if (method == "GET")
            return SimResponse::json(200, sallaOk(200, store.coupons.value(id)));
        if (method == "PUT") {
            QJsonObject body;
            if (!readBody(&body))
                return sallaError(400, u"bad_request"_s, u"Invalid JSON body"_s);
            const QJsonObject existing = store.coupons.value(id);
            const QJsonObject fields = m_coupons.problems(store, body, &existing);
            if (!fields.isEmpty())
                return sallaError(422, u"error"_s, u"alert.invalid_fields"_s, fields);
            return SimResponse::json(201, sallaOk(201, m_coupons.update(store, id, body)));
        }
        if (method == "DELETE") {
            store.coupons.remove(id);
            return SimResponse::json(200, sallaOk(202, QJsonObject{{u"message"_s, u"تم حذف الكوبون بنجاح"_s}, {u"code"_s, 202}}));
        }
    }

    if (resource == u"orders" && method == "GET") {
        if (s.size() == 1) {
            const QDate from = QDate::fromString(request.queryValue(u"from_date"_s), u"yyyy-MM-dd"_s);
            const QDate to = QDate::fromString(request.queryValue(u"to_date"_s), u"yyyy-MM-dd"_s);
            QJsonArray items;
            for (const QJsonObject &order : newestFirst(store.orders)) {
                const QDate day = QDate::fromString(order[u"date"_s][u"date"_s].toString().left(10), u"yyyy-MM-dd"_s);
                if ((from.isValid() && day < from) || (to.isValid() && day > to))
                    continue;
                items.append(m_data.orderListItem(order));
            }
            return paged(request, u"/orders"_s, items);
        }
        const qint64 id = s.value(1).toLongLong();
        if (s.size() == 2 && store.orders.contains(id))
            return SimResponse::json(200, sallaOk(200, store.orders.value(id)));
        return notFound();
    }

    if (resource == u"customers" && method == "GET") {
        if (s.size() == 1) {
            QJsonArray items;
            for (const QJsonObject &customer : newestFirst(store.customers))
                items.append(customer);
            return paged(request, u"/customers"_s, items);
        }
        const qint64 id = s.value(1).toLongLong();
        if (s.size() == 2 && store.customers.contains(id))
            return SimResponse::json(200, sallaOk(200, store.customers.value(id)));
        return notFound();
    }

    if (resource == u"carts" && s.value(1) == u"abandoned" && method == "GET") {
        if (s.size() == 2) {
            QJsonArray items;
            for (const QJsonObject &cart : newestFirst(store.carts))
                items.append(cart);
            return paged(request, u"/carts/abandoned"_s, items);
        }
        const qint64 id = s.value(2).toLongLong();
        if (s.size() == 3 && store.carts.contains(id))
            return SimResponse::json(200, sallaOk(200, store.carts.value(id)));
        return notFound();
    }

    if (resource == u"webhooks") {
        if (path == u"/webhooks/subscribe" && method == "POST") {
            QJsonObject body;
            if (!readBody(&body))
                return sallaError(400, u"bad_request"_s, u"Invalid JSON body"_s);
            QJsonObject fields;
            const QUrl url(body[u"url"_s].toString());
            if (!url.isValid() || !url.scheme().startsWith(u"http"_s) || url.host() == u"localhost" || url.host().startsWith(u"test."_s))
                fields.insert(u"url"_s, QJsonArray{u"الرابط غير صالح"_s});
            if (body[u"event"_s].toString().isEmpty())
                fields.insert(u"event"_s, QJsonArray{u"حقل event مطلوب."_s});
            if (!fields.isEmpty())
                return sallaError(422, u"error"_s, u"alert.invalid_fields"_s, fields);
            return SimResponse::json(201, sallaOk(201, m_webhooks.subscribe(storeId, body)));
        }
        if (s.size() == 1 && method == "GET")
            return SimResponse::json(200, sallaOk(200, m_webhooks.subscriptions(storeId)));
    }
    return sallaError(404, u"not_found"_s, u"The requested path is not found"_s);
}

} // namespace nomo::sim
