#pragma once

#include "core/Clock.h"
#include "http/RateLimiter.h"
#include "json/JsonReader.h"
#include "repositories/SubscriberConfirmationRepository.h"
#include "storefront/BeaconSink.h"
#include "storefront/LiveVisitors.h"
#include "storefront/RecentPurchases.h"
#include "storefront/StorefrontStores.h"
#include "storefront/VisitorIds.h"
#include "storefront/WidgetScripts.h"

#include <QHttpServerResponse>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QHttpServerRequest;

namespace nomo {

class Subscriptions;

namespace http {
class Routes;
}

// The storefront's public routes (issue "Storefront widgets end to end"), behind the
// pipeline's per-address limit. Those a page calls answer with CORS for the store's
// own origins (StoreOrigins) and refuse others; every one checks the store against
// installed stores (StorefrontStores) and says 403 when the tool it serves is off.
//   GET     /s/{store}/widget.js       the store's loader (WidgetScripts);
//   GET     /s/w/{file}                one module, by its content's hash;
//   POST    /s/{store}/collect         visits: page views, events, pings (Beacon) →
//           202 before the write (BeaconSink), bots and prefetches answered alike and
//           kept nowhere;
//   GET     /s/{store}/live            {"store": n, "product": m} now (LiveVisitors),
//           0 below the merchant's minimum, as the counter would show;
//   GET     /s/{store}/recent-purchases the toast's orders (RecentPurchases);
//   OPTIONS /s/{store}/subscribe       the browser's preflight;
//   POST    /s/{store}/subscribe       the email collector: {email, consent: true, wording,
//           language, page, name?, website (the honeypot: must stay empty)} → the
//           shopper joins the store's list with their consent and the words they saw
//           (SubscriberRepository::join), which starts the welcome. 202 whether new or
//           already there (nothing about the list is told), 422 with the field at
//           fault, and nothing stored on any refusal. With the collector's double opt-in
//           the sign-up waits instead (SubscriberConfirmationRepository) and a
//           confirmation email goes out, one a day per address;
//   GET     /c/{token}                 the confirmation email's page: one button (a GET
//           confirms nothing: mail scanners open links);
//   POST    /c/{token}                 that button: the shopper joins the list with the
//           consent they gave on the form, which starts the welcome;
//   GET     /s/{store}/push            the push opt-in page, on our own origin (PushOptIn),
//           with /s/push-page.js and the service worker /s/push-sw.js (scope /s/);
//   POST    /s/{store}/push            that page's subscription with the shopper's consent
//           → 201, the subscription kept (the same endpoint again updates it) and the
//           consent recorded under it; only from our own page, 422 with the field at fault.
class StorefrontRoutes : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QStringList extraOrigins;
        JsonLimits limits;
        int beaconsPerMinutePerStore = 60000;
        qint64 settingsRefreshMs = 10 * 1000;
        // The daemon's VAPID public key (base64url) for the push opt-in page; empty
        // when it cannot be had now (the page then says to try again shortly).
        std::function<QString()> vapidPublicKey = {};
        // Where beacons are written from a thread of their own (the daemon); none: on
        // `connectionName`, on this thread.
        std::optional<DatabaseUrl> beaconDatabase = {};
        int busyTimeoutMs = 5000;
    };
    StorefrontRoutes(QString connectionName, const Subscriptions &subscriptions, Settings settings, const Clock &clock,
                     QObject *parent = nullptr);
    void install(http::Routes &routes);

    BeaconSink &sink() { return *m_sink; }
    LiveVisitors &live() { return m_live; }

private:
    void installScripts(http::Routes &routes);
    void installVisits(http::Routes &routes);
    void installSubscribe(http::Routes &routes);
    void installPush(http::Routes &routes); // StorefrontPushRoutes.cpp
    void installConfirm(http::Routes &routes); // StorefrontConfirmRoutes.cpp
    // A double opt-in's sign-up kept and its confirmation email due, in one transaction.
    Status requestConfirmation(const QSqlDatabase &db, qint64 merchantId, const SubscriberConfirmationRepository::SignUp &signUp);
    static QHttpServerResponse scriptResponse(const QByteArray &body, const QHttpServerRequest &request, const QByteArray &cacheControl);
    static QHttpServerResponse rateLimited(const QString &what, const QString &origin);
    // Why a page's call for `storeArg` is not answered: no such store (404), another
    // origin (403), or the tool it serves off (403 tool_off). Nothing when it may be;
    // `store` is then the store.
    std::optional<QHttpServerResponse> refusePage(const QString &storeArg, const QString &origin,
                                                  const std::function<bool(const PublicStore &)> &toolOn, const QString &tool,
                                                  std::shared_ptr<const PublicStore> *store);

    QString m_connection;
    const Subscriptions &m_subscriptions;
    Settings m_settings;
    const Clock &m_clock;
    StorefrontStores m_stores;
    VisitorIds m_visitorIds;
    std::unique_ptr<BeaconSink> m_sink;
    LiveVisitors m_live;
    RecentPurchases m_purchases;
    WidgetScripts m_scripts;
    RateLimiter m_beaconsPerStore;
    RateLimiter m_perAddress{RateLimiter::Rule{10, 10 * 60 * 1000}}; // sign-ups from one address
    RateLimiter m_perStore{RateLimiter::Rule{600, 60 * 1000}};       // sign-ups to one store
    RateLimiter m_pushPerAddress{RateLimiter::Rule{10, 10 * 60 * 1000}}; // push opt-ins from one address
};

} // namespace nomo
