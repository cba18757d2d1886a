#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>

namespace nomo {

class CacheDatabase;

// One event from Salla as the daemon processed it (GET /api/v1/activity).
struct ActivityEvent
{
    qint64 id = 0;
    QString event;  // "order.created"
    QString source; // webhook | reconcile
    QString status; // pending | processed | ignored | failed
    int attempts = 0;
    QString error;
    QDateTime receivedAt;
    QDateTime processedAt;
};

// The activity list, kept in the cache so it shows offline too.
class ActivityStore
{
public:
    explicit ActivityStore(const CacheDatabase &cache);

    // Upserts the events of one answer in one transaction (events change status as the
    // daemon retries them, so a known id is updated).
    Status save(const QJsonArray &events);
    QList<ActivityEvent> recent(int limit) const; // newest first

private:
    QSqlDatabase m_db;
};

} // namespace nomo
