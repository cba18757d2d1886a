// The job queue's promises, on both engines: a claimed job belongs to one worker
// while its lease holds, a dead worker's job is taken again, failures back off and
// end, and a periodic job runs once per period however many workers ask.
#include "db/Database.h"
#include "jobs/JobQueue.h"
#include "support/TenantFixture.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {

class JobQueueTest : public test::TenantFixture
{
protected:
    JobQueue queue() { return JobQueue(db(), m_clock); }

    qint64 enqueue(JobSpec spec)
    {
        auto id = queue().enqueue(spec);
        EXPECT_TRUE(id) << id.error().toString().toStdString();
        return id.value_or(0);
    }
    static JobSpec spec(const QString &kind, int maxAttempts = 3)
    {
        JobSpec spec;
        spec.kind = kind;
        spec.maxAttempts = maxAttempts;
        return spec;
    }
    Job claimOne(const QString &owner, qint64 leaseMs = 60000)
    {
        auto claimed = queue().claim(owner, {u"work"_s}, 1, leaseMs);
        EXPECT_TRUE(claimed && claimed->size() == 1) << (claimed ? claimed->size() : -1);
        return claimed && !claimed->isEmpty() ? claimed->constFirst() : Job{};
    }
    int claimable(const QString &owner)
    {
        auto claimed = queue().claim(owner, {u"work"_s}, 100, 60000);
        return claimed ? static_cast<int>(claimed->size()) : -1;
    }
    Job stored(qint64 id) { return queue().find(id)->value_or(Job{}); }
};

} // namespace

TEST_P(JobQueueTest, AUniqueJobExistsOnceAndComesBackAfterItFinished)
{
    JobSpec profile = spec(u"work"_s);
    profile.uniqueKey = u"profile:1"_s;
    profile.merchantId = kMerchantA;
    const qint64 id = enqueue(profile);
    EXPECT_EQ(enqueue(profile), id);
    EXPECT_EQ(queue().countByStatus()->value(u"pending"_s), 1);

    const Job job = claimOne(u"a"_s);
    EXPECT_EQ(enqueue(profile), id) << "asked again while it runs: still the one job";
    EXPECT_EQ(stored(id).status, u"running"_s);
    ASSERT_TRUE(*queue().complete(job, u"a"_s));
    EXPECT_EQ(stored(id).status, u"done"_s);

    EXPECT_EQ(enqueue(profile), id);
    const Job again = stored(id);
    EXPECT_EQ(again.status, u"pending"_s);
    EXPECT_EQ(again.attempts, 0);
}

TEST_P(JobQueueTest, OnlyDueJobsOfTheAskedKindsAreClaimed)
{
    JobSpec later = spec(u"work"_s);
    later.runAt = m_clock.nowUtc().addSecs(30);
    enqueue(later);
    enqueue(spec(u"other"_s));
    EXPECT_EQ(claimable(u"a"_s), 0);
    EXPECT_EQ(*queue().dueKinds({u"work"_s, u"other"_s}), QStringList{u"other"_s});
    m_clock.advance(30 * 1000);
    EXPECT_EQ(claimable(u"a"_s), 1);
}

TEST_P(JobQueueTest, AClaimTakesItsKindsExpiredLeasesThenItsOldestDueJobsAndNothingElse)
{
    const qint64 stale = enqueue(spec(u"work"_s));
    claimOne(u"dead"_s, 1000);
    QList<qint64> work;
    for (int i = 0; i < 6; ++i) {
        JobSpec due = spec(i % 2 ? u"other"_s : u"work"_s); // kinds interleaved
        due.runAt = m_clock.nowUtc().addSecs(-100 + (5 - i) * 10); // enqueued newest first
        const qint64 id = enqueue(due);
        if (i % 2 == 0)
            work.prepend(id);
    }
    m_clock.advance(2000); // the dead worker's lease has run out
    auto claimed = queue().claim(u"b"_s, {u"work"_s}, 3, 60000);
    ASSERT_TRUE(claimed) << claimed.error().toString().toStdString();
    QList<qint64> ids;
    for (const Job &job : std::as_const(*claimed)) {
        ids.append(job.id);
        EXPECT_EQ(job.kind, u"work"_s);
    }
    // In run_at order: the expired one (run at its enqueueing, after these were due) last.
    EXPECT_EQ(ids, (QList<qint64>{work.at(0), work.at(1), stale})) << "expired leases first, then the oldest due, up to the limit";
    EXPECT_EQ(claimable(u"c"_s), 1) << "the third work job";
    EXPECT_EQ(*queue().dueKinds({u"work"_s, u"other"_s}), QStringList{u"other"_s});
}

