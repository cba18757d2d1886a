#include "cache/ActivityStore.h"

#include "cache/CacheDatabase.h"
#include "cache/CacheValues.h"

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

Status ActivityStore::save(const QList<ActivityEvent> &events)
{
    if (!m_db.transaction())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, m_db.lastError().text());
    QSqlQuery query(m_db);
    query.prepare(u"INSERT OR REPLACE INTO activity (id, event, source, status, attempts, error, received_at, processed_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const ActivityEvent &event : events) {
        query.addBindValue(event.id);
        query.addBindValue(event.eventType);
        query.addBindValue(event.source);
        query.addBindValue(event.status);
        query.addBindValue(event.attempts);
        query.addBindValue(event.lastError);
        query.addBindValue(storedTime(event.receivedAt));
        query.addBindValue(storedTime(event.processedAt));
        if (!query.exec()) {
            const QString why = query.lastError().text();
            m_db.rollback();
            return fail(ErrorCode::DatabaseError, u"cache.write"_s, why);
        }
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback(); // left open, it would refuse every later transaction on this connection
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, why);
    }
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
