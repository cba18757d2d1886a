#include "cache/SyncStateStore.h"

#include "cache/CacheDatabase.h"
#include "core/ConsoleLogging.h"
#include "core/Time.h"
#include "json/DomainJson.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace nomo {

SyncStateStore::SyncStateStore(const CacheDatabase &cache)
    : m_db(cache.database())
{
}

SyncStateStore::SyncStateStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString SyncStateStore::value(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

Status SyncStateStore::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, query.lastError().text());
    return {};
}

qint64 SyncStateStore::cursor() const
{
    return value(u"cursor"_s).toLongLong();
}

Status SyncStateStore::setCursor(qint64 cursor)
{
    return setValue(u"cursor"_s, QString::number(cursor));
}

QDateTime SyncStateStore::lastSyncAt() const
{
    const QString text = value(u"last_sync_at"_s);
    return text.isEmpty() ? QDateTime() : time::fromStorage(text.toLongLong());
}

Status SyncStateStore::setLastSyncAt(const QDateTime &when)
{
    return setValue(u"last_sync_at"_s, QString::number(time::toStorage(when)));
}

std::optional<StoreStatus> SyncStateStore::status() const
{
    const QString stored = value(u"status"_s);
    if (stored.isEmpty())
        return std::nullopt;
    // Kept in its wire form and read back by its codec, like any answer of the daemon.
    auto status = fromJson<StoreStatus>(QJsonDocument::fromJson(stored.toUtf8()).object());
    if (!status) {
        qCInfo(lcCache) << "kept status unreadable, waiting for the next sync:" << status.error().detail;
        return std::nullopt;
    }
    return *status;
}

Status SyncStateStore::setStatus(const StoreStatus &status)
{
    return setValue(u"status"_s, QString::fromUtf8(QJsonDocument(toJson(status)).toJson(QJsonDocument::Compact)));
}

} // namespace nomo
