#include "cache/DeviceStore.h"

#include "cache/CacheDatabase.h"
#include "cache/CacheValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace nomo {

using cache::loadedTime;
using cache::storedTime;

DeviceStore::DeviceStore(const CacheDatabase &cache)
    : m_db(cache.database())
{
}

Status DeviceStore::replaceAll(const QList<ConsoleDevice> &devices)
{
    if (!m_db.transaction())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, m_db.lastError().text());
    auto rollback = [this](const QSqlQuery &query) -> Status {
        const QString why = query.lastError().text();
        m_db.rollback();
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, why);
    };
    QSqlQuery query(m_db);
    if (!query.exec(u"DELETE FROM devices"_s))
        return rollback(query);
    query.prepare(u"INSERT INTO devices (id, name, created_at, last_used_at, current) VALUES (?, ?, ?, ?, ?)"_s);
    for (const ConsoleDevice &device : devices) {
        query.addBindValue(device.id);
        query.addBindValue(device.name);
        query.addBindValue(storedTime(device.createdAt));
        query.addBindValue(storedTime(device.lastUsedAt));
        query.addBindValue(device.current ? 1 : 0);
        if (!query.exec())
            return rollback(query);
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback(); // left open, it would refuse every later transaction on this connection
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, why);
    }
    return {};
}

Status DeviceStore::remove(qint64 deviceId)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM devices WHERE id = ?"_s);
    query.addBindValue(deviceId);
    if (!query.exec())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, query.lastError().text());
    return {};
}

QList<ConsoleDevice> DeviceStore::all() const
{
    QList<ConsoleDevice> devices;
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT id, name, created_at, last_used_at, current FROM devices ORDER BY id"_s))
        return devices;
    while (query.next()) {
        devices.append(ConsoleDevice{query.value(0).toLongLong(), query.value(1).toString(), loadedTime(query.value(2)),
                                     loadedTime(query.value(3)), query.value(4).toInt() != 0});
    }
    return devices;
}

} // namespace nomo
