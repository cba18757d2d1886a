#pragma once

#include "domain/ActivityEvent.h"
#include "repositories/TenantRepository.h"

#include <QDateTime>
#include <QList>

namespace nomo {

struct ActivityCounts
{
    qint64 pending = 0, processed = 0, ignored = 0, failed = 0;
    qint64 recovered = 0; // stored by reconcile: webhooks Salla never delivered
    QDateTime lastEventAt;
};

// The merchant's view of the event log: what came from Salla and what became of it.
class ActivityRepository : public TenantRepository
{
public:
    ActivityRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    // Newest first; `beforeId` > 0 pages back; `status` empty = any.
    Result<QList<ActivityEvent>> recent(int limit, qint64 beforeId, const QString &status) const;
    Result<ActivityCounts> counts() const;
};

} // namespace nomo
