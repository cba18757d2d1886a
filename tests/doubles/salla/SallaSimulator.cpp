#include "SallaSimulator.h"

#include "reports/Holdout.h"

#include "SimCoupons.h"
#include "SimData.h"
#include "SimMerchantApi.h"
#include "SimOAuth.h"
#include "SimWebhooks.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace nomo::sim {

namespace {
const QStringList kWebhookFixtures = {u"abandoned_cart_webhook.json"_s,    u"app_installed_webhook.json"_s,
                                      u"app_settings_updated_webhook.json"_s, u"app_store_authorize_webhook.json"_s,
                                      u"app_uninstalled_webhook.json"_s,  u"coupon_applied_webhook.json"_s,
                                      u"customer_created_webhook.json"_s, u"order_created_webhook.json"_s,
                                      u"order_status_updated_webhook.json"_s};

void write(QHttpServerResponder &responder, const SimResponse &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}
} // namespace

SallaSimulator::SallaSimulator(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_data(std::make_unique<SimData>(m_options.seed, m_clock))
    , m_coupons(std::make_unique<SimCoupons>(*m_data, m_clock))
    , m_oauth(std::make_unique<SimOAuth>(*m_data, m_clock, m_options.clientId, m_options.clientSecret))
    , m_webhooks(new SimWebhooks(this))
    , m_living(new QTimer(this))
{
    for (int i = 0; i < std::max(1, m_options.stores); ++i)
        m_data->addStore();
    m_oauth->setAutoApprove(m_options.autoApprove);
    if (!m_options.dataDir.isEmpty())
        m_webhooks->setLogFile(m_options.dataDir + u"/deliveries.jsonl"_s);
    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        dispatch(SimRequest::from(request), std::move(responder));
    });
    connect(m_living, &QTimer::timeout, this, [this] { step(); });
    if (m_options.eventsPerMinute > 0) {
        m_living->setInterval(static_cast<int>(60000.0 / m_options.eventsPerMinute));
        m_living->start();
    }
}

SallaSimulator::~SallaSimulator() = default;

quint16 SallaSimulator::listen(const QHostAddress &address, quint16 port)
{
    m_port = m_server.listen(address, port);
    m_baseUrl = u"http://%1:%2"_s.arg(address.toString()).arg(m_port);
    m_data->setAssetsBaseUrl(m_baseUrl);
    m_api = std::make_unique<SimMerchantApi>(*m_data, *m_coupons, *m_oauth, *m_webhooks, m_clock, m_baseUrl + u"/admin/v2"_s);
    return m_port;
}

QJsonObject SallaSimulator::readyLine() const
{
    QJsonArray stores;
    for (const qint64 id : m_data->storeIds())
        stores.append(id);
    return {{u"event"_s, u"ready"_s},
            {u"port"_s, m_port},
            {u"base_url"_s, m_baseUrl},
            {u"accounts_url"_s, m_baseUrl},
            {u"api_url"_s, QString(m_baseUrl + u"/admin/v2"_s)},
            {u"control_url"_s, QString(m_baseUrl + u"/_sim"_s)},
            {u"client_id"_s, m_options.clientId},
            {u"client_secret"_s, m_options.clientSecret},
            {u"app_id"_s, SimData::kAppId},
            {u"stores"_s, stores}};
}

void SallaSimulator::dispatch(const SimRequest &request, QHttpServerResponder &&responder)
{
    const bool isControl = request.segments.value(0) == u"_sim";
    SimResponse response = isControl ? control(request) : answer(request);
    // Both drops come after the work: what was asked is done, only the answer is lost.
    const bool isWrite = request.method != "GET" && request.method != "HEAD";
    if (!isControl && isWrite && m_faults.dropReplyNext > 0
        && QString(u'/' + request.segments.join(u'/')).startsWith(m_faults.dropReplyPrefix)) {
        --m_faults.dropReplyNext;
        response.dropConnection = true;
    }
    if (!isControl && m_faults.dropRate > 0 && m_data->random().generateDouble() < m_faults.dropRate)
        response.dropConnection = true;
    if (response.dropConnection) {
        if (QTcpSocket *socket = responder.socket())
            socket->abort();
        return;
    }
    const int delay = isControl ? 0 : m_faults.latencyMs;
    if (delay <= 0) {
        write(responder, response);
        return;
    }
    // Answer later; the responder holds a raw socket pointer, so keep our own guard.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = held->socket();
    QTimer::singleShot(delay, this, [held, socket, response] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            write(*held, response);
    });
}

