// The queue worker on its own thread against a real database (both engines): jobs
// run once between two workers, handlers may finish later on another thread, a
// stopping worker hands its jobs back, and a dead worker's job is taken again once
// its lease lapses.
#include "db/Database.h"
#include "jobs/JobQueue.h"
#include "jobs/QueueWorker.h"
#include "support/TenantFixture.h"

#include <QCoreApplication>
#include <QTest>
#include <QTimer>

#include <mutex>

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {

class QueueWorkerTest : public test::TenantFixture
{
protected:
    std::unique_ptr<QueueWorker> worker() { return std::make_unique<QueueWorker>(m_database->url(), 5000); }
    qint64 enqueue(const QString &kind, int maxAttempts = 5)
    {
        JobSpec spec;
        spec.kind = kind;
        spec.maxAttempts = maxAttempts;
        auto id = JobQueue(db()).enqueue(spec);
        EXPECT_TRUE(id);
        return id.value_or(0);
    }
    Job stored(qint64 id) { return JobQueue(db()).find(id)->value_or(Job{}); }
    int count(const QString &status) { return JobQueue(db()).countByStatus()->value(status); }

    std::mutex m_mutex;
    QList<qint64> m_ran;
    void ran(qint64 id)
    {
        std::lock_guard lock(m_mutex);
        m_ran.append(id);
    }
    int ranCount()
    {
        std::lock_guard lock(m_mutex);
        return static_cast<int>(m_ran.size());
    }
};

} // namespace

TEST_P(QueueWorkerTest, TwoWorkersRunEveryJobOnce)
{
    constexpr int kJobs = 120;
    for (int i = 0; i < kJobs; ++i)
        enqueue(u"work"_s);
    auto a = worker();
    auto b = worker();
    for (QueueWorker *w : {a.get(), b.get()})
        w->addKind(JobKind{u"work"_s, [this](const Job &job, JobFinish finish) { ran(job.id); finish(JobOutcome::done()); },
                           nullptr, 60000, 4});
    a->start(20);
    b->start(20);
    ASSERT_TRUE(QTest::qWaitFor([&] { return count(u"done"_s) == kJobs; }, 30000)) << count(u"done"_s);
    a->stop();
    b->stop();
    EXPECT_EQ(ranCount(), kJobs);
    EXPECT_EQ(QSet<qint64>(m_ran.cbegin(), m_ran.cend()).size(), kJobs) << "a job ran twice";
}

TEST_P(QueueWorkerTest, AHandlerOnAnotherThreadFinishesLaterAndRetriesAreRunAgain)
{
    const qint64 id = enqueue(u"call"_s);
    QObject home; // the handler's thread: this (main) one, as a Salla client's would be
    int calls = 0;
    auto w = worker();
    w->addKind(JobKind{u"call"_s,
                       [&](const Job &, JobFinish finish) {
                           EXPECT_EQ(QThread::currentThread(), home.thread());
                           ++calls;
                           // Answered later, as an HTTP reply is: first a failure, then success.
                           QTimer::singleShot(10, &home, [finish, first = calls == 1] {
                               finish(first ? JobOutcome::retry(u"503 from the provider"_s, 0) : JobOutcome::done());
                           });
                       },
                       &home, 60000, 1});
    w->start(20);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(id).status == u"done"; }, 20000)) << stored(id).status.toStdString();
    w->stop();
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(stored(id).attempts, 2);
}

TEST_P(QueueWorkerTest, AStoppingWorkerHandsItsJobBackAndAnotherFinishesIt)
{
    const qint64 id = enqueue(u"slow"_s);
    std::atomic_bool started = false;
    auto a = worker();
    a->addKind(JobKind{u"slow"_s, [&](const Job &, JobFinish) { started = true; /* never finishes */ }, nullptr, 60000, 1});
    a->start(20);
    ASSERT_TRUE(QTest::qWaitFor([&] { return started.load(); }, 20000));
    EXPECT_EQ(stored(id).status, u"running"_s);
    a->stop();
    EXPECT_EQ(stored(id).status, u"pending"_s);

    auto b = worker();
    b->addKind(JobKind{u"slow"_s, [this](const Job &job, JobFinish finish) { ran(job.id); finish(JobOutcome::done()); }, nullptr, 60000, 1});
    b->start(20);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(id).status == u"done"; }, 20000));
    b->stop();
    EXPECT_EQ(stored(id).attempts, 1) << "handing back spends no attempt";
}

