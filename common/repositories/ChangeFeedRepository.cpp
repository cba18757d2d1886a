#include "repositories/ChangeFeedRepository.h"

#include "core/Time.h"
#include "db/Database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nomo {

ChangeFeedRepository::ChangeFeedRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Result<qint64> ChangeFeedRepository::takeSeq() const
{
    const QVariantMap merchant{{u"merchant"_s, m_tenant.merchantId()}};
    const auto missing = [this] {
        return fail(ErrorCode::NotFound, u"merchant.not_found"_s, u"no merchant %1"_s.arg(m_tenant.merchantId()));
    };
    if (db::engineOf(m_db) == DbEngine::Postgres) {
        auto seq = db::exec(m_db, u"UPDATE merchants SET change_seq = change_seq + 1 WHERE id = :merchant RETURNING change_seq"_s, merchant);
        if (!seq)
            return fail(seq.error());
        if (!seq->next())
            return missing();
        const qint64 taken = seq->value(0).toLongLong();
        while (seq->next()) { }
        return taken;
    }
    // SQLite runs RETURNING through a temporary table (see db::insertReturningId); the
    // row is read back instead, in the same write transaction, so no other writer can
    // have moved it in between.
    auto bumped = db::exec(m_db, u"UPDATE merchants SET change_seq = change_seq + 1 WHERE id = :merchant"_s, merchant);
    if (!bumped)
        return fail(bumped.error());
    if (bumped->numRowsAffected() != 1)
        return missing();
    auto seq = db::exec(m_db, u"SELECT change_seq FROM merchants WHERE id = :merchant"_s, merchant);
    if (!seq)
        return fail(seq.error());
    if (!seq->next())
        return missing();
    return seq->value(0).toLongLong();
}

Result<qint64> ChangeFeedRepository::append(const QString &entity,
                                           const QString &entityId,
                                           const QString &op,
                                           const QJsonObject &payload)
{
    // The merchants row is the tenant itself, keyed by id: the one statement here
    // that cannot say "merchant_id = :merchant_id", so it binds the tenant directly.
    auto taken = takeSeq();
    if (!taken)
        return fail(taken.error());
    const qint64 next = *taken;
    auto inserted = insert(u"INSERT INTO changes (merchant_id, seq, entity, entity_id, op, payload_json, changed_at) "
                           "VALUES (:merchant_id, :seq, :entity, :entity_id, :op, :payload, :at)"_s,
                           {{u"seq"_s, next},
                            {u"entity"_s, entity},
                            {u"entity_id"_s, entityId},
                            {u"op"_s, op},
                            {u"payload"_s, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))},
                            {u"at"_s, now()}});
    if (!inserted)
        return fail(inserted.error());
    return next;
}

Result<QList<Change>> ChangeFeedRepository::since(qint64 sinceSeq, int limit) const
{
    auto query = run(u"SELECT seq, entity, entity_id, op, payload_json, changed_at FROM changes "
                     "WHERE merchant_id = :merchant_id AND seq > :since ORDER BY seq LIMIT :limit"_s,
                     {{u"since"_s, sinceSeq}, {u"limit"_s, std::clamp(limit, 1, 10000)}});
    if (!query)
        return fail(query.error());
    QList<Change> changes;
    while (query->next()) {
        changes.append(Change{query->value(0).toLongLong(),
                              query->value(1).toString(),
                              query->value(2).toString(),
                              query->value(3).toString(),
                              QJsonDocument::fromJson(query->value(4).toString().toUtf8()).object(),
                              time::fromStorage(query->value(5).toLongLong())});
    }
    return changes;
}

Result<qint64> ChangeFeedRepository::lastSeq() const
{
    auto query = run(u"SELECT COALESCE(MAX(seq), 0) FROM changes WHERE merchant_id = :merchant_id"_s);
    if (!query)
        return fail(query.error());
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace nomo