SimResponse SallaSimulator::answer(const SimRequest &request)
{
    const QString first = request.segments.value(0);
    const bool api = first == u"admin" && request.segments.value(1) == u"v2";
    if ((api || first == u"oauth2") && m_faults.failNext > 0 && QString(u'/' + request.segments.join(u'/')).startsWith(m_faults.failPrefix)) {
        --m_faults.failNext;
        return sallaError(503, u"service_unavailable"_s, u"Service Unavailable"_s);
    }
    if ((api || first == u"oauth2") && m_faults.errorRate > 0 && m_data->random().generateDouble() < m_faults.errorRate) {
        const bool unavailable = m_data->random().bounded(2) == 0;
        return sallaError(unavailable ? 503 : 500,
                          unavailable ? u"service_unavailable"_s : u"server_error"_s,
                          unavailable ? u"Service Unavailable"_s : u"Server Error"_s);
    }
    if (first == u"oauth2")
        return m_oauth->handle(request);
    if (api)
        return m_api->handle(request);
    return sallaError(404, u"not_found"_s, u"The requested path is not found"_s);
}

qint64 SallaSimulator::storeFrom(const QJsonObject &body) const
{
    const qint64 id = body[u"store_id"_s].toInteger();
    return m_data->store(id) ? id : m_data->storeIds().constFirst();
}

QList<qint64> SallaSimulator::emitEvent(qint64 storeId, const QString &event, const QJsonObject &data)
{
    const QByteArray body = QJsonDocument(m_data->envelope(event, storeId, data)).toJson(QJsonDocument::Compact);
    return m_webhooks->deliver(storeId, event, body);
}

QJsonObject SallaSimulator::install(qint64 storeId)
{
    // Easy Mode: Salla exchanges the code itself and posts the tokens to the app.
    const SimOAuth::Token token = m_oauth->issue(storeId);
    emitEvent(storeId, u"app.installed"_s, m_data->appInstalled());
    emitEvent(storeId,
              u"app.store.authorize"_s,
              QJsonObject{{u"access_token"_s, token.access},
                          {u"expires"_s, token.accessExpiresAt},
                          {u"refresh_token"_s, token.refresh},
                          {u"scope"_s, token.scope},
                          {u"token_type"_s, u"bearer"_s}});
    return {{u"store_id"_s, storeId}, {u"access_token"_s, token.access}, {u"refresh_token"_s, token.refresh},
            {u"expires"_s, token.accessExpiresAt}};
}

QStringList SallaSimulator::step()
{
    QStringList events;
    const QList<qint64> ids = m_data->storeIds();
    SimStore &store = *m_data->store(ids[m_data->random().bounded(static_cast<int>(ids.size()))]);
    QRandomGenerator &random = m_data->random();
    auto anyCustomer = [&]() -> QJsonObject {
        if (store.customers.isEmpty() || random.bounded(5) == 0) {
            const QJsonObject customer = m_data->newCustomer(store);
            emitEvent(store.id, u"customer.created"_s, customer);
            events.append(u"customer.created"_s);
            return customer;
        }
        const QList<qint64> keys = store.customers.keys();
        return store.customers.value(keys[random.bounded(static_cast<int>(keys.size()))]);
    };
    const int roll = random.bounded(100);
    if (roll < 20) {
        anyCustomer();
        if (events.isEmpty()) {
            emitEvent(store.id, u"customer.created"_s, m_data->newCustomer(store));
            events.append(u"customer.created"_s);
        }
    } else if (roll < 35) {
        emitEvent(store.id, u"abandoned.cart"_s, m_data->newAbandonedCart(store, anyCustomer()));
        events.append(u"abandoned.cart"_s);
    } else if (roll < 45 && !m_options.effectTool.isEmpty() && store.carts.size() > store.cartsDecided.size()) {
        events += comeBack(store);
    } else if (roll < 70) {
        const QJsonObject customer = anyCustomer();
        QString coupon;
        if (!store.coupons.isEmpty() && random.bounded(3) == 0) {
            if (auto applied = m_data->applyCoupon(store, customer)) {
                emitEvent(store.id, u"coupon.applied"_s, *applied);
                events.append(u"coupon.applied"_s);
                coupon = (*applied)[u"cart"_s][u"coupon"_s][u"code"_s].toString();
            }
        }
        emitEvent(store.id, u"order.created"_s, m_data->newOrder(store, customer, coupon));
        events.append(u"order.created"_s);
    } else if (!store.orders.isEmpty()) {
        const QList<qint64> keys = store.orders.keys();
        if (auto updated = m_data->advanceOrder(store, keys[random.bounded(static_cast<int>(keys.size()))])) {
            emitEvent(store.id, u"order.status.updated"_s, *updated);
            events.append(u"order.status.updated"_s);
        }
    }
    return events;
}

