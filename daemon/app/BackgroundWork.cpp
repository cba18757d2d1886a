#include "app/BackgroundWork.h"

#include "app/StorePurge.h"
#include "config/DaemonConfig.h"
#include "db/Database.h"
#include "jobs/JobKinds.h"
#include "jobs/JobQueue.h"
#include "jobs/QueueWorker.h"
#include "jobs/Subscriptions.h"
#include "repositories/MerchantRepository.h"
#include "salla/CouponPush.h"
#include "salla/CouponReconcile.h"
#include "salla/MerchantProfileSync.h"
#include "salla/Reconciler.h"
#include "messages/AbandonedCartAutomation.h"
#include "messages/BroadcastPlanner.h"
#include "messages/WinBackAutomation.h"
#include "reports/SalesRollup.h"
#include "storefront/VisitorRollup.h"
#include "messages/WelcomeAutomation.h"
#include "messages/MessageSender.h"
#include "messages/OrderUpdateAutomation.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
QString name(const char16_t *kind)
{
    return QString::fromUtf16(kind);
}

// Errors another try cannot mend: the store is gone or must authorize again.
JobOutcome sallaOutcome(const Status &status)
{
    if (status)
        return JobOutcome::done();
    const QString key = status.error().messageKey;
    if (key == u"salla.needs_reauth" || key == u"merchant.not_installed")
        return JobOutcome::giveUp(status.error().toString());
    return JobOutcome::retry(status.error().toString());
}
} // namespace

void BackgroundWork::subscribe(Subscriptions &subscriptions)
{
    subscriptions.add(QString::fromUtf16(domain_events::kStoreAuthorized), Subscriber{name(job_kinds::kProfile), true, 8});
    subscriptions.add(QString::fromUtf16(domain_events::kCartAbandoned), Subscriber{name(job_kinds::kAbandonedCartPlan), false, 8});
    subscriptions.add(QString::fromUtf16(domain_events::kCartPurchased), Subscriber{name(job_kinds::kAbandonedCartCancel), false, 8});
    subscriptions.add(QString::fromUtf16(domain_events::kOrderCreated), Subscriber{name(job_kinds::kMessageOrderLink), false, 8});
    subscriptions.add(QString::fromUtf16(domain_events::kOrderStatusChanged), Subscriber{name(job_kinds::kOrderUpdatePlan), false, 8});
    subscriptions.add(QString::fromUtf16(domain_events::kSubscriberCreated), Subscriber{name(job_kinds::kWelcomePlan), false, 8});
}