TEST_P(QueueWorkerTest, ADeadWorkersJobIsTakenOnceItsLeaseLapses)
{
    const qint64 id = enqueue(u"work"_s);
    // A worker claimed it and died (kill -9): nothing renews its lease.
    auto claimed = JobQueue(db()).claim(u"dead:1:0"_s, {u"work"_s}, 1, 300);
    ASSERT_TRUE(claimed && claimed->size() == 1);
    auto w = worker();
    w->addKind(JobKind{u"work"_s, [this](const Job &job, JobFinish finish) { ran(job.id); finish(JobOutcome::done()); }, nullptr, 60000, 1});
    w->start(20);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(id).status == u"done"; }, 20000));
    w->stop();
    EXPECT_EQ(ranCount(), 1);
    EXPECT_EQ(stored(id).attempts, 2);
}

TEST_P(QueueWorkerTest, AJobThatKilledEveryWorkerGivesUpInsteadOfLooping)
{
    const qint64 id = enqueue(u"work"_s, 2);
    for (int death = 0; death < 2; ++death) {
        auto claimed = JobQueue(db()).claim(u"dead"_s, {u"work"_s}, 1, 1);
        ASSERT_TRUE(claimed && claimed->size() == 1);
        ASSERT_TRUE(QTest::qWaitFor([&] { return JobQueue(db()).dueKinds({u"work"_s})->size() == 1; }, 5000));
    }
    auto w = worker();
    w->addKind(JobKind{u"work"_s, [this](const Job &job, JobFinish finish) { ran(job.id); finish(JobOutcome::done()); }, nullptr, 60000, 1});
    w->start(20);
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored(id).status == u"failed"; }, 20000)) << stored(id).status.toStdString();
    w->stop();
    EXPECT_EQ(ranCount(), 0);
    EXPECT_TRUE(stored(id).lastError.contains(u"stopped during each"_s)) << stored(id).lastError.toStdString();
}

TEST_P(QueueWorkerTest, DrainsTakeTurnsWithJobs)
{
    const qint64 id = enqueue(u"work"_s);
    std::atomic_int turns = 0;
    std::atomic_int turnsWhenTheJobRan = -1;
    auto w = worker();
    w->addDrain([&] { return ++turns < 1000; }); // a long backlog: "more" for a thousand turns
    w->addKind(JobKind{u"work"_s,
                       [&](const Job &job, JobFinish finish) {
                           turnsWhenTheJobRan = turns.load();
                           ran(job.id);
                           finish(JobOutcome::done());
                       },
                       nullptr, 60000, 1});
    w->start(20);
    ASSERT_TRUE(QTest::qWaitFor([&] { return turns.load() >= 1000 && stored(id).status == u"done"; }, 20000));
    w->stop();
    EXPECT_GE(turnsWhenTheJobRan.load(), 1);
    EXPECT_LT(turnsWhenTheJobRan.load(), 10) << "the job waited for the backlog instead of taking its turn";
}

TEST_P(QueueWorkerTest, AHeldWorkerTakesNoTurnUntilTheHoldIsLifted)
{
    const qint64 id = enqueue(u"work"_s);
    std::atomic_int turns = 0;
    std::atomic_int asked = 0;
    std::atomic_bool holding = true;
    std::atomic_int turnsWhileHeld = -1;
    auto w = worker();
    w->addDrain([&] {
        ++turns;
        return false;
    });
    w->addKind(JobKind{u"work"_s, [this](const Job &job, JobFinish finish) { ran(job.id); finish(JobOutcome::done()); }, nullptr, 60000, 1});
    // Far longer than the test waits: only the lifted hold lets a turn happen.
    w->setHold(
        [&] {
            if (++asked == 5)
                turnsWhileHeld = turns.load(); // five looks at the hold, every one a "no"
            return holding.load();
        },
        5, 600000);
    w->start(20);
    ASSERT_TRUE(QTest::qWaitFor([&] { return asked.load() >= 5; }, 20000));
    EXPECT_EQ(turnsWhileHeld.load(), 0) << "a drain took a turn while the worker was held";
    EXPECT_EQ(ranCount(), 0) << "a job ran while the worker was held";
    holding = false;
    ASSERT_TRUE(QTest::qWaitFor([&] { return turns.load() >= 1 && stored(id).status == u"done"; }, 20000));
    w->stop();
}

TEST_P(QueueWorkerTest, AWorkerHeldForTooLongTakesOneTurnAndIsHeldAgain)
{
    std::atomic_int turns = 0;
    std::atomic_int asked = 0;
    auto w = worker();
    w->addDrain([&] {
        ++turns;
        return true; // a backlog: it would take turn after turn
    });
    w->setHold(
        [&] {
            ++asked;
            return true; // a flood that never ends
        },
        5, 100);
    w->start(20);
    // Progress all the same, one turn at a time, and each turn is followed by looks at
    // the hold (not by the next turn at once).
    ASSERT_TRUE(QTest::qWaitFor([&] { return turns.load() >= 3; }, 20000));
    w->stop();
    EXPECT_GT(asked.load(), 2 * turns.load());
}

NOMO_ON_BOTH_ENGINES(QueueWorkerTest);
