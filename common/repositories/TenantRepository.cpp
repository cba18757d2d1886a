#include "repositories/TenantRepository.h"

#include "core/Time.h"
#include "db/Database.h"
#include "repositories/ChangeFeedRepository.h"

#include <QStringMatcher>

using namespace Qt::StringLiterals;

namespace nomo {

TenantRepository::TenantRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : m_db(std::move(db))
    , m_tenant(tenant)
    , m_clock(clock)
{
}

Result<db::Query> TenantRepository::run(const QString &sql, QVariantMap binds) const
{
    // (Matchers built once: searching the SQL for the guard at every run was a
    // hundredth of the event worker's instructions.)
    static const QStringMatcher scoped(u"merchant_id = :merchant_id"_s);
    if (scoped.indexIn(sql) < 0) {
        Q_ASSERT_X(false, "TenantRepository::run", "tenant query without merchant_id = :merchant_id");
        return fail(ErrorCode::Internal, u"db.unscoped_query"_s, u"refused a query not scoped to the merchant"_s);
    }
    binds.insert(u"merchant_id"_s, m_tenant.merchantId());
    return db::exec(m_db, sql, binds);
}

Status TenantRepository::scopeInsert(const QString &sql, QVariantMap &binds) const
{
    static const QStringMatcher merchant(u":merchant_id"_s);
    if (!sql.startsWith(u"INSERT INTO "_s) || merchant.indexIn(sql) < 0) {
        Q_ASSERT_X(false, "TenantRepository::insert", "insert without :merchant_id");
        return fail(ErrorCode::Internal, u"db.unscoped_query"_s, u"refused an insert not scoped to the merchant"_s);
    }
    binds.insert(u"merchant_id"_s, m_tenant.merchantId());
    return {};
}

Result<db::Query> TenantRepository::insert(const QString &sql, QVariantMap binds) const
{
    if (auto scoped = scopeInsert(sql, binds); !scoped)
        return fail(scoped.error());
    return db::exec(m_db, sql, binds);
}

Result<qint64> TenantRepository::insertReturningId(const QString &sql, QVariantMap binds) const
{
    if (auto scoped = scopeInsert(sql, binds); !scoped)
        return fail(scoped.error());
    return db::insertReturningId(m_db, sql, binds);
}

Error TenantRepository::missOrConflict(
    const QString &table, const QString &idColumn, const QVariant &id, const QString &what) const
{
    auto exists = run(
        u"SELECT 1 FROM %1 WHERE merchant_id = :merchant_id AND %2 = :id"_s.arg(table, idColumn), { { u"id"_s, id } });
    if (!exists)
        return exists.error();
    if (exists->next())
        return Error { ErrorCode::Conflict, u"db.version_conflict"_s, what + u" was changed by someone else"_s };
    return Error { ErrorCode::NotFound, u"db.not_found"_s, what + u" does not exist"_s };
}

Status TenantRepository::commitWithChange(db::Transaction &transaction,
    const QString &entity,
    const QString &entityId,
    const QString &op,
    const QJsonObject &payload) const
{
    auto appended = ChangeFeedRepository(m_db, m_tenant, m_clock).append(entity, entityId, op, payload);
    if (!appended)
        return fail(appended.error());
    return transaction.commit();
}

bool TenantRepository::isOlder(const QDateTime &incoming, const QDateTime &stored)
{
    if (!stored.isValid())
        return false;
    return !incoming.isValid() || incoming < stored;
}

QVariant TenantRepository::sourceAtValue(const QDateTime &sourceAt)
{
    return sourceAt.isValid() ? QVariant(time::toStorage(sourceAt)) : QVariant(QMetaType::fromType<qint64>());
}

Result<Upserted> TenantRepository::keepSameState(db::Transaction &transaction,
    const QString &table,
    qint64 id,
    const QDateTime &stored,
    const QDateTime &incoming) const
{
    // Without this, the same status seen later and then an older different one
    // would pass as newer than the stale time still stored.
    if (incoming.isValid() && (!stored.isValid() || incoming > stored)) {
        // Guarded too: a newer state may have committed since we read the row.
        auto moved = run(u"UPDATE %1 SET source_at = :source_at WHERE merchant_id = :merchant_id AND id = :id "
                         "AND (source_at IS NULL OR source_at < :source_at_guard)"_s.arg(table),
            { { u"source_at"_s, time::toStorage(incoming) },
                { u"source_at_guard"_s, time::toStorage(incoming) },
                { u"id"_s, id } });
        if (!moved)
            return fail(moved.error());
        if (auto done = transaction.commit(); !done)
            return fail(done.error());
    }
    return Upserted::unchanged(id);
}

Result<Upserted> TenantRepository::writeUpsert(db::Transaction &transaction,
    std::optional<qint64> existingId,
    const QString &updateSql,
    const QString &insertSql,
    QVariantMap fields,
    const QString &entity,
    const std::function<Result<QJsonObject>(qint64)> &payload) const
{
    if (!fields.contains(u"now"_s)) { // else the caller's time, the one its payload says
        fields.insert(u"now"_s, now());
        fields.insert(u"now2"_s, now());
    }
    qint64 id = 0;
    if (existingId) {
        id = *existingId;
        auto updated = run(updateSql, fields);
        if (!updated)
            return fail(updated.error());
        if (updated->numRowsAffected() == 0)
            return Upserted::olderThanStored(id); // a newer state was stored meanwhile
    } else {
        auto inserted = insertReturningId(insertSql, fields);
        if (!inserted)
            return fail(inserted.error());
        id = *inserted;
    }
    auto saved = payload(id);
    if (!saved)
        return fail(saved.error());
    if (auto done = commitWithChange(transaction, entity, QString::number(id), u"upsert"_s, *saved); !done)
        return fail(done.error());
    return Upserted { id, false, !existingId.has_value(), true, {} };
}

qint64 TenantRepository::now() const
{
    return time::toStorage(m_clock.nowUtc());
}

} // namespace nomo
