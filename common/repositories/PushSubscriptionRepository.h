#pragma once

#include "repositories/TenantRepository.h"

#include <QList>

namespace nomo {

// A browser's push subscription (0015_push.sql).
struct PushSubscription
{
    qint64 id = 0;
    QString endpoint;
    QString p256dh; // base64url
    QString auth;   // base64url
    std::optional<qint64> customerId;
    QString language = QStringLiteral("ar");
    bool gone = false;
};

// A store's shoppers' push subscriptions: kept by the storefront's subscribe call,
// read by the push channel, ended when the push service says they are gone.
class PushSubscriptionRepository : public TenantRepository
{
public:
    PushSubscriptionRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    // Keeps a subscription (the same endpoint again updates its keys and shopper); its id.
    Result<qint64> save(const PushSubscription &subscription);
    Result<PushSubscription> find(qint64 id) const;
    // The shopper's newest live subscription, if any.
    Result<std::optional<PushSubscription>> latestFor(qint64 customerId) const;
    Status markGone(qint64 id);
    Status markSent(qint64 id);
};

} // namespace nomo
