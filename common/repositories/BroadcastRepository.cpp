#include "repositories/BroadcastRepository.h"

#include "core/Time.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
const QString kColumns = u"id, name, segment, segment_days, channels, language, coupon_id, send_at, occasion, status, cursor, "
                         "planned, created_at, updated_at"_s;
// What the messages of each broadcast became, one row per broadcast.
const QString kCounts =
    u"SELECT broadcast_id, "
    "SUM(CASE WHEN sent_at IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN delivered_at IS NOT NULL THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN opened_at IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN clicked_at IS NOT NULL THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN order_id IS NOT NULL THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN status IN ('failed', 'skipped', 'cancelled', 'unknown') THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN status IN ('scheduled', 'sending') THEN 1 ELSE 0 END) "
    "FROM messages WHERE merchant_id = :merchant_id AND broadcast_id "_s;

Broadcast readBroadcast(const db::Query &q)
{
    Broadcast b;
    b.id = q.value(0).toLongLong();
    b.name = q.value(1).toString();
    b.segment = q.value(2).toString();
    b.segmentDays = q.value(3).toInt();
    b.channels = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
    b.language = q.value(5).toString();
    if (!q.value(6).isNull())
        b.couponId = q.value(6).toLongLong();
    b.sendAt = time::fromStorage(q.value(7).toLongLong());
    b.occasion = q.value(8).toString();
    b.status = q.value(9).toString();
    b.cursor = q.value(10).toLongLong();
    b.planned = q.value(11).toInt();
    b.createdAt = time::fromStorage(q.value(12).toLongLong());
    b.updatedAt = time::fromStorage(q.value(13).toLongLong());
    return b;
}
} // namespace

BroadcastRepository::BroadcastRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Result<Broadcast> BroadcastRepository::create(const Broadcast &b)
{
    auto id = insertReturningId(
        u"INSERT INTO broadcasts (merchant_id, name, segment, segment_days, channels, language, coupon_id, send_at, occasion, "
        "status, cursor, planned, created_at, updated_at) VALUES (:merchant_id, :name, :segment, :days, :channels, :language, "
        ":coupon, :send_at, :occasion, 'scheduled', 0, 0, :now, :now2)"_s,
        {{u"name"_s, b.name},
         {u"segment"_s, b.segment},
         {u"days"_s, b.segmentDays},
         {u"channels"_s, b.channels.join(u',')},
         {u"language"_s, b.language},
         {u"coupon"_s, b.couponId ? QVariant(*b.couponId) : QVariant(QMetaType::fromType<qint64>())},
         {u"send_at"_s, time::toStorage(b.sendAt)},
         {u"occasion"_s, b.occasion},
         {u"now"_s, now()},
         {u"now2"_s, now()}});
    if (!id)
        return fail(id.error());
    return find(*id);
}

Result<Broadcast> BroadcastRepository::find(qint64 id) const
{
    auto found = one(u"SELECT "_s + kColumns + u" FROM broadcasts WHERE merchant_id = :merchant_id AND id = :id"_s, {{u"id"_s, id}},
                     readBroadcast, Error{ErrorCode::NotFound, u"broadcast.not_found"_s, u"broadcast %1 does not exist"_s.arg(id)});
    if (!found)
        return found;
    auto counts = maybeOne(kCounts + u"= :id GROUP BY broadcast_id"_s, {{u"id"_s, id}}, [](const db::Query &q) {
        return Broadcast::Counts{q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt(),
                                 q.value(5).toInt(), q.value(6).toInt(), q.value(7).toInt()};
    });
    if (!counts)
        return fail(counts.error());
    found->counts = counts->value_or(Broadcast::Counts{});
    return found;
}

Result<QList<Broadcast>> BroadcastRepository::list(int limit) const
{
    auto rows = all(u"SELECT "_s + kColumns + u" FROM broadcasts WHERE merchant_id = :merchant_id ORDER BY send_at DESC, id DESC LIMIT :limit"_s,
                    {{u"limit"_s, limit}}, readBroadcast);
    if (!rows || rows->isEmpty())
        return rows;
    auto counts = all(kCounts + u"IN (SELECT id FROM broadcasts WHERE merchant_id = :merchant_id ORDER BY send_at DESC, id DESC "
                                "LIMIT :limit) GROUP BY broadcast_id"_s,
                      {{u"limit"_s, limit}}, [](const db::Query &q) {
        return std::pair<qint64, Broadcast::Counts>{q.value(0).toLongLong(),
                                                    {q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt(),
                                                     q.value(5).toInt(), q.value(6).toInt(), q.value(7).toInt()}};
    });
    if (!counts)
        return fail(counts.error());
    for (Broadcast &b : *rows)
        for (const auto &[id, c] : std::as_const(*counts))
            if (id == b.id)
                b.counts = c;
    return rows;
}