QStringList SallaSimulator::comeBack(SimStore &store)
{
    // The oldest cart not decided yet: its shopper has had the reminder by now.
    qint64 cartId = 0;
    for (auto it = store.carts.cbegin(); it != store.carts.cend(); ++it)
        if (!store.cartsDecided.contains(it.key()) && it.value()[u"status"_s].toString() != u"purchased") {
            cartId = it.key();
            break;
        }
    if (cartId == 0)
        return {};
    store.cartsDecided.insert(cartId);
    QJsonObject cart = store.carts.value(cartId);
    const qint64 customerId = cart[u"customer"_s][u"id"_s].toInteger();
    const bool reminded = !nomo::holdout::heldBack(store.id, m_options.effectTool, nomo::holdout::customerShopper(customerId),
                                                   m_options.holdoutPercent);
    const int chance = kBaseComebackPercent + (reminded ? m_options.effectPoints : 0);
    if (int(m_data->random().bounded(100)) >= chance)
        return {};
    cart[u"status"_s] = u"purchased"_s;
    store.carts.insert(cartId, cart);
    const auto plain = [](const QJsonValue &money) { return money.isObject() ? money[u"amount"_s] : money; };
    emitEvent(store.id, u"abandoned.cart.purchased"_s,
              QJsonObject{{u"id"_s, cartId}, {u"status"_s, u"purchased"_s}, {u"currency"_s, u"SAR"_s}, {u"total"_s, plain(cart[u"total"_s])},
                          {u"subtotal"_s, plain(cart[u"subtotal"_s])}, {u"total_discount"_s, plain(cart[u"total_discount"_s])}});
    QStringList events{u"abandoned.cart.purchased"_s};
    const QJsonObject customer = store.customers.value(customerId);
    if (!customer.isEmpty()) {
        emitEvent(store.id, u"order.created"_s, m_data->newOrder(store, customer));
        events.append(u"order.created"_s);
    }
    return events;
}

QJsonObject SallaSimulator::state() const
{
    QJsonArray stores;
    for (const qint64 id : m_data->storeIds()) {
        const SimStore &s = *m_data->store(id);
        qint64 revenue = 0;
        for (const QJsonObject &order : s.orders)
            revenue += static_cast<qint64>(order[u"amounts"_s][u"total"_s][u"amount"_s].toDouble() * 100 + 0.5);
        stores.append(QJsonObject{{u"id"_s, id},
                                  {u"name"_s, s.name},
                                  {u"customers"_s, s.customers.size()},
                                  {u"orders"_s, s.orders.size()},
                                  {u"orders_total_halalas"_s, revenue},
                                  {u"abandoned_carts"_s, s.carts.size()},
                                  {u"coupons"_s, s.coupons.size()}});
    }
    return {{u"stores"_s, stores},
            {u"clock"_s, m_clock.now().toString(Qt::ISODateWithMs)},
            {u"clock_offset_ms"_s, m_clock.offsetMs()},
            {u"refreshes"_s, m_oauth->refreshCount()},
            {u"rate_limited"_s, m_api->rateLimited()},
            {u"pending_deliveries"_s, m_webhooks->pendingCount()}};
}