TEST_P(JobQueueTest, AClaimSeeksTheHeadOfItsKindsQueueInsteadOfSortingEveryDueRow)
{
    if (GetParam() != test::TestEngine::Sqlite)
        GTEST_SKIP() << "PostgreSQL plans by table size; the SQLite plan is the one fixed by the schema alone";
    // What the engine will do, asked of it: the claim's statement with the index of
    // migration 0020 reads the kind's head in order; without it SQLite read every due
    // row and sorted them at each claim.
    QSqlQuery plan(db());
    ASSERT_TRUE(plan.prepare(u"EXPLAIN QUERY PLAN "_s + JobQueue::dueClaimSql(DbEngine::Sqlite)));
    for (const QString &bind : {u":owner"_s, u":expires"_s, u":now"_s, u":kind"_s, u":at"_s, u":limit"_s})
        plan.bindValue(bind, bind == u":owner"_s || bind == u":kind"_s ? QVariant(u"work"_s) : QVariant(1));
    ASSERT_TRUE(plan.exec()) << plan.lastError().text().toStdString();
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(3).toString());
    const QString text = steps.join(u" | "_s);
    EXPECT_TRUE(text.contains(u"USING INDEX jobs_due_by_kind (kind=? AND run_at<?)"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"TEMP B-TREE"_s)) << text.toStdString();
}

TEST_P(JobQueueTest, TwoWorkersOnTwoConnectionsNeverRunOneJobTwice)
{
    constexpr int kJobs = 300;
    for (int i = 0; i < kJobs; ++i)
        enqueue(spec(u"work"_s));
    std::mutex mutex;
    QList<qint64> ran;
    auto worker = [&](const QString &name) {
        return std::thread([&, name] {
            const QString connection = u"job-queue-test-"_s + name;
            {
                auto db = db::open(m_database->url(), connection);
                ASSERT_TRUE(db);
                JobQueue mine(*db, m_clock);
                while (true) {
                    auto claimed = mine.claim(name, {u"work"_s}, 3, 60000);
                    ASSERT_TRUE(claimed) << claimed.error().toString().toStdString();
                    if (claimed->isEmpty())
                        break;
                    for (const Job &job : std::as_const(*claimed)) {
                        {
                            std::lock_guard lock(mutex);
                            ran.append(job.id);
                        }
                        auto done = mine.complete(job, name);
                        ASSERT_TRUE(done && *done);
                    }
                }
            }
            db::close(connection);
        });
    };
    std::thread a = worker(u"a"_s);
    std::thread b = worker(u"b"_s);
    a.join();
    b.join();
    EXPECT_EQ(ran.size(), kJobs);
    EXPECT_EQ(QSet<qint64>(ran.cbegin(), ran.cend()).size(), kJobs) << "a job ran twice";
    EXPECT_EQ(queue().countByStatus()->value(u"done"_s), kJobs);
}

TEST_P(JobQueueTest, ADeadWorkersLeaseExpiresAndTheJobIsTakenAgain)
{
    const qint64 id = enqueue(spec(u"work"_s));
    const Job first = claimOne(u"a"_s, 10 * 1000);
    EXPECT_EQ(claimable(u"b"_s), 0) << "leased to a";
    EXPECT_EQ(*queue().renew(u"a"_s, {id}, 10 * 1000), 1);
    m_clock.advance(9 * 1000);
    EXPECT_EQ(claimable(u"b"_s), 0) << "a renewed its lease";
    m_clock.advance(2 * 1000); // a died: no renewal
    const Job second = claimOne(u"b"_s);
    EXPECT_EQ(second.id, id);
    EXPECT_EQ(second.attempts, 2);
    EXPECT_FALSE(*queue().complete(first, u"a"_s)) << "a late finisher cannot undo b's claim";
    EXPECT_EQ(*queue().renew(u"a"_s, {id}, 10 * 1000), 0);
    EXPECT_TRUE(*queue().complete(second, u"b"_s));
    EXPECT_EQ(stored(id).status, u"done"_s);
}

