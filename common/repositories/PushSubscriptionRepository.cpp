#include "repositories/PushSubscriptionRepository.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
const QString kColumns = u"id, endpoint, p256dh, auth, customer_id, language, gone_at"_s;
PushSubscription readSubscription(const db::Query &q)
{
    PushSubscription s;
    s.id = q.value(0).toLongLong();
    s.endpoint = q.value(1).toString();
    s.p256dh = q.value(2).toString();
    s.auth = q.value(3).toString();
    if (!q.value(4).isNull())
        s.customerId = q.value(4).toLongLong();
    s.language = q.value(5).toString();
    s.gone = !q.value(6).isNull();
    return s;
}
} // namespace

PushSubscriptionRepository::PushSubscriptionRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Result<qint64> PushSubscriptionRepository::save(const PushSubscription &s)
{
    const QVariant customer = s.customerId ? QVariant(*s.customerId) : QVariant(QMetaType::fromType<qint64>());
    auto upserted = insert(u"INSERT INTO push_subscriptions (merchant_id, endpoint, p256dh, auth, customer_id, language, created_at) "
                           "VALUES (:merchant_id, :endpoint, :p256dh, :auth, :customer, :language, :now) "
                           "ON CONFLICT (merchant_id, endpoint) DO UPDATE SET p256dh = excluded.p256dh, auth = excluded.auth, "
                           "customer_id = COALESCE(excluded.customer_id, push_subscriptions.customer_id), "
                           "language = excluded.language, gone_at = NULL"_s,
                           {{u"endpoint"_s, s.endpoint}, {u"p256dh"_s, s.p256dh}, {u"auth"_s, s.auth}, {u"customer"_s, customer},
                            {u"language"_s, s.language}, {u"now"_s, now()}});
    if (!upserted)
        return fail(upserted.error());
    auto id = maybeOne(u"SELECT id FROM push_subscriptions WHERE merchant_id = :merchant_id AND endpoint = :endpoint"_s,
                       {{u"endpoint"_s, s.endpoint}}, [](const db::Query &q) { return q.value(0).toLongLong(); });
    if (!id)
        return fail(id.error());
    return id->value_or(0);
}

Result<PushSubscription> PushSubscriptionRepository::find(qint64 id) const
{
    return one(u"SELECT "_s + kColumns + u" FROM push_subscriptions WHERE merchant_id = :merchant_id AND id = :id"_s, {{u"id"_s, id}},
               readSubscription, Error{ErrorCode::NotFound, u"push.not_found"_s, u"push subscription %1 does not exist"_s.arg(id)});
}

Result<std::optional<PushSubscription>> PushSubscriptionRepository::latestFor(qint64 customerId) const
{
    return maybeOne(u"SELECT "_s + kColumns + u" FROM push_subscriptions WHERE merchant_id = :merchant_id AND customer_id = :customer "
                    "AND gone_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 1"_s,
                    {{u"customer"_s, customerId}}, readSubscription);
}

Status PushSubscriptionRepository::markGone(qint64 id)
{
    auto updated = run(u"UPDATE push_subscriptions SET gone_at = :now WHERE merchant_id = :merchant_id AND id = :id AND gone_at IS NULL"_s,
                       {{u"now"_s, now()}, {u"id"_s, id}});
    return updated ? Status() : Status(fail(updated.error()));
}

Status PushSubscriptionRepository::markSent(qint64 id)
{
    auto updated = run(u"UPDATE push_subscriptions SET last_sent_at = :now WHERE merchant_id = :merchant_id AND id = :id"_s,
                       {{u"now"_s, now()}, {u"id"_s, id}});
    return updated ? Status() : Status(fail(updated.error()));
}

} // namespace nomo
