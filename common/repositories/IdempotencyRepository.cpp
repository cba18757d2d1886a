#include "repositories/IdempotencyRepository.h"

#include "db/Database.h"

using namespace Qt::StringLiterals;

namespace nomo {

IdempotencyRepository::IdempotencyRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Result<std::optional<IdempotencyRepository::Answer>> IdempotencyRepository::find(const QString &key) const
{
    return maybeOne(u"SELECT request_hash, status, response_body FROM idempotency_keys "
                    "WHERE merchant_id = :merchant_id AND idem_key = :key"_s,
                    {{u"key"_s, key}},
                    [](const QSqlQuery &q) { return Answer{q.value(0).toByteArray(), q.value(1).toInt(), q.value(2).toString().toUtf8()}; });
}

Status IdempotencyRepository::remember(const QString &key, const Answer &answer)
{
    auto inserted = insert(u"INSERT INTO idempotency_keys (merchant_id, idem_key, request_hash, status, response_body, created_at) "
                           "VALUES (:merchant_id, :key, :hash, :status, :body, :now)"_s,
                           {{u"key"_s, key},
                            {u"hash"_s, answer.requestHash},
                            {u"status"_s, answer.status},
                            {u"body"_s, QString::fromUtf8(answer.body)},
                            {u"now"_s, now()}});
    if (!inserted)
        return fail(inserted.error());
    return {};
}

Result<int> IdempotencyRepository::sweep(const QSqlDatabase &db, qint64 olderThanEpochMs)
{
    auto deleted = db::exec(db, u"DELETE FROM idempotency_keys WHERE created_at < :cutoff"_s, {{u"cutoff"_s, olderThanEpochMs}});
    if (!deleted)
        return fail(deleted.error());
    return deleted->numRowsAffected();
}

} // namespace nomo
