#pragma once

#include "app/RetentionSweep.h"

#include "core/Clock.h"
#include "core/Result.h"

#include <QSqlDatabase>

namespace nomo {

class DaemonConfig;
class CouponPush;
class CouponReconcile;
class MessageSender;
class TokenCipher;
class MerchantProfileSync;
class QueueWorker;
class Reconciler;
class Subscriptions;

// What the daemon does in the background, as job kinds on its QueueWorker, and the
// domain events that feed them. One place to read "what runs when" (docs/architecture.md
// has the table).
struct BackgroundWork
{
    // The subscriptions of domain events to job kinds.
    static void subscribe(Subscriptions &subscriptions);
    // Registers every job kind. `reconciler` and `profiles` live on the HTTP thread
    // (with the Salla clients); their jobs run there, the rest on the worker's thread.
    // `leaseMs`: how long a claim outlives a daemon that stopped renewing it.
    static void addKinds(QueueWorker &worker, Reconciler &reconciler, MerchantProfileSync &profiles, CouponPush &coupons,
                         CouponReconcile &couponReconcile, MessageSender &messages, const TokenCipher &cipher,
                         RetentionSweep::Periods retention, qint64 leaseMs,
                         const Clock &clock);
    // The periodic rows (once per database, whatever the number of daemons) and the
    // profile reads owed to stores from before jobs existed.
    static Status schedule(const QSqlDatabase &db, const DaemonConfig &config, const Clock &clock);
};

} // namespace nomo
