#include "storefront/StorefrontRoutes.h"

#include "storefront/StorefrontHoldout.h"

#include "core/Metrics.h"
#include "db/Database.h"
#include "features/FeatureSchema.h"
#include "http/ClientAddress.h"
#include "http/HttpErrors.h"
#include "http/Routes.h"
#include "jobs/Subscriptions.h"
#include "logging/Logging.h"
#include "repositories/ConsentRepository.h"
#include "repositories/FeatureRepository.h"
#include "repositories/SubscriberRepository.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
using StatusCode = QHttpServerResponse::StatusCode;

QHttpServerResponse withCors(QHttpServerResponse response, const QString &origin)
{
    if (!origin.isEmpty()) {
        response.setHeader("Access-Control-Allow-Origin", origin.toUtf8());
        response.setHeader("Vary", "Origin");
    }
    if (!response.hasHeader("Cache-Control"))
        response.setHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse fieldProblem(const QString &field, const QString &key, const QString &what, const QString &origin)
{
    return withCors(errorResponse(http::fieldError(ErrorCode::InvalidArgument, key, field, what)), origin);
}

QHttpServerResponse json(const QJsonObject &body, const QString &origin, const QByteArray &cacheControl)
{
    QHttpServerResponse response("application/json", QJsonDocument(body).toJson(QJsonDocument::Compact));
    response.setHeader("Cache-Control", cacheControl);
    return withCors(std::move(response), origin);
}

QHttpServerResponse toolOff(const QString &tool, const QString &origin)
{
    return withCors(errorResponse(StatusCode::Forbidden, u"tool_off"_s, u"the store's %1 is off"_s.arg(tool)), origin);
}

std::function<bool(const PublicStore &)> isOn(const QString &tool)
{
    return [tool](const PublicStore &store) { return store.on(tool); };
}

QString originOf(const QHttpServerRequest &request)
{
    return QString::fromUtf8(request.value("Origin"));
}

} // namespace

QHttpServerResponse StorefrontRoutes::rateLimited(const QString &what, const QString &origin)
{
    QHttpServerResponse response = errorResponse(StatusCode::TooManyRequests, u"rate_limited"_s, what);
    response.setHeader("Retry-After", "60");
    return withCors(std::move(response), origin);
}

QHttpServerResponse StorefrontRoutes::scriptResponse(const QByteArray &body, const QHttpServerRequest &request, const QByteArray &cacheControl)
{
    const QByteArray etag = WidgetScripts::etagOf(body);
    if (request.value("If-None-Match") == etag) {
        QHttpServerResponse unchanged(StatusCode::NotModified);
        unchanged.setHeader("ETag", etag);
        unchanged.setHeader("Cache-Control", cacheControl);
        return unchanged;
    }
    // Every browser takes "deflate" (a zlib stream, RFC 9110 §8.4.1.2): what qCompress
    // writes after its four bytes of length. The budgets are for what travels.
    const bool deflate = request.value("Accept-Encoding").contains("deflate");
    QHttpServerResponse response("text/javascript; charset=utf-8", deflate ? qCompress(body, 9).mid(4) : body);
    if (deflate)
        response.setHeader("Content-Encoding", "deflate");
    response.setHeader("Vary", "Accept-Encoding");
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", cacheControl);
    response.setHeader("X-Content-Type-Options", "nosniff");
    // A page may measure what our scripts cost it (Resource Timing), as it can its own.
    response.setHeader("Timing-Allow-Origin", "*");
    return response;
}
std::optional<QHttpServerResponse> StorefrontRoutes::refusePage(const QString &storeArg, const QString &origin,
                                                               const std::function<bool(const PublicStore &)> &toolOn,
                                                               const QString &tool, std::shared_ptr<const PublicStore> *store)
{
    *store = m_stores.find(storeArg);
    if (!*store)
        return errorResponse(StatusCode::NotFound, u"not_found"_s, u"no such store"_s);
    // A browser always sends Origin on these calls; a page elsewhere, or none, is refused.
    if (!(*store)->origins.allows(origin))
        return errorResponse(StatusCode::Forbidden, u"origin_refused"_s, u"this origin is not the store's"_s);
    if (!toolOn(**store))
        return toolOff(tool, origin);
    return std::nullopt;
}

