#include "cache/ActivityStore.h"

#include "cache/CacheDatabase.h"
#include "cache/CacheValues.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace nomo {

using cache::loadedTime;
using cache::storedTime;

ActivityStore::ActivityStore(const CacheDatabase &cache)
    : m_db(cache.database())
{
}

Status ActivityStore::save(const QJsonArray &events)
{
    if (!m_db.transaction())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, m_db.lastError().text());
    QSqlQuery query(m_db);
    query.prepare(u"INSERT OR REPLACE INTO activity (id, event, source, status, attempts, error, received_at, processed_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QJsonValue &value : events) {
        const QJsonObject e = value.toObject();
        query.addBindValue(e.value(u"id"_s).toInteger());
        query.addBindValue(e.value(u"event"_s).toString());
        query.addBindValue(e.value(u"source"_s).toString());
        query.addBindValue(e.value(u"status"_s).toString());
        query.addBindValue(e.value(u"attempts"_s).toInt());
        query.addBindValue(e.value(u"error"_s).toString());
        query.addBindValue(storedTime(e.value(u"received_at"_s)));
        query.addBindValue(storedTime(e.value(u"processed_at"_s)));
        if (!query.exec()) {
            const QString why = query.lastError().text();
            m_db.rollback();
            return fail(ErrorCode::DatabaseError, u"cache.write"_s, why);
        }
    }
    if (!m_db.commit())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, m_db.lastError().text());
    return {};
}

QList<ActivityEvent> ActivityStore::recent(int limit) const
{
    QList<ActivityEvent> events;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, event, source, status, attempts, error, received_at, processed_at FROM activity "
                  "ORDER BY id DESC LIMIT ?"_s);
    query.addBindValue(limit);
    if (!query.exec())
        return events;
    while (query.next()) {
        events.append(ActivityEvent{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                    query.value(3).toString(), query.value(4).toInt(), query.value(5).toString(),
                                    loadedTime(query.value(6)), loadedTime(query.value(7))});
    }
    return events;
}

} // namespace nomo
