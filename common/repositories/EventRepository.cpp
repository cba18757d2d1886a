#include "repositories/EventRepository.h"

#include "core/Time.h"
#include "db/Database.h"

using namespace Qt::StringLiterals;

namespace nomo {

EventRepository::EventRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

Result<QList<bool>> EventRepository::store(const QList<IncomingEvent> &events)
{
    QList<bool> fresh;
    const qint64 now = time::toStorage(m_clock.nowUtc());
    for (const IncomingEvent &event : events) {
        auto inserted = db::exec(m_db,
                                 u"INSERT INTO events (merchant_id, delivery_key, event_type, source, body, received_at) "
                                 "VALUES (:merchant, :key, :type, :source, :body, :now) "
                                 "ON CONFLICT (delivery_key) DO NOTHING"_s,
                                 {{u"merchant"_s, event.merchantId},
                                  {u"key"_s, event.deliveryKey},
                                  {u"type"_s, event.eventType},
                                  {u"source"_s, event.source},
                                  {u"body"_s, event.body},
                                  {u"now"_s, now}});
        if (!inserted)
            return fail(inserted.error());
        fresh.append(inserted->numRowsAffected() > 0);
    }
    return fresh;
}

Result<QList<StoredEvent>> EventRepository::due(int limit) const
{
    const bool postgres = db::engineOf(m_db) == DbEngine::Postgres;
    auto query = db::exec(m_db,
                          u"SELECT id, merchant_id, delivery_key, event_type, source, status, body, attempts, last_error, "
                          "received_at FROM events WHERE status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= :now) "
                          "ORDER BY id LIMIT :limit"_s
                              + (postgres ? u" FOR UPDATE SKIP LOCKED"_s : QString()),
                          {{u"now"_s, time::toStorage(m_clock.nowUtc())}, {u"limit"_s, limit}});
    if (!query)
        return fail(query.error());
    QList<StoredEvent> events;
    while (query->next()) {
        events.append(StoredEvent{query->value(0).toLongLong(),
                                  query->value(1).toLongLong(),
                                  query->value(2).toString(),
                                  query->value(3).toString(),
                                  query->value(4).toString(),
                                  query->value(5).toString(),
                                  query->value(6).toByteArray(),
                                  query->value(7).toInt(),
                                  query->value(8).toString(),
                                  time::fromStorage(query->value(9).toLongLong())});
    }
    return events;
}

Status EventRepository::finish(qint64 id, const QString &status, const QString &error, const QDateTime &retryAt)
{
    const qint64 now = time::toStorage(m_clock.nowUtc());
    auto updated = db::exec(m_db,
                            u"UPDATE events SET status = :status, attempts = attempts + 1, last_error = :error, "
                            "next_attempt_at = :retry, processed_at = :now WHERE id = :id"_s,
                            {{u"status"_s, status},
                             {u"error"_s, error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(error)},
                             {u"retry"_s, retryAt.isValid() ? QVariant(time::toStorage(retryAt)) : QVariant(QMetaType::fromType<qint64>())},
                             {u"now"_s, now},
                             {u"id"_s, id}});
    if (!updated)
        return fail(updated.error());
    return {};
}

Result<QHash<QString, int>> EventRepository::countByStatus() const
{
    auto query = db::exec(m_db, u"SELECT status, COUNT(*) FROM events GROUP BY status"_s);
    if (!query)
        return fail(query.error());
    QHash<QString, int> counts;
    while (query->next())
        counts.insert(query->value(0).toString(), query->value(1).toInt());
    return counts;
}

} // namespace nomo
