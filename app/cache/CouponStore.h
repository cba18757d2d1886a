#pragma once

#include "cache/Outbox.h"
#include "core/Result.h"
#include "domain/Coupon.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace nomo {

class CacheDatabase;

// A coupon as the console shows it: the daemon's copy with the merchant's changes
// still in the outbox laid over it.
struct CouponRecord
{
    Coupon coupon;
    // A change of this coupon waits in the outbox (what is shown is that change).
    bool pendingChange = false;
    // False for a new coupon the daemon has not answered yet: it has no id of its own
    // (coupon.id is minus its outbox row), so it cannot be edited, stopped or deleted.
    bool onDaemon = true;
    // The version the merchant's screen rests on (If-Match): the one the first queued
    // change was made on, else the daemon's. A newer copy a pull brought meanwhile does
    // not move it, so a stale change gets its 409 instead of overwriting another device's.
    qint64 version = 0;
};

// The store's coupons from the cache. The coupons table holds the daemon's copy
// only (the change feed's and the outbox answers'); queued changes are laid over it
// when read, so a refused change needs no undo: its outbox row goes and the daemon's
// copy shows again.
class CouponStore
{
public:
    explicit CouponStore(const CacheDatabase &cache);

    QList<CouponRecord> all() const; // newest change first, deleted ones included
    std::optional<CouponRecord> find(qint64 id) const;
    // Every code the store has, upper-cased (a new code must not be one of them), but
    // `except`'s own.
    QSet<QString> codes(std::optional<qint64> except = std::nullopt) const;

    // The daemon's copy (the change feed, an outbox answer, a 409's "current").
    Status save(const Coupon &coupon);
    // A delete the daemon took (202): the row stays, marked, until the change feed
    // says Salla has deleted it too.
    Status markDeleted(qint64 id);
    Status remove(qint64 id);

private:
    QSqlDatabase m_db;
    Outbox m_outbox;
};

} // namespace nomo