void BackgroundWork::addKinds(QueueWorker &worker, Reconciler &reconciler, MerchantProfileSync &profiles, CouponPush &coupons,
                              CouponReconcile &couponReconcile, MessageSender &messages, const TokenCipher &cipher,
                              RetentionSweep::Periods retention, qint64 leaseMs,
                              const Clock &clock)
{
    const QString connection = worker.connectionName();
    // Notifications: planning, cancelling and linking on the worker's thread; the sends
    // where the mail transport answers (the HTTP thread), several at once.
    const auto automation = [connection, &messages, &cipher, &clock]() {
        return AbandonedCartAutomation(QSqlDatabase::database(connection, false),
                                       [&messages](const QString &channel) { return messages.channelReady(channel); }, cipher, clock);
    };
    worker.addKind(JobKind{name(job_kinds::kAbandonedCartPlan),
                           [automation](const Job &job, JobFinish finish) {
                               auto planned = automation().plan(job.merchantId.value_or(0), job.payload.value(u"subject_id"_s).toInteger());
                               finish(planned ? JobOutcome::done() : JobOutcome::retry(planned.error().toString()));
                           },
                           nullptr, leaseMs, 1});
    worker.addKind(JobKind{name(job_kinds::kAbandonedCartCancel),
                           [automation](const Job &job, JobFinish finish) {
                               auto cancelled = automation().cancel(job.merchantId.value_or(0), job.payload.value(u"subject_id"_s).toInteger());
                               finish(cancelled ? JobOutcome::done() : JobOutcome::retry(cancelled.error().toString()));
                           },
                           nullptr, leaseMs, 1});
    worker.addKind(JobKind{name(job_kinds::kOrderUpdatePlan),
                           [connection, &messages, &cipher, &clock](const Job &job, JobFinish finish) {
                               OrderUpdateAutomation updates(QSqlDatabase::database(connection, false),
                                                             [&messages](const QString &channel) { return messages.channelReady(channel); },
                                                             cipher, clock);
                               auto planned = updates.plan(job.merchantId.value_or(0), job.payload.value(u"subject_id"_s).toInteger());
                               finish(planned ? JobOutcome::done() : JobOutcome::retry(planned.error().toString()));
                           },
                           nullptr, leaseMs, 1});
    worker.addKind(JobKind{name(job_kinds::kBroadcastSend),
                           [connection, &messages, &cipher, &clock](const Job &job, JobFinish finish) {
                               BroadcastPlanner planner(QSqlDatabase::database(connection, false),
                                                        [&messages](const QString &channel) { return messages.channelReady(channel); },
                                                        cipher, clock);
                               auto planned = planner.planBatch(job.merchantId.value_or(0), job.payload.value(u"broadcast_id"_s).toInteger());
                               finish(planned ? JobOutcome::done() : JobOutcome::retry(planned.error().toString()));
                           },
                           nullptr, leaseMs, 1});
    worker.addKind(JobKind{name(job_kinds::kWelcomePlan),
                           [connection, &messages, &cipher, &clock](const Job &job, JobFinish finish) {
                               WelcomeAutomation welcome(QSqlDatabase::database(connection, false),
                                                         [&messages](const QString &channel) { return messages.channelReady(channel); },
                                                         cipher, clock);
                               auto planned = welcome.plan(job.merchantId.value_or(0), job.payload.value(u"subject_id"_s).toInteger());
                               finish(planned ? JobOutcome::done() : JobOutcome::retry(planned.error().toString()));
                           },
                           nullptr, leaseMs, 1});
    worker.addKind(JobKind{name(job_kinds::kWinBackPlan),
                           [connection, &messages, &cipher, &clock](const Job &, JobFinish finish) {
                               WinBackAutomation winBack(QSqlDatabase::database(connection, false),
                                                         [&messages](const QString &channel) { return messages.channelReady(channel); },
                                                         cipher, clock);
                               auto planned = winBack.planAll();
                               finish(planned ? JobOutcome::done() : JobOutcome::retry(planned.error().toString()));
                           },
                           nullptr, leaseMs, 1});
    worker.addKind(JobKind{name(job_kinds::kVisitorRollup),
                           [connection, &clock](const Job &, JobFinish finish) {
                               auto sent = VisitorRollup(QSqlDatabase::database(connection, false), clock).publishAll();
                               finish(sent ? JobOutcome::done() : JobOutcome::retry(sent.error().toString()));
                           },
                           nullptr, leaseMs, 1});
    worker.addKind(JobKind{name(job_kinds::kSalesRollup),
                           [connection, &clock](const Job &, JobFinish finish) {
                               auto sent = SalesRollup(QSqlDatabase::database(connection, false), clock).pass();
                               finish(sent ? JobOutcome::done() : JobOutcome::retry(sent.error().toString()));
                           },
                           nullptr, leaseMs, 1});
    worker.addKind(JobKind{name(job_kinds::kMessageOrderLink),
                           [automation](const Job &job, JobFinish finish) {
                               finish(JobOutcome::of(automation().linkOrder(job.merchantId.value_or(0), job.payload.value(u"subject_id"_s).toInteger())));
                           },
                           nullptr, leaseMs, 1});
    worker.addKind(JobKind{name(job_kinds::kMessageSend),
                           [&messages](const Job &job, JobFinish finish) { messages.send(job, std::move(finish)); },
                           &messages, leaseMs, 8});
    // Salla's own messages: the same sender, slots of their own (a broadcast's thousands
    // of due sends never stand before an OTP).
    worker.addKind(JobKind{name(job_kinds::kMessageSendSalla),
                           [&messages](const Job &job, JobFinish finish) { messages.send(job, std::move(finish)); },
                           &messages, leaseMs, 4});
    worker.addKind(JobKind{name(job_kinds::kReconcile),
                           [connection, &clock](const Job &, JobFinish finish) {
                               const QSqlDatabase db = QSqlDatabase::database(connection, false);
                               auto stores = MerchantRepository(db, clock).activeIds();
                               if (!stores)
                                   return finish(JobOutcome::retry(stores.error().toString()));
                               JobQueue queue(db, clock);
                               for (const qint64 store : std::as_const(*stores)) {
                                   JobSpec pass{name(job_kinds::kReconcileStore), store,
                                                u"%1:%2"_s.arg(name(job_kinds::kReconcileStore)).arg(store), {}, {}, 3, 0};
                                   if (auto queued = queue.enqueue(pass); !queued)
                                       return finish(JobOutcome::retry(queued.error().toString()));
                               }
                               // Coupons too: Salla tells no one of a coupon edited on its side.
                               auto withCoupons = CouponReconcile::storesWithCoupons(db);
                               if (!withCoupons)
                                   return finish(JobOutcome::retry(withCoupons.error().toString()));
                               for (const qint64 store : std::as_const(*withCoupons)) {
                                   JobSpec pass{name(job_kinds::kCouponReconcileStore), store,
                                                u"%1:%2"_s.arg(name(job_kinds::kCouponReconcileStore)).arg(store), {}, {}, 3, 0};
                                   if (auto queued = queue.enqueue(pass); !queued)
                                       return finish(JobOutcome::retry(queued.error().toString()));
                               }
                               finish(JobOutcome::done());
                           },
                           nullptr, leaseMs, 1});
    worker.addKind(JobKind{name(job_kinds::kReconcileStore),
                           [&reconciler](const Job &job, JobFinish finish) {
                               reconciler.reconcile(job.merchantId.value_or(0), [finish](Result<int> recovered) {
                                   finish(sallaOutcome(recovered ? Status() : Status(fail(recovered.error()))));
                               });
                           },
                           &reconciler, leaseMs, 2});
    worker.addKind(JobKind{name(job_kinds::kProfile),
                           [&profiles](const Job &job, JobFinish finish) {
                               profiles.refresh(job.merchantId.value_or(0), [finish](Status read) { finish(sallaOutcome(read)); });
                           },
                           &profiles, leaseMs, 4});
    // Several stores' coupons at once; Salla's limit is per store, paced by the client.
    worker.addKind(JobKind{name(job_kinds::kCouponPush),
                           [&coupons](const Job &job, JobFinish finish) {
                               coupons.push(job.merchantId.value_or(0), job.payload.value(u"coupon_id"_s).toInteger(), finish);
                           },
                           &coupons, leaseMs, 4});
    worker.addKind(JobKind{name(job_kinds::kCouponReconcileStore),
                           [&couponReconcile](const Job &job, JobFinish finish) {
                               couponReconcile.reconcile(job.merchantId.value_or(0), [finish](Result<int> changed) {
                                   finish(sallaOutcome(changed ? Status() : Status(fail(changed.error()))));
                               });
                           },
                           &couponReconcile, leaseMs, 2});
    worker.addKind(JobKind{name(job_kinds::kPurge),
                           [connection, retention, &clock](const Job &, JobFinish finish) {
                               const QSqlDatabase db = QSqlDatabase::database(connection, false);
                               auto purged = StorePurge(db, clock).run();
                               if (!purged)
                                   return finish(JobOutcome::retry(purged.error().toString()));
                               auto swept = RetentionSweep(db, retention, clock).run();
                               finish(swept ? JobOutcome::done() : JobOutcome::retry(swept.error().toString()));
                           },
                           nullptr, leaseMs, 1});
}

