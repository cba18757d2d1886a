#pragma once

#include "core/Result.h"
#include "domain/ActivityEvent.h"

#include <QList>
#include <QSqlDatabase>

namespace nomo {

class CacheDatabase;

// The activity list, kept in the cache so it shows offline too.
class ActivityStore
{
public:
    explicit ActivityStore(const CacheDatabase &cache);

    // Upserts the events of one answer in one transaction (events change status as the
    // daemon retries them, so a known id is updated).
    Status save(const QList<ActivityEvent> &events);
    QList<ActivityEvent> recent(int limit) const; // newest first

private:
    QSqlDatabase m_db;
};

} // namespace nomo
