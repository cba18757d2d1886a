#include "repositories/ActivityRepository.h"

#include "core/Time.h"
#include "db/Database.h"
#include "repositories/WebhookInbox.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nomo {

ActivityRepository::ActivityRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Result<QList<ActivityEvent>> ActivityRepository::recent(int limit, qint64 beforeId, const QString &status) const
{
    return all(u"SELECT id, event_type, source, status, attempts, last_error, received_at, processed_at FROM events "
               "WHERE merchant_id = :merchant_id AND id < :before AND (:status = '' OR status = :status2) "
               "ORDER BY id DESC LIMIT :limit"_s,
               {{u"before"_s, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max()},
                {u"status"_s, status},
                {u"status2"_s, status},
                {u"limit"_s, limit}},
               [](const db::Query &q) {
                   return ActivityEvent{q.value(0).toLongLong(),
                                        q.value(1).toString(),
                                        q.value(2).toString(),
                                        q.value(3).toString(),
                                        q.value(4).toInt(),
                                        q.value(5).toString(),
                                        time::fromStorage(q.value(6).toLongLong()),
                                        q.value(7).isNull() ? QDateTime() : time::fromStorage(q.value(7).toLongLong())};
               });
}

Status ActivityRepository::note(const QString &eventType, const QString &key, const QJsonObject &facts)
{
    // The key makes a note once per fact: a pass that is run again notes nothing new.
    auto inserted = insert(u"INSERT INTO events (merchant_id, delivery_key, event_type, source, body, status, attempts, "
                           "received_at, processed_at) VALUES (:merchant_id, :key, :type, 'reconcile', :body, 'processed', 0, "
                           ":now, :now2) ON CONFLICT (delivery_key) DO NOTHING"_s,
                           {{u"key"_s, u"note:%1:%2"_s.arg(tenant().merchantId()).arg(key)},
                            {u"type"_s, eventType},
                            {u"body"_s, QJsonDocument(facts).toJson(QJsonDocument::Compact)},
                            {u"now"_s, now()},
                            {u"now2"_s, now()}});
    if (!inserted)
        return fail(inserted.error());
    return {};
}

Result<ActivityCounts> ActivityRepository::counts() const
{
    // One pass over the store's events: counts by status, the newest, and how many
    // reconcile stored (webhooks Salla never delivered).
    auto byStatus = run(u"SELECT status, COUNT(*), MAX(received_at), "
                        "SUM(CASE WHEN source = 'reconcile' THEN 1 ELSE 0 END) "
                        "FROM events WHERE merchant_id = :merchant_id GROUP BY status"_s);
    if (!byStatus)
        return fail(byStatus.error());
    ActivityCounts counts;
    qint64 last = 0;
    while (byStatus->next()) {
        const QString status = byStatus->value(0).toString();
        const qint64 count = byStatus->value(1).toLongLong();
        last = std::max(last, byStatus->value(2).toLongLong());
        counts.recovered += byStatus->value(3).toLongLong();
        if (status == u"pending")
            counts.pending = count;
        else if (status == u"processed")
            counts.processed = count;
        else if (status == u"ignored")
            counts.ignored = count;
        else if (status == u"failed")
            counts.failed = count;
    }
    // SQLite: what the intake stored and the worker has not moved into `events` yet is
    // pending too (after a burst, most of it for a while).
    auto inbox = WebhookInbox::waiting(m_db, tenant().merchantId());
    if (!inbox)
        return fail(inbox.error());
    counts.pending += inbox->count;
    last = std::max(last, inbox->newestReceivedAt);
    if (last > 0)
        counts.lastEventAt = time::fromStorage(last);
    return counts;
}

} // namespace nomo