Status BackgroundWork::schedule(const QSqlDatabase &db, const DaemonConfig &config, const Clock &clock)
{
    JobQueue queue(db, clock);
    const qint64 reconcileMs = config.sallaValue(u"reconcile_interval_seconds"_s).toLongLong() * 1000;
    const qint64 rollupMs = config.value(u"storefront.rollup_interval_seconds"_s).toLongLong() * 1000;
    const qint64 salesMs = config.value(u"reports.rollup_interval_seconds"_s).toLongLong() * 1000;
    // The first reconcile one period after start, as before; the first purge at once.
    const QList<JobSpec> periodic{
        {name(job_kinds::kReconcile), std::nullopt, name(job_kinds::kReconcile), {}, clock.nowUtc().addMSecs(reconcileMs), 3, reconcileMs},
        {name(job_kinds::kPurge), std::nullopt, name(job_kinds::kPurge), {}, {}, 3, 3600 * 1000},
        // Win-backs hourly, the first a minute after start (a lapse is counted in days).
        {name(job_kinds::kWinBackPlan), std::nullopt, name(job_kinds::kWinBackPlan), {}, clock.nowUtc().addSecs(60), 3, 3600 * 1000},
        // The Visitors report's days, onto the change feed while they move.
        {name(job_kinds::kVisitorRollup), std::nullopt, name(job_kinds::kVisitorRollup), {}, {}, 3, rollupMs},
        // The Reports page's days, the same way (and the first pass attributes old orders).
        {name(job_kinds::kSalesRollup), std::nullopt, name(job_kinds::kSalesRollup), {}, {}, 3, salesMs},
    };
    for (const JobSpec &spec : periodic)
        if (auto queued = queue.enqueue(spec); !queued)
            return fail(queued.error());
    auto incomplete = MerchantProfileSync::incomplete(db);
    if (!incomplete)
        return fail(incomplete.error());
    for (const qint64 store : std::as_const(*incomplete)) {
        JobSpec read{name(job_kinds::kProfile), store, u"%1:%2"_s.arg(name(job_kinds::kProfile)).arg(store), {}, {}, 8, 0};
        if (auto queued = queue.enqueue(read); !queued)
            return fail(queued.error());
    }
    return {};
}

} // namespace nomo