Result<bool> BroadcastRepository::markSending(qint64 id)
{
    auto updated = run(u"UPDATE broadcasts SET status = 'sending', updated_at = :now WHERE merchant_id = :merchant_id AND id = :id "
                       "AND status IN ('scheduled', 'sending')"_s,
                       {{u"now"_s, now()}, {u"id"_s, id}});
    if (!updated)
        return fail(updated.error());
    return updated->numRowsAffected() > 0;
}

Result<bool> BroadcastRepository::advance(qint64 id, qint64 cursor, int planned, bool finished)
{
    auto updated = run(u"UPDATE broadcasts SET cursor = :cursor, planned = planned + :planned, status = :status, updated_at = :now "
                       "WHERE merchant_id = :merchant_id AND id = :id AND status = 'sending'"_s,
                       {{u"cursor"_s, cursor}, {u"planned"_s, planned}, {u"status"_s, finished ? u"sent"_s : u"sending"_s},
                        {u"now"_s, now()}, {u"id"_s, id}});
    if (!updated)
        return fail(updated.error());
    return updated->numRowsAffected() > 0;
}

Result<bool> BroadcastRepository::cancel(qint64 id)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto found = find(id);
    if (!found)
        return fail(found.error());
    if (found->status == u"cancelled")
        return true;
    auto updated = run(u"UPDATE broadcasts SET status = 'cancelled', updated_at = :now WHERE merchant_id = :merchant_id AND id = :id"_s,
                       {{u"now"_s, now()}, {u"id"_s, id}});
    if (!updated)
        return fail(updated.error());
    auto waiting = run(u"UPDATE messages SET status = 'cancelled', reason = 'the broadcast was cancelled', updated_at = :now "
                       "WHERE merchant_id = :merchant_id AND broadcast_id = :id AND status = 'scheduled'"_s,
                       {{u"now"_s, now()}, {u"id"_s, id}});
    if (!waiting)
        return fail(waiting.error());
    const bool tooLate = found->status == u"sent" && waiting->numRowsAffected() == 0;
    if (tooLate)
        return false; // rolled back: a sent broadcast stays sent
    if (auto done = transaction->commit(); !done)
        return fail(done.error());
    return true;
}

Result<QList<BroadcastRepository::Shopper>> BroadcastRepository::segmentPage(const Broadcast &b, qint64 cursor, int limit) const
{
    QString condition;
    QVariantMap binds{{u"cursor"_s, cursor}, {u"limit"_s, limit}};
    // Counted from the broadcast's time, so the segment does not shift between batches.
    const qint64 since = time::toStorage(b.sendAt) - qint64(b.segmentDays) * 86400 * 1000;
    if (b.segment == u"recent_buyers") {
        condition = u" AND EXISTS (SELECT 1 FROM orders o WHERE o.merchant_id = c.merchant_id AND o.customer_id = c.id AND o.ordered_at >= :since)"_s;
        binds.insert(u"since"_s, since);
    } else if (b.segment == u"lapsed") {
        condition = u" AND EXISTS (SELECT 1 FROM orders o WHERE o.merchant_id = c.merchant_id AND o.customer_id = c.id)"
                    " AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.merchant_id = c.merchant_id AND o.customer_id = c.id AND o.ordered_at >= :since)"_s;
        binds.insert(u"since"_s, since);
    } else if (b.segment == u"never_bought") {
        condition = u" AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.merchant_id = c.merchant_id AND o.customer_id = c.id)"_s;
    }
    return all(u"SELECT c.id, c.first_name, COALESCE(c.email, ''), COALESCE(c.mobile, '') FROM customers c "
               "WHERE c.merchant_id = :merchant_id AND c.id > :cursor"_s + condition + u" ORDER BY c.id LIMIT :limit"_s,
               binds, [](const db::Query &q) {
                   return Shopper{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
               });
}

} // namespace nomo
