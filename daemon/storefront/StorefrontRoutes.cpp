#include "storefront/StorefrontRoutes.h"

#include "http/ClientAddress.h"
#include "http/HttpErrors.h"
#include "http/Routes.h"
#include "jobs/Subscriptions.h"
#include "logging/Logging.h"
#include "messages/MessageContextBuilder.h"
#include "repositories/FeatureRepository.h"
#include "repositories/MerchantRepository.h"
#include "repositories/SubscriberRepository.h"
#include "storefront/StoreOrigins.h"

#include <QHttpServerRequest>
#include <QSqlDatabase>

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
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse fieldProblem(const QString &field, const QString &key, const QString &what, const QString &origin)
{
    return withCors(errorResponse(http::fieldError(ErrorCode::InvalidArgument, key, field, what)), origin);
}
} // namespace

StorefrontRoutes::StorefrontRoutes(QString connectionName, const Subscriptions &subscriptions, QStringList extraOrigins, JsonLimits limits,
                                   const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
    , m_subscriptions(subscriptions)
    , m_extraOrigins(std::move(extraOrigins))
    , m_limits(limits)
    , m_clock(clock)
{
}

void StorefrontRoutes::install(http::Routes &routes)
{
    using http::Access;
    // The store an address names, installed, and the origins its pages come from.
    struct Store
    {
        qint64 id = 0;
        StoreOrigins origins{QString(), {}};
    };
    const auto storeOf = [this](const QString &arg) -> std::optional<Store> {
        bool ok = false;
        const qint64 id = arg.toLongLong(&ok);
        if (!ok || id <= 0)
            return std::nullopt;
        auto merchant = MerchantRepository(QSqlDatabase::database(m_connection, false), m_clock).find(id);
        if (!merchant || !*merchant || (*merchant)->status == Merchant::Status::Uninstalled)
            return std::nullopt;
        return Store{id, StoreOrigins(MessageContextBuilder::storeUrl((*merchant)->domain, (*merchant)->username), m_extraOrigins)};
    };

    routes.add({"OPTIONS", u"/s/{store}/subscribe"_s, Access::Public, false, u"The email collector's CORS preflight"_s},
               [storeOf](const http::RequestContext &context) {
                   const QString origin = QString::fromUtf8(context.request.value("Origin"));
                   const auto store = storeOf(context.args.value(0));
                   if (!store || !store->origins.allows(origin))
                       return errorResponse(StatusCode::Forbidden, u"origin_refused"_s, u"this origin is not the store's"_s);
                   QHttpServerResponse response(StatusCode::NoContent);
                   response.setHeader("Access-Control-Allow-Methods", "POST");
                   response.setHeader("Access-Control-Allow-Headers", "Content-Type");
                   response.setHeader("Access-Control-Max-Age", "600");
                   return withCors(std::move(response), origin);
               });
    routes.add({"POST", u"/s/{store}/subscribe"_s, Access::Public, false, u"The email collector: a shopper joins the store's list"_s},
               [this, storeOf](const http::RequestContext &context) {
                   const QString origin = QString::fromUtf8(context.request.value("Origin"));
                   const auto store = storeOf(context.args.value(0));
                   if (!store)
                       return errorResponse(StatusCode::NotFound, u"not_found"_s, u"no such store"_s);
                   // A browser always sends Origin on a cross-site POST; one from elsewhere is refused.
                   if (!store->origins.allows(origin))
                       return errorResponse(StatusCode::Forbidden, u"origin_refused"_s, u"this origin is not the store's"_s);
                   const QString client = http::requestClientText(context.request);
                   if (!m_perAddress.take(client) || !m_perStore.take(QString::number(store->id))) {
                       QHttpServerResponse limited = errorResponse(StatusCode::TooManyRequests, u"rate_limited"_s, u"too many sign-ups"_s);
                       limited.setHeader("Retry-After", "60");
                       return withCors(std::move(limited), origin);
                   }
                   const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
                   const TenantContext tenant(store->id);
                   auto collector = FeatureRepository(db, tenant, m_clock).get(u"email_collector"_s);
                   if (!collector)
                       return withCors(errorResponse(collector.error()), origin);
                   if (!collector->enabled)
                       return withCors(errorResponse(StatusCode::Forbidden, u"collector_off"_s, u"the store's email collector is off"_s), origin);
                   auto body = parseJsonObject(context.request.body(), m_limits);
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
                   EmailSubscriber subscriber;
                   subscriber.email = body->value(u"email"_s).toString();
                   subscriber.name = body->value(u"name"_s).toString().left(120);
                   subscriber.language = body->value(u"language"_s).toString() == u"en" ? u"en"_s : u"ar"_s;
                   subscriber.source = u"storefront_form"_s;
                   const QString page = body->value(u"page"_s).toString().left(300);
                   auto joined = SubscriberRepository(db, tenant, m_clock)
                                     .join(subscriber, page.isEmpty() ? wording : wording + u" [" + page + u']',
                                           m_subscriptions.of(QString::fromUtf16(domain_events::kSubscriberCreated)));
                   if (!joined) {
                       if (joined.error().code == ErrorCode::InvalidArgument)
                           return fieldProblem(u"email"_s, u"subscribe.email"_s, u"an email address"_s, origin);
                       return withCors(errorResponse(joined.error()), origin);
                   }
                   if (joined->created)
                       qCInfo(lcMessages) << "store" << store->id << "has a new subscriber" << joined->id;
                   // Nothing told about the list (new or known): the same answer.
                   return withCors(QHttpServerResponse(StatusCode::Accepted), origin);
               });
}

} // namespace nomo
