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

    // Something Nomo Flow noticed on its own, for the merchant's activity (a coupon
    // changed or deleted on Salla's side): a processed row of source "reconcile"
    // whose body holds `facts` (what changed, what was lost).
    Status note(const QString &eventType, const QString &key, const QJsonObject &facts);
};

} // namespace nomo
