// StorefrontRoutes' push opt-in (its own file: the page, its script, the service
// worker and the subscription call belong together and apart from the visits).
#include "storefront/StorefrontRoutes.h"

#include "db/Database.h"
#include "http/ClientAddress.h"
#include "http/HtmlPage.h"
#include "http/HttpErrors.h"
#include "http/Routes.h"
#include "logging/Logging.h"
#include "repositories/ConsentRepository.h"
#include "repositories/CustomerRepository.h"
#include "storefront/PushOptIn.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
using StatusCode = QHttpServerResponse::StatusCode;

QHttpServerResponse optInPage(const QByteArray &html, StatusCode status = StatusCode::Ok)
{
    QHttpServerResponse response = http::htmlPage(html, status);
    response.setHeader("Content-Security-Policy", PushOptIn::contentSecurityPolicy());
    return response;
}

QHttpServerResponse notOffered(bool arabic)
{
    return optInPage(http::pageDocument(arabic, arabic ? u"الإشعارات غير متاحة"_s : u"Notifications are not available"_s,
                                        arabic ? u"<p>هذا المتجر لا يرسل إشعارات الآن.</p>"_s
                                               : u"<p>This store does not send notifications now.</p>"_s),
                     StatusCode::NotFound);
}

// The subscription call comes from our own page: the browser says so (Sec-Fetch-Site),
// or its Origin is the address it reached us at.
bool fromOurOwnPage(const QHttpServerRequest &request)
{
    const QByteArray site = request.value("Sec-Fetch-Site");
    if (!site.isEmpty())
        return site == "same-origin";
    const QUrl origin(QString::fromUtf8(request.value("Origin")));
    if (!origin.isValid() || origin.host().isEmpty())
        return false;
    const QString authority = origin.port() < 0 ? origin.host() : origin.host() + u':' + QString::number(origin.port());
    return authority.compare(QString::fromUtf8(request.value("Host")), Qt::CaseInsensitive) == 0;
}
} // namespace

void StorefrontRoutes::installPush(http::Routes &routes)
{
    using http::Access;
    routes.add({"GET", u"/s/{store}/push"_s, Access::Public, false, u"The push opt-in page a shopper opens from the store"_s},
               [this](const http::RequestContext &context) {
                   const QUrlQuery query(context.request.url());
                   const bool arabic = query.queryItemValue(u"lang"_s) != u"en";
                   const auto store = m_stores.find(context.args.value(0));
                   if (!store || !store->pushOn)
                       return notOffered(arabic);
                   const QString key = m_settings.vapidPublicKey ? m_settings.vapidPublicKey() : QString();
                   if (key.isEmpty()) {
                       QHttpServerResponse busy = optInPage(http::pageDocument(arabic, arabic ? u"حاول بعد قليل"_s : u"Try again shortly"_s, {}),
                                                            StatusCode::ServiceUnavailable);
                       busy.setHeader("Retry-After", "30");
                       return busy;
                   }
                   std::optional<qint64> customer;
                   if (const qint64 id = query.queryItemValue(u"customer"_s).toLongLong(); id > 0)
                       customer = id;
                   return optInPage(PushOptIn::page(*store, arabic, key, customer));
               });
    routes.add({"GET", u"/s/push-page.js"_s, Access::Public, false, u"The push opt-in page's script"_s},
               [this](const http::RequestContext &context) { return scriptResponse(m_scripts.pushPage(), context.request, "public, max-age=3600"); });
    // A browser checks its worker for an update on every navigation in scope; no-cache
    // makes that a 304 when nothing changed.
    routes.add({"GET", u"/s/push-sw.js"_s, Access::Public, false, u"The service worker that shows a store's push notifications"_s},
               [this](const http::RequestContext &context) { return scriptResponse(m_scripts.serviceWorker(), context.request, "no-cache"); });
    routes.add({"POST", u"/s/{store}/push"_s, Access::Public, false, u"The push opt-in page's subscription, with the shopper's consent"_s},
               [this](const http::RequestContext &context) {
                   const auto store = m_stores.find(context.args.value(0));
                   if (!store)
                       return errorResponse(StatusCode::NotFound, u"not_found"_s, u"no such store"_s);
                   if (!fromOurOwnPage(context.request))
                       return errorResponse(StatusCode::Forbidden, u"origin_refused"_s, u"only the opt-in page may subscribe"_s);
                   if (!store->pushOn)
                       return errorResponse(StatusCode::Forbidden, u"tool_off"_s, u"the store's push notifications are off"_s);
                   auto body = parseJsonObject(context.request.body(), m_settings.limits);
                   if (!body)
                       return errorResponse(body.error());
                   auto optIn = PushOptIn::read(*body);
                   if (!optIn)
                       return errorResponse(optIn.error());
                   // What would be kept is limited; a refusal costs no write (the pipeline limits those).
                   if (!m_pushPerAddress.take(http::requestClientText(context.request)))
                       return rateLimited(u"too many subscriptions"_s, {});
                   const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
                   const TenantContext tenant(store->id);
                   // Salla's id from the page is a claim: linked only to a shopper this store has.
                   if (optIn->sallaCustomer) {
                       auto customer = CustomerRepository(db, tenant, m_clock).findBySallaId(*optIn->sallaCustomer);
                       if (!customer)
                           return errorResponse(customer.error());
                       if (*customer)
                           optIn->subscription.customerId = (*customer)->id;
                   }
                   auto transaction = db::Transaction::begin(db);
                   if (!transaction)
                       return errorResponse(transaction.error());
                   auto id = PushSubscriptionRepository(db, tenant, m_clock).save(optIn->subscription);
                   if (!id)
                       return errorResponse(id.error());
                   // The consent on record, under the subscription the messages are sent to.
                   if (auto consented = ConsentRepository(db, tenant, m_clock)
                                            .set(u"push"_s, QString::number(*id), true, u"storefront_push"_s, optIn->wording);
                       !consented)
                       return errorResponse(consented.error());
                   if (auto done = transaction->commit(); !done)
                       return errorResponse(done.error());
                   qCInfo(lcStorefront) << "store" << store->id << "has push subscription" << *id;
                   QHttpServerResponse created("application/json", QByteArrayLiteral("{\"subscribed\":true}"), StatusCode::Created);
                   created.setHeader("Cache-Control", "no-store");
                   return created;
               });
}

} // namespace nomo