TEST_P(JobQueueTest, FailuresBackOffThenEndAsFailedWithTheReason)
{
    const qint64 id = enqueue(spec(u"work"_s, 3));
    for (int attempt = 1; attempt <= 2; ++attempt) {
        const Job job = claimOne(u"a"_s);
        EXPECT_EQ(job.attempts, attempt);
        ASSERT_TRUE(*queue().retry(job, u"a"_s, u"provider down"_s));
        const Job waiting = stored(id);
        EXPECT_EQ(waiting.status, u"pending"_s);
        const qint64 delay = waiting.runAt.toMSecsSinceEpoch() - m_clock.nowUtc().toMSecsSinceEpoch();
        const qint64 ceiling = 2000LL << (attempt - 1);
        EXPECT_GE(delay, ceiling / 2);
        EXPECT_LE(delay, ceiling);
        EXPECT_EQ(claimable(u"a"_s), 0) << "not before its time";
        m_clock.advance(delay);
    }
    const Job last = claimOne(u"a"_s);
    ASSERT_TRUE(*queue().retry(last, u"a"_s, u"provider still down"_s));
    const Job failed = stored(id);
    EXPECT_EQ(failed.status, u"failed"_s);
    EXPECT_EQ(failed.lastError, u"provider still down"_s);
    m_clock.advance(3600 * 1000);
    EXPECT_EQ(claimable(u"a"_s), 0) << "given up for good";
    auto failures = queue().failures(10);
    ASSERT_EQ(failures->size(), 1);
    EXPECT_EQ(failures->constFirst().id, id);
}

TEST_P(JobQueueTest, APostponedRunIsNotATry)
{
    // A send that waits (quiet hours, a provider's pace) many times still has all its tries.
    const qint64 id = enqueue(spec(u"work"_s, 2));
    for (int wait = 0; wait < 5; ++wait) {
        const Job job = claimOne(u"a"_s);
        EXPECT_EQ(job.attempts, 1) << "the claim counts one, the postpone gives it back";
        ASSERT_TRUE(*queue().postpone(job, u"a"_s, u"quiet hours"_s, 30000));
        EXPECT_EQ(stored(id).status, u"pending"_s);
        EXPECT_EQ(stored(id).attempts, 0);
        EXPECT_EQ(claimable(u"a"_s), 0) << "not before its time";
        m_clock.advance(30000);
    }
    ASSERT_TRUE(*queue().retry(claimOne(u"a"_s), u"a"_s, u"provider down"_s));
    EXPECT_EQ(stored(id).status, u"pending"_s) << "one real try spent of two";
}

TEST_P(JobQueueTest, ARetryAfterIsHonouredAndGiveUpEndsAtOnce)
{
    const qint64 slow = enqueue(spec(u"work"_s, 5));
    ASSERT_TRUE(*queue().retry(claimOne(u"a"_s), u"a"_s, u"429"_s, 45 * 1000));
    EXPECT_EQ(stored(slow).runAt, m_clock.nowUtc().addSecs(45));
    m_clock.advance(45 * 1000);
    ASSERT_TRUE(*queue().giveUp(claimOne(u"a"_s), u"a"_s, u"store must authorize again"_s));
    EXPECT_EQ(stored(slow).status, u"failed"_s);
}

TEST_P(JobQueueTest, BackoffGrowsIsCappedAndIsJittered)
{
    QSet<qint64> seen;
    for (int attempts = 1; attempts <= 30; ++attempts) {
        const qint64 ceiling = std::min<qint64>(3600 * 1000, 2000LL << std::min(attempts - 1, 20));
        for (int draw = 0; draw < 20; ++draw) {
            const qint64 delay = JobQueue::backoffMs(attempts);
            EXPECT_GE(delay, ceiling / 2);
            EXPECT_LE(delay, ceiling);
            if (attempts == 10)
                seen.insert(delay);
        }
    }
    EXPECT_GT(seen.size(), 5) << "jobs failing together must not come back together";
}