SimResponse SallaSimulator::control(const SimRequest &request)
{
    const QString route = request.segments.mid(1).join(u'/');
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    auto ok = [](const QJsonObject &object) { return SimResponse::json(200, object); };

    if (route.startsWith(u"logo/"_s) && request.method == "GET") {
        // A store's logo, as the CDN behind Salla's "avatar" serves it: its initial on a colour.
        const qint64 id = route.mid(5).section(u'.', 0, 0).toLongLong();
        const SimStore *store = m_data->store(id);
        if (!store)
            return sallaError(404, u"not_found"_s, u"no such logo"_s);
        SimResponse logo;
        logo.contentType = "image/svg+xml";
        logo.body = u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"96\" height=\"96\" viewBox=\"0 0 96 96\">"
                    "<circle cx=\"48\" cy=\"48\" r=\"48\" fill=\"#7A3E9D\"/>"
                    "<text x=\"48\" y=\"62\" font-size=\"44\" text-anchor=\"middle\" fill=\"#FFFFFF\" "
                    "font-family=\"Noto Sans Arabic, sans-serif\">%1</text></svg>"_s.arg(store->name.left(1).toHtmlEscaped())
                        .toUtf8();
        return logo;
    }
    if (request.segments.value(1) == u"stores" && request.segments.value(3) == u"coupons")
        return dashboardCoupons(request);
    if (route == u"health")
        return ok({{u"status"_s, u"ok"_s}});
    if (route == u"state")
        return ok(state());
    if (route == u"clock/advance" && request.method == "POST") {
        m_clock.advance(static_cast<qint64>(body[u"seconds"_s].toDouble() * 1000));
        return ok(state());
    }
    if (route == u"faults" && request.method == "POST") {
        m_faults.latencyMs = body[u"latency_ms"_s].toInt();
        m_faults.errorRate = std::clamp(body[u"error_rate"_s].toDouble(), 0.0, 1.0);
        m_faults.dropRate = std::clamp(body[u"drop_rate"_s].toDouble(), 0.0, 1.0);
        m_faults.failNext = std::max(0, body[u"fail_next"_s].toInt());
        m_faults.failPrefix = body[u"fail_prefix"_s].toString();
        m_faults.dropReplyNext = std::max(0, body[u"drop_reply_next"_s].toInt());
        m_faults.dropReplyPrefix = body[u"drop_reply_prefix"_s].toString();
        m_api->setRateLimit(body[u"rate_limit_per_minute"_s].toInt());
        m_api->force429(body[u"burst_429"_s].toInt());
        return ok({{u"faults"_s, body}});
    }
    if (route == u"tokens/expire" && request.method == "POST") {
        m_oauth->expireAccessTokens(body[u"store_id"_s].toInteger());
        return ok({{u"expired"_s, true}});
    }
    if (route == u"tokens/revoke" && request.method == "POST") {
        m_oauth->revokeStore(storeFrom(body));
        return ok({{u"revoked"_s, true}});
    }
    if (route == u"webhooks/target" && request.method == "POST") {
        SimWebhooks::Settings &settings = m_webhooks->settings();
        settings.appUrl = QUrl(body[u"url"_s].toString());
        settings.appUrls.clear();
        for (const QJsonValue &url : body[u"urls"_s].toArray())
            settings.appUrls.append(QUrl(url.toString()));
        if (body.contains(u"secret"_s))
            settings.secret = body[u"secret"_s].toString().toUtf8();
        if (body.contains(u"strategy"_s))
            settings.strategy = body[u"strategy"_s].toString();
        if (body.contains(u"retry_interval_ms"_s))
            settings.retryIntervalMs = body[u"retry_interval_ms"_s].toInt();
        if (body.contains(u"timeout_ms"_s))
            settings.timeoutMs = body[u"timeout_ms"_s].toInt();
        if (body.contains(u"max_retries"_s)) // Salla's own: 3
            settings.maxRetries = body[u"max_retries"_s].toInt();
        return ok({{u"url"_s, settings.appUrl.toString()}, {u"strategy"_s, settings.strategy}});
    }
    if (route == u"deliveries")
        return ok({{u"deliveries"_s, m_webhooks->deliveries(request.queryValue(u"since"_s).toLongLong(),
                                                              request.queryValue(u"bodies"_s) == u"1")}});
    if (route == u"install" && request.method == "POST")
        return ok(install(storeFrom(body)));
    if (route == u"uninstall" && request.method == "POST") {
        const qint64 store = storeFrom(body);
        emitEvent(store, u"app.uninstalled"_s, m_data->appUninstalled());
        m_oauth->revokeStore(store);
        return ok({{u"store_id"_s, store}});
    }
    if (route == u"fixtures" && request.method == "POST") {
        // The fixture bytes exactly as stored: their documented signatures must verify.
        const QString file = body[u"file"_s].toString();
        const QStringList files = file == u"all" ? kWebhookFixtures : QStringList{file};
        QJsonArray ids;
        for (const QString &name : files) {
            if (!kWebhookFixtures.contains(name))
                return sallaError(404, u"not_found"_s, u"no webhook fixture "_s + name);
            const QByteArray bytes = SimData::fixtureBytes(name);
            const QJsonObject parsed = QJsonDocument::fromJson(bytes).object();
            for (const qint64 id : m_webhooks->deliver(parsed[u"merchant"_s].toInteger(), parsed[u"event"_s].toString(), bytes))
                ids.append(id);
        }
        return ok({{u"deliveries"_s, ids}});
    }
    if (route == u"events" && request.method == "POST") {
        const qint64 storeId = storeFrom(body);
        SimStore &store = *m_data->store(storeId);
        const QString event = body[u"event"_s].toString();
        const int count = std::max(1, body[u"count"_s].toInt());
        QJsonArray ids;
        auto sent = [&ids](const QList<qint64> &list) {
            for (const qint64 id : list)
                ids.append(id);
        };
        for (int i = 0; i < count; ++i) {
            if (event == u"customer.created") {
                sent(emitEvent(storeId, event, m_data->newCustomer(store)));
            } else if (event == u"abandoned.cart") {
                // A new shopper's cart, or one of a shopper the store already has (customer_id).
                const qint64 customerId = body[u"customer_id"_s].toInteger();
                const QJsonObject customer = store.customers.contains(customerId) ? store.customers.value(customerId) : m_data->newCustomer(store);
                sent(emitEvent(storeId, event, m_data->newAbandonedCart(store, customer)));
            } else if (event == u"order.created") {
                sent(emitEvent(storeId, event, m_data->newOrder(store, m_data->newCustomer(store), body[u"coupon"_s].toString())));
            } else if (event == u"order.status.updated") {
                const QList<qint64> keys = store.orders.keys();
                if (keys.isEmpty())
                    return sallaError(409, u"conflict"_s, u"the store has no order to move on"_s);
                if (auto data = m_data->advanceOrder(store, keys.constLast()))
                    sent(emitEvent(storeId, event, *data));
            } else if (event == u"order.cancelled" || event == u"order.refunded") {
                // The order named by order_id, or the newest.
                const QList<qint64> keys = store.orders.keys();
                const qint64 orderId = body.contains(u"order_id"_s) ? body[u"order_id"_s].toInteger() : keys.value(keys.size() - 1);
                auto data = m_data->endOrder(store, orderId, event == u"order.refunded");
                if (!data)
                    return sallaError(404, u"not_found"_s, u"the store has no order %1"_s.arg(orderId));
                sent(emitEvent(storeId, event, *data));
            } else if (event == u"abandoned.cart.purchased") {
                // The shopper comes back and pays: Salla says the cart was bought, and
                // the order it became arrives as order.created.
                const QList<qint64> keys = store.carts.keys();
                const qint64 cartId = body.contains(u"cart_id"_s) ? body[u"cart_id"_s].toInteger() : keys.value(keys.size() - 1);
                if (!store.carts.contains(cartId))
                    return sallaError(404, u"not_found"_s, u"the store has no cart %1"_s.arg(cartId));
                QJsonObject cart = store.carts.value(cartId);
                cart[u"status"_s] = u"purchased"_s;
                store.carts.insert(cartId, cart);
                const auto plain = [](const QJsonValue &money) { return money.isObject() ? money[u"amount"_s] : money; };
                sent(emitEvent(storeId, event, QJsonObject{{u"id"_s, cartId}, {u"status"_s, u"purchased"_s}, {u"currency"_s, u"SAR"_s},
                                                           {u"total"_s, plain(cart[u"total"_s])}, {u"subtotal"_s, plain(cart[u"subtotal"_s])},
                                                           {u"total_discount"_s, plain(cart[u"total_discount"_s])}}));
                const QJsonObject customer = store.customers.value(cart[u"customer"_s][u"id"_s].toInteger());
                if (!customer.isEmpty())
                    sent(emitEvent(storeId, u"order.created"_s, m_data->newOrder(store, customer, body[u"coupon"_s].toString())));
            } else if (event == u"coupon.applied") {
                auto data = m_data->applyCoupon(store, m_data->newCustomer(store));
                if (!data)
                    return sallaError(409, u"conflict"_s, u"the store has no coupon to apply"_s);
                sent(emitEvent(storeId, event, *data));
            } else if (event == u"app.settings.updated") {
                sent(emitEvent(storeId, event, m_data->appSettingsUpdated()));
            } else if (event == u"app.installed" || event == u"app.store.authorize") {
                return ok(install(storeId));
            } else if (event == u"app.uninstalled") {
                sent(emitEvent(storeId, event, m_data->appUninstalled()));
            } else {
                return sallaError(422, u"error"_s, u"unknown event "_s + event);
            }
        }
        return ok({{u"deliveries"_s, ids}});
    }
    if (route == u"tick" && request.method == "POST") {
        QJsonArray events;
        for (int i = 0; i < std::max(1, body[u"steps"_s].toInt()); ++i) {
            for (const QString &event : step())
                events.append(event);
        }
        return ok({{u"events"_s, events}});
    }
    return sallaError(404, u"not_found"_s, u"no simulator control at /_sim/"_s + route);
}

