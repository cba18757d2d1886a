#include "cache/Outbox.h"

#include "cache/CacheDatabase.h"
#include "core/Time.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
Status run(QSqlQuery &query)
{
    if (!query.exec())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, query.lastError().text());
    return {};
}

QVariant bodyText(const std::optional<QJsonObject> &body)
{
    if (!body)
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(*body).toJson(QJsonDocument::Compact));
}
} // namespace

Outbox::Outbox(const CacheDatabase &cache)
    : m_db(cache.database())
{
}

Result<qint64> Outbox::enqueue(const OutboxRequest &request, Unsent unsent)
{
    if (unsent == Unsent::Replace) {
        if (auto queued = latestFor(request.kind, request.entityKey); queued && queued->attempts == 0) {
            QSqlQuery query(m_db);
            query.prepare(u"UPDATE outbox SET body_json = ? WHERE id = ?"_s);
            query.addBindValue(bodyText(request.body));
            query.addBindValue(queued->id);
            if (auto done = run(query); !done)
                return fail(done.error());
            return queued->id;
        }
    }
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO outbox (kind, entity_key, method, path, if_match, idempotency_key, body_json, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(request.kind);
    query.addBindValue(request.entityKey);
    query.addBindValue(QString::fromLatin1(request.method));
    query.addBindValue(request.path);
    query.addBindValue(request.ifMatch ? QVariant(*request.ifMatch) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(bodyText(request.body));
    query.addBindValue(time::toStorage(QDateTime::currentDateTimeUtc()));
    if (auto done = run(query); !done)
        return fail(done.error());
    return query.lastInsertId().toLongLong();
}

QList<OutboxEntry> Outbox::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, kind, entity_key, method, path, if_match, idempotency_key, body_json, attempts, last_error "
                  "FROM outbox "_s
                  + where);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    QList<OutboxEntry> entries;
    if (!query.exec())
        return entries;
    while (query.next()) {
        OutboxEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.kind = query.value(1).toString();
        entry.entityKey = query.value(2).toString();
        entry.method = query.value(3).toString().toLatin1();
        entry.path = query.value(4).toString();
        if (!query.value(5).isNull())
            entry.ifMatch = query.value(5).toString();
        entry.idempotencyKey = query.value(6).toString();
        // Our own request body, written above: no wire answer is read here.
        if (!query.value(7).isNull())
            entry.body = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        entry.attempts = query.value(8).toInt();
        entry.lastError = query.value(9).toString();
        entries.append(std::move(entry));
    }
    return entries;
}

QList<OutboxEntry> Outbox::pending() const
{
    return select(u"ORDER BY id"_s, {});
}

std::optional<OutboxEntry> Outbox::head() const
{
    const QList<OutboxEntry> first = select(u"ORDER BY id LIMIT 1"_s, {});
    return first.isEmpty() ? std::nullopt : std::optional<OutboxEntry>(first.first());
}

std::optional<OutboxEntry> Outbox::latestFor(const QString &kind, const QString &entityKey) const
{
    const QList<OutboxEntry> last = select(u"WHERE kind = ? AND entity_key = ? ORDER BY id DESC LIMIT 1"_s, {kind, entityKey});
    return last.isEmpty() ? std::nullopt : std::optional<OutboxEntry>(last.first());
}

int Outbox::count() const
{
    QSqlQuery query(m_db);
    if (query.exec(u"SELECT COUNT(*) FROM outbox"_s) && query.next())
        return query.value(0).toInt();
    return 0;
}

Status Outbox::markAttempt(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE outbox SET attempts = attempts + 1 WHERE id = ?"_s);
    query.addBindValue(id);
    return run(query);
}

Status Outbox::noteError(qint64 id, const QString &error)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE outbox SET last_error = ? WHERE id = ?"_s);
    query.addBindValue(error);
    query.addBindValue(id);
    return run(query);
}

Status Outbox::remove(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM outbox WHERE id = ?"_s);
    query.addBindValue(id);
    return run(query);
}

Status Outbox::rebase(const QString &kind, const QString &entityKey, const QString &ifMatch)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE outbox SET if_match = ? WHERE kind = ? AND entity_key = ?"_s);
    query.addBindValue(ifMatch);
    query.addBindValue(kind);
    query.addBindValue(entityKey);
    return run(query);
}

Status Outbox::dropAll(const QString &kind, const QString &entityKey)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM outbox WHERE kind = ? AND entity_key = ?"_s);
    query.addBindValue(kind);
    query.addBindValue(entityKey);
    return run(query);
}

} // namespace nomo