TEST_P(JobQueueTest, AStoppingWorkerHandsItsJobsBackWithoutSpendingAnAttempt)
{
    const qint64 id = enqueue(spec(u"work"_s));
    claimOne(u"a"_s);
    NOMO_ASSERT_OK(queue().release(u"a"_s, {id}));
    const Job job = claimOne(u"b"_s);
    EXPECT_EQ(job.attempts, 1);
}

TEST_P(JobQueueTest, APeriodicJobRunsOncePerPeriodWithTwoWorkers)
{
    JobSpec periodic = spec(u"work"_s);
    periodic.uniqueKey = u"reconcile"_s;
    periodic.periodMs = 60 * 1000;
    const qint64 id = enqueue(periodic);
    // Two daemons start: each schedules the periodic row, and each asks every second.
    EXPECT_EQ(enqueue(periodic), id);
    int runs = 0;
    for (int second = 0; second < 10 * 60; ++second) {
        for (const QString &worker : {u"a"_s, u"b"_s}) {
            auto claimed = queue().claim(worker, {u"work"_s}, 5, 30000);
            ASSERT_TRUE(claimed);
            for (const Job &job : std::as_const(*claimed)) {
                ++runs;
                ASSERT_TRUE(*queue().complete(job, worker));
            }
        }
        m_clock.advance(1000);
    }
    EXPECT_EQ(runs, 10) << "ten periods, ten runs between two workers";
    const Job row = stored(id);
    EXPECT_EQ(row.status, u"pending"_s);
}

TEST_P(JobQueueTest, APeriodicJobIsNeverSpentButKeepsItsLastError)
{
    JobSpec periodic = spec(u"work"_s, 1);
    periodic.uniqueKey = u"purge"_s;
    periodic.periodMs = 3600 * 1000;
    const qint64 id = enqueue(periodic);
    ASSERT_TRUE(*queue().retry(claimOne(u"a"_s), u"a"_s, u"database busy"_s));
    const Job row = stored(id);
    EXPECT_EQ(row.status, u"pending"_s);
    EXPECT_EQ(row.lastError, u"database busy"_s);
    EXPECT_EQ(row.runAt, m_clock.nowUtc().addSecs(3600));
    EXPECT_EQ(queue().failures(5)->size(), 1) << "its error is shown until it runs well";
    m_clock.advance(3600 * 1000);
    ASSERT_TRUE(*queue().complete(claimOne(u"a"_s), u"a"_s));
    EXPECT_TRUE(stored(id).lastError.isEmpty());
    EXPECT_TRUE(queue().failures(5)->isEmpty());
}

TEST_P(JobQueueTest, FinishedOneOffJobsAreSweptPeriodicOnesStay)
{
    const qint64 once = enqueue(spec(u"work"_s));
    ASSERT_TRUE(*queue().complete(claimOne(u"a"_s), u"a"_s));
    JobSpec periodic = spec(u"work"_s);
    periodic.uniqueKey = u"p"_s;
    periodic.periodMs = 1000;
    const qint64 kept = enqueue(periodic);
    m_clock.advance(8LL * 24 * 3600 * 1000);
    EXPECT_EQ(*queue().sweepFinished(m_clock.nowUtc().addDays(-7)), 1);
    EXPECT_FALSE(queue().find(once)->has_value());
    EXPECT_TRUE(queue().find(kept)->has_value());
}

TEST_P(JobQueueTest, AStoresJobsGoWithTheStore)
{
    JobSpec mine = spec(u"work"_s);
    mine.merchantId = kMerchantA;
    enqueue(mine);
    ASSERT_TRUE(db::exec(db(), u"DELETE FROM merchants WHERE id = :id"_s, {{u"id"_s, kMerchantA}}));
    EXPECT_EQ(db::scalar(db(), u"SELECT COUNT(*) FROM jobs"_s).value_or(-1), 0);
}

NOMO_ON_BOTH_ENGINES(JobQueueTest);
