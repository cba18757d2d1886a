#pragma once

#include "SimClock.h"
#include "SimHttp.h"

#include <QHash>

namespace nomo::sim {

class SimCoupons;
class SimData;
class SimOAuth;
class SimWebhooks;

// Salla's Merchant API v2 under /admin/v2 (REFERENCE.md §3): store info, coupons
// (list with pagination, create, show, update, delete with Salla's 422 rules),
// orders, customers, abandoned carts, webhook subscriptions. Every call needs a
// valid bearer token with the right scope and passes a per-store rate limit.
class SimMerchantApi
{
public:
    SimMerchantApi(SimData &data, SimCoupons &coupons, SimOAuth &oauth, SimWebhooks &webhooks, const SimClock &clock,
                   QString baseUrl);

    // Requests per minute per store; 0 = by plan (Plus 120, Pro 360, Special 720).
    void setRateLimit(int perMinute) { m_rateLimitOverride = perMinute; }
    // The next `count` calls get 429 whatever the bucket says (a burst fault).
    void force429(int count) { m_forced429 = count; }
    // 429s the bucket answered (forced ones not counted): a paced client has none.
    qint64 rateLimited() const { return m_rateLimited; }
    SimResponse handle(const SimRequest &request);

private:
    struct Bucket
    {
        double tokens = -1;
        qint64 lastMs = 0;
    };
    SimResponse route(const SimRequest &request, qint64 storeId, const QString &scope);
    SimResponse paged(const SimRequest &request, const QString &path, QJsonArray items);
    bool takeToken(qint64 storeId, int limit, SimResponse *refusal, QList<std::pair<QByteArray, QByteArray>> *headers);

    SimData &m_data;
    SimCoupons &m_coupons;
    SimOAuth &m_oauth;
    SimWebhooks &m_webhooks;
    const SimClock &m_clock;
    QString m_baseUrl;
    int m_rateLimitOverride = 0;
    int m_forced429 = 0;
    qint64 m_rateLimited = 0;
    QHash<qint64, Bucket> m_buckets;
};

} // namespace nomo::sim
