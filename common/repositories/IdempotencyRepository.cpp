#include "repositories/IdempotencyRepository.h"

#include "db/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nomo {

IdempotencyRepository::IdempotencyRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Result<std::optional<IdempotencyRepository::Answer>> IdempotencyRepository::find(const QString &key) const
{
    return maybeOne(u"SELECT request_hash, status, response_body, response_headers FROM idempotency_keys "
                    "WHERE merchant_id = :merchant_id AND idem_key = :key"_s,
                    {{u"key"_s, key}},
                    [](const db::Query &q) {
                        Answer answer{q.value(0).toByteArray(), q.value(1).toInt(), q.value(2).toString().toUtf8(), {}};
                        const QJsonObject headers = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
                        for (auto it = headers.begin(); it != headers.end(); ++it)
                            answer.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
                        return answer;
                    });
}

Status IdempotencyRepository::remember(const QString &key, const Answer &answer)
{
    QJsonObject headers;
    for (const auto &[name, value] : answer.headers)
        headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    auto inserted = insert(u"INSERT INTO idempotency_keys (merchant_id, idem_key, request_hash, status, response_body, "
                           "response_headers, created_at) VALUES (:merchant_id, :key, :hash, :status, :body, :headers, :now)"_s,
                           {{u"key"_s, key},
                            {u"headers"_s, QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact))},
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