StorefrontRoutes::StorefrontRoutes(QString connectionName, const Subscriptions &subscriptions, Settings settings, const Clock &clock,
                                   QObject *parent)
    : QObject(parent)
    , m_connection(connectionName)
    , m_subscriptions(subscriptions)
    , m_settings(std::move(settings))
    , m_clock(clock)
    , m_stores(connectionName, m_settings.extraOrigins, clock, m_settings.settingsRefreshMs)
    , m_visitorIds(connectionName, clock)
    , m_sink(m_settings.beaconDatabase ? std::make_unique<BeaconSink>(*m_settings.beaconDatabase, m_settings.busyTimeoutMs, clock)
                                       : std::make_unique<BeaconSink>(connectionName, clock))
    , m_live(connectionName, clock)
    , m_purchases(connectionName, clock, m_settings.settingsRefreshMs)
    , m_beaconsPerStore(RateLimiter::Rule{std::max(1, m_settings.beaconsPerMinutePerStore), 60 * 1000})
{
}

void StorefrontRoutes::install(http::Routes &routes)
{
    installScripts(routes);
    installVisits(routes);
    installSubscribe(routes);
    installConfirm(routes);
    installPush(routes);
}

void StorefrontRoutes::installScripts(http::Routes &routes)
{
    using http::Access;
    routes.add({"GET", u"/s/{store}/widget.js"_s, Access::Public, false, u"The store's storefront loader (the App Snippet loads it)"_s},
               [this](const http::RequestContext &context) {
                   const auto store = m_stores.find(context.args.value(0));
                   if (!store)
                       return errorResponse(StatusCode::NotFound, u"not_found"_s, u"no such store"_s);
                   // A minute: a merchant's change reaches shoppers within it; a 304 otherwise.
                   // Private: the loader leaves out the tools whose control group holds
                   // this visitor, so no shared cache may hand it to another.
                   const auto holdout = StorefrontHoldout::of(*store, http::requestClientText(context.request),
                                                              context.request.value("User-Agent"));
                   return scriptResponse(m_scripts.loaderFor(*store, holdout), context.request, "private, max-age=60");
               });
    routes.add({"GET", u"/s/w/{file}"_s, Access::Public, false, u"One storefront module, named by its content's hash"_s},
               [this](const http::RequestContext &context) {
                   const auto module = m_scripts.module(context.args.value(0));
                   if (!module)
                       return errorResponse(StatusCode::NotFound, u"not_found"_s, u"no such module"_s);
                   return scriptResponse(*module, context.request, "public, max-age=31536000, immutable");
               });
}