SimResponse SallaSimulator::dashboardCoupons(const SimRequest &request)
{
    // The merchant on Salla's own dashboard: Salla sends no coupon webhooks, so what is
    // done here reaches an app only through its next listing of GET /admin/v2/coupons.
    //   GET    /_sim/stores/{store}/coupons       every coupon, newest first, no paging
    //   POST   /_sim/stores/{store}/coupons       create, with the API's rules
    //   PUT    /_sim/stores/{store}/coupons/{id}  edit: request-named fields, shape only
    //   DELETE /_sim/stores/{store}/coupons/{id}  remove
    SimStore *store = m_data->store(request.segments.value(2).toLongLong());
    if (!store)
        return sallaError(404, u"not_found"_s, u"no store "_s + request.segments.value(2));
    auto ok = [](const QJsonObject &object) { return SimResponse::json(200, object); };
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonObject body = document.object();
    if ((request.method == "POST" || request.method == "PUT") && !document.isObject())
        return sallaError(400, u"bad_request"_s, u"Invalid JSON body"_s);
    auto refused = [](const QJsonObject &fields) { return sallaError(422, u"error"_s, u"alert.invalid_fields"_s, fields); };

    if (request.segments.size() == 4) {
        if (request.method == "GET") {
            // Ids grow with time, so the reversed map is newest first, as the API lists.
            QJsonArray coupons;
            for (auto it = store->coupons.cend(); it != store->coupons.cbegin();)
                coupons.append(*--it);
            return ok({{u"store_id"_s, store->id}, {u"count"_s, coupons.size()}, {u"coupons"_s, coupons}});
        }
        if (request.method == "POST") {
            const QJsonObject fields = m_coupons->problems(*store, body, nullptr);
            return fields.isEmpty() ? ok({{u"coupon"_s, m_coupons->create(*store, body)}}) : refused(fields);
        }
    }
    const qint64 id = request.segments.value(4).toLongLong();
    if (request.segments.size() != 5 || !store->coupons.contains(id))
        return sallaError(404, u"not_found"_s, u"no coupon "_s + request.segments.value(4));
    if (request.method == "PUT") {
        const QJsonObject existing = store->coupons.value(id);
        const QJsonObject fields = m_coupons->problems(*store, body, &existing, SimCoupons::Checks::ShapeOnly);
        return fields.isEmpty() ? ok({{u"coupon"_s, m_coupons->update(*store, id, body)}}) : refused(fields);
    }
    if (request.method == "DELETE") {
        store->coupons.remove(id);
        return ok({{u"deleted"_s, id}});
    }
    return sallaError(405, u"method_not_allowed"_s, u"not a dashboard action"_s);
}

} // namespace nomo::sim
