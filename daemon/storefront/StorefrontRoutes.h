#pragma once

#include "core/Clock.h"
#include "http/RateLimiter.h"
#include "json/JsonReader.h"

#include <QObject>
#include <QStringList>

namespace nomo {

class Subscriptions;

namespace http {
class Routes;
}

// The storefront's public routes (issue "Storefront widgets end to end"), behind the
// pipeline's per-address limit, each answering with CORS for the store's own origins
// (StoreOrigins) and refusing others, the store checked against installed stores.
// The first of them:
//   OPTIONS /s/{store}/subscribe   the browser's preflight;
//   POST    /s/{store}/subscribe   the email collector: {email, consent: true, wording,
//           language, page, name?, website (the honeypot: must stay empty)} → the
//           shopper joins the store's list with their consent and the words they saw
//           (SubscriberRepository::join), which starts the welcome. 202 whether new or
//           already there (nothing about the list is told), 422 with the field at
//           fault, 403 when the collector is off, and nothing stored on any refusal.
class StorefrontRoutes : public QObject
{
    Q_OBJECT

public:
    StorefrontRoutes(QString connectionName, const Subscriptions &subscriptions, QStringList extraOrigins, JsonLimits limits,
                     const Clock &clock, QObject *parent = nullptr);
    void install(http::Routes &routes);

private:
    QString m_connection;
    const Subscriptions &m_subscriptions;
    QStringList m_extraOrigins;
    JsonLimits m_limits;
    const Clock &m_clock;
    RateLimiter m_perAddress{RateLimiter::Rule{10, 10 * 60 * 1000}}; // sign-ups from one address
    RateLimiter m_perStore{RateLimiter::Rule{600, 60 * 1000}};       // sign-ups to one store
};

} // namespace nomo