void StorefrontRoutes::installVisits(http::Routes &routes)
{
    using http::Access;
    routes.add({"POST", u"/s/{store}/collect"_s, Access::Public, false, u"Visits: page views, events and pings from a storefront page"_s},
               [this](const http::RequestContext &context) {
                   const QHttpServerRequest &request = context.request;
                   const QString origin = originOf(request);
                   std::shared_ptr<const PublicStore> store;
                   if (auto refused = refusePage(context.args.value(0), origin, &PublicStore::countsVisits, u"visitor data"_s, &store))
                       return std::move(*refused);
                   if (!m_beaconsPerStore.take(QString::number(store->id)))
                       return rateLimited(u"too many visits to this store"_s, origin);
                   auto beacon = Beacon::read(request.body());
                   if (!beacon)
                       return withCors(errorResponse(beacon.error()), origin);
                   Metrics &metrics = Metrics::instance();
                   const QByteArray userAgent = request.value("User-Agent");
                   if (isAutomatedVisit(userAgent, request.value("Purpose"), request.value("Sec-Purpose"))) {
                       metrics.add(u"nomo_storefront_beacons_total"_s, u"Storefront beacons by what became of them"_s,
                                   {{u"outcome"_s, u"automated"_s}});
                       return withCors(QHttpServerResponse(StatusCode::Accepted), origin);
                   }
                   auto visitor = m_visitorIds.idFor(store->id, http::requestClientText(request).toUtf8(), userAgent);
                   if (!visitor)
                       return withCors(errorResponse(visitor.error()), origin);
                   BeaconSink::Visit visit;
                   visit.store = store->id;
                   visit.visitorId = *visitor;
                   visit.device = deviceClassOf(userAgent);
                   visit.keepViews = store->on(u"visitor_data"_s)
                       && store->tools.value(u"visitor_data"_s).value(u"track_page_views"_s).toBool(true);
                   // The visit's groups, as the loader drew them for this visitor.
                   const auto holdout = StorefrontHoldout::of(*store, http::requestClientText(request), userAgent);
                   visit.toolsOn = holdout.on;
                   visit.heldBack = holdout.held;
                   visit.beacon = std::move(*beacon);
                   visit.at = m_clock.nowUtc();
                   if (!m_sink->accept(std::move(visit))) {
                       QHttpServerResponse busy = errorResponse(StatusCode::ServiceUnavailable, u"unavailable"_s, u"visits are not being stored now"_s);
                       busy.setHeader("Retry-After", "5");
                       return withCors(std::move(busy), origin);
                   }
                   return withCors(QHttpServerResponse(StatusCode::Accepted), origin);
               });
    routes.add({"GET", u"/s/{store}/live"_s, Access::Public, false, u"How many people are on the store, and on one product, now"_s},
               [this](const http::RequestContext &context) {
                   const QString origin = originOf(context.request);
                   std::shared_ptr<const PublicStore> store;
                   if (auto refused = refusePage(context.args.value(0), origin, isOn(u"visitor_counter"_s), u"visitor counter"_s, &store))
                       return std::move(*refused);
                   std::optional<qint64> product;
                   const QUrlQuery query(context.request.url());
                   if (query.hasQueryItem(u"product"_s)) {
                       bool ok = false;
                       const qint64 id = query.queryItemValue(u"product"_s).toLongLong(&ok);
                       if (!ok || id <= 0)
                           return fieldProblem(u"product"_s, u"live.product"_s, u"a product id (a positive integer)"_s, origin);
                       product = id;
                   }
                   auto count = m_live.count(store->id, product);
                   if (!count)
                       return withCors(errorResponse(count.error()), origin);
                   // What the counter would show, nothing finer: below the minimum it hides.
                   const qint64 minimum = store->tools.value(u"visitor_counter"_s).value(u"minimum_visitors"_s).toInteger(1);
                   const auto shown = [minimum](qint64 n) { return n >= minimum ? n : 0; };
                   QJsonObject body{{u"store"_s, shown(count->store)}};
                   if (count->product)
                       body.insert(u"product"_s, shown(*count->product));
                   return json(body, origin, "no-store");
               });
    routes.add({"GET", u"/s/{store}/recent-purchases"_s, Access::Public, false, u"The latest-purchase toast's recent orders"_s},
               [this](const http::RequestContext &context) {
                   const QString origin = originOf(context.request);
                   std::shared_ptr<const PublicStore> store;
                   if (auto refused = refusePage(context.args.value(0), origin, isOn(u"latest_purchase"_s), u"latest-purchase toast"_s, &store))
                       return std::move(*refused);
                   const QJsonObject settings = store->tools.value(u"latest_purchase"_s);
                   auto purchases = m_purchases.latest(store->id, static_cast<int>(settings.value(u"max_age_hours"_s).toInteger(48)),
                                                       !settings.value(u"hide_names"_s).toBool(true));
                   if (!purchases)
                       return withCors(errorResponse(purchases.error()), origin);
                   return json({{u"purchases"_s, RecentPurchases::toJson(*purchases, m_clock.nowUtc())}}, origin, "public, max-age=30");
               });
}

