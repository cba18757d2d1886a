#pragma once

#include "domain/Broadcast.h"
#include "repositories/TenantRepository.h"

#include <QList>

namespace nomo {

// A store's broadcasts (0014_broadcasts.sql) and what their messages became.
class BroadcastRepository : public TenantRepository
{
public:
    BroadcastRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    Result<Broadcast> create(const Broadcast &broadcast);
    Result<Broadcast> find(qint64 id) const; // with its counts
    Result<QList<Broadcast>> list(int limit) const; // the latest first, with counts
    // Claims the broadcast for a batch inside the planner's transaction: false when it was
    // cancelled or finished meanwhile (the row's lock makes a cancel wait for the batch,
    // and see its messages, or the batch see the cancel).
    Result<bool> markSending(qint64 id);
    // A batch planned: the last customer reached and how many messages it wrote; false
    // when the broadcast is no longer going out.
    Result<bool> advance(qint64 id, qint64 cursor, int planned, bool finished);
    // Cancelled: nothing more is planned, and its messages still waiting are cancelled.
    // False when it was sent whole and nothing waits (too late).
    Result<bool> cancel(qint64 id);

    // The customers of a segment after `cursor`, in id order, `limit` at most:
    // {id, email, mobile}.
    struct Shopper
    {
        qint64 customerId = 0;
        QString firstName, email, mobile;
    };
    Result<QList<Shopper>> segmentPage(const Broadcast &broadcast, qint64 cursor, int limit) const;
};

} // namespace nomo