void StorefrontRoutes::installSubscribe(http::Routes &routes)
{
    using http::Access;
    routes.add({"OPTIONS", u"/s/{store}/subscribe"_s, Access::Public, false, u"The email collector's CORS preflight"_s},
               [this](const http::RequestContext &context) {
                   const QString origin = originOf(context.request);
                   const auto store = m_stores.find(context.args.value(0));
                   if (!store || !store->origins.allows(origin))
                       return errorResponse(StatusCode::Forbidden, u"origin_refused"_s, u"this origin is not the store's"_s);
                   QHttpServerResponse response(StatusCode::NoContent);
                   response.setHeader("Access-Control-Allow-Methods", "POST");
                   response.setHeader("Access-Control-Allow-Headers", "Content-Type");
                   response.setHeader("Access-Control-Max-Age", "600");
                   return withCors(std::move(response), origin);
               });
    routes.add({"POST", u"/s/{store}/subscribe"_s, Access::Public, false, u"The email collector: a shopper joins the store's list"_s},
               [this](const http::RequestContext &context) {
                   const QString origin = originOf(context.request);
                   const auto store = m_stores.find(context.args.value(0));
                   if (!store)
                       return errorResponse(StatusCode::NotFound, u"not_found"_s, u"no such store"_s);
                   // A browser always sends Origin on a cross-site POST; one from elsewhere is refused.
                   if (!store->origins.allows(origin))
                       return errorResponse(StatusCode::Forbidden, u"origin_refused"_s, u"this origin is not the store's"_s);
                   const QString client = http::requestClientText(context.request);
                   if (!m_perAddress.take(client) || !m_perStore.take(QString::number(store->id)))
                       return rateLimited(u"too many sign-ups"_s, origin);
                   const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
                   const TenantContext tenant(store->id);
                   // Read now, not from the store's kept facts: a collector switched off
                   // takes no more sign-ups from this second on.
                   auto collector = FeatureRepository(db, tenant, m_clock).get(u"email_collector"_s);
                   if (!collector)
                       return withCors(errorResponse(collector.error()), origin);
                   if (!collector->enabled)
                       return withCors(errorResponse(StatusCode::Forbidden, u"collector_off"_s, u"the store's email collector is off"_s), origin);
                   auto body = parseJsonObject(context.request.body(), m_settings.limits);
                   if (!body)
                       return withCors(errorResponse(body.error()), origin);
                   // A bot fills every field: the honeypot answers as a success and keeps nothing.
                   if (!body->value(u"website"_s).toString().isEmpty())
                       return withCors(QHttpServerResponse(StatusCode::Accepted), origin);
                   if (body->value(u"consent"_s) != QJsonValue(true))
                       return fieldProblem(u"consent"_s, u"subscribe.consent"_s, u"the shopper must agree (PDPL)"_s, origin);
                   const QString wording = body->value(u"wording"_s).toString().trimmed();
                   if (wording.isEmpty() || wording.size() > 500)
                       return fieldProblem(u"wording"_s, u"subscribe.wording"_s, u"the words the shopper agreed to, 1 to 500 characters"_s, origin);
                   // The optional mobile number, for the SMS and WhatsApp the store sends: its own consent.
                   const QString phoneText = body->value(u"phone"_s).toString().trimmed();
                   QString mobile, phoneWording;
                   QJsonArray phoneChannels;
                   if (!phoneText.isEmpty()) {
                       phoneChannels = store->tools.value(u"email_collector"_s).value(u"phone_channels"_s).toArray();
                       if (phoneChannels.isEmpty())
                           return fieldProblem(u"phone"_s, u"subscribe.phone"_s, u"this store sends no SMS or WhatsApp"_s, origin);
                       mobile = ConsentRepository::normalize(u"sms"_s, phoneText);
                       if (phoneText.size() > 20 || mobile.size() != 12 || !mobile.startsWith(u"9665"_s))
                           return fieldProblem(u"phone"_s, u"subscribe.phone"_s, u"a Saudi mobile number (05xxxxxxxx)"_s, origin);
                       if (body->value(u"phone_consent"_s) != QJsonValue(true))
                           return fieldProblem(u"phone_consent"_s, u"subscribe.phone_consent"_s,
                                               u"the shopper must agree to messages on the number (PDPL)"_s, origin);
                       phoneWording = body->value(u"phone_wording"_s).toString().trimmed();
                       if (phoneWording.isEmpty() || phoneWording.size() > 500)
                           return fieldProblem(u"phone_wording"_s, u"subscribe.phone_wording"_s,
                                               u"the words the shopper agreed to for the number, 1 to 500 characters"_s, origin);
                   }
                   EmailSubscriber subscriber;
                   subscriber.email = body->value(u"email"_s).toString();
                   subscriber.name = body->value(u"name"_s).toString().left(120);
                   subscriber.language = body->value(u"language"_s).toString() == u"en" ? u"en"_s : u"ar"_s;
                   subscriber.source = u"storefront_form"_s;
                   const QString page = body->value(u"page"_s).toString().left(300);
                   const QString agreed = page.isEmpty() ? wording : wording + u" [" + page + u']';
                   if (featureSchema(u"email_collector"_s)->withDefaults(collector->settings).value(u"double_opt_in"_s).toBool()) {
                       // Nobody joins before they confirm from their inbox; the same answer either way.
                       QStringList channels;
                       for (const QJsonValue &channel : std::as_const(phoneChannels))
                           channels.append(channel.toString());
                       const SubscriberConfirmationRepository::SignUp signUp{
                           subscriber, agreed, mobile, channels, mobile.isEmpty() || page.isEmpty() ? phoneWording : phoneWording + u" ["_s + page + u']'};
                       if (auto requested = requestConfirmation(db, store->id, signUp); !requested) {
                           if (requested.error().code == ErrorCode::InvalidArgument)
                               return fieldProblem(u"email"_s, u"subscribe.email"_s, u"an email address"_s, origin);
                           return withCors(errorResponse(requested.error()), origin);
                       }
                       return withCors(QHttpServerResponse(StatusCode::Accepted), origin);
                   }
                   // The address and the number together, or neither.
                   auto transaction = db::Transaction::begin(db);
                   if (!transaction)
                       return withCors(errorResponse(transaction.error()), origin);
                   auto joined = SubscriberRepository(db, tenant, m_clock)
                                     .join(subscriber, agreed,
                                           m_subscriptions.of(QString::fromUtf16(domain_events::kSubscriberCreated)));
                   if (!joined) {
                       if (joined.error().code == ErrorCode::InvalidArgument)
                           return fieldProblem(u"email"_s, u"subscribe.email"_s, u"an email address"_s, origin);
                       return withCors(errorResponse(joined.error()), origin);
                   }
                   for (const QJsonValue &channel : std::as_const(phoneChannels))
                       if (auto consented = ConsentRepository(db, tenant, m_clock)
                                                .set(channel.toString(), mobile, true, u"storefront_form"_s,
                                                     page.isEmpty() ? phoneWording : phoneWording + u" ["_s + page + u']');
                           !consented)
                           return withCors(errorResponse(consented.error()), origin);
                   if (auto done = transaction->commit(); !done)
                       return withCors(errorResponse(done.error()), origin);
                   if (joined->created)
                       qCInfo(lcStorefront) << "store" << store->id << "has a new subscriber" << joined->id;
                   // Nothing told about the list (new or known): the same answer.
                   return withCors(QHttpServerResponse(StatusCode::Accepted), origin);
               });
}

} // namespace nomo
