// The queue worker (events, jobs, sends) yields the cores to the HTTP thread and the
// webhook intake: five steps nicer, in the normal class. SCHED_IDLE was tried and
// dropped (docs/benchmarks.md: the intake waited on what an idle worker held).
#include "support/ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <gtest/gtest.h>

#include <sched.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {
// The id of the daemon's thread named `name`, 0 when it has none (yet).
qint64 threadNamed(qint64 pid, const QString &name)
{
    const QDir tasks(u"/proc/%1/task"_s.arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + u"/comm"_s));
        if (comm.open(QIODevice::ReadOnly) && QString::fromUtf8(comm.readAll().trimmed()) == name)
            return tid.toLongLong();
    }
    return 0;
}

// The same, once it has one: a thread takes its name when it first runs, which may be
// after the daemon says it listens.
qint64 waitForThread(qint64 pid, const QString &name)
{
    qint64 tid = 0;
    (void)QTest::qWaitFor([&] { return (tid = threadNamed(pid, name)) != 0; }, 10000);
    return tid;
}
} // namespace

TEST(WorkerPriority, TheQueueWorkerRunsFiveStepsNicerThanTheIntakeInTheNormalClass)
{
    DaemonProcess daemon;
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    const qint64 worker = waitForThread(daemon.pid(), u"queue-worker"_s);
    const qint64 intake = waitForThread(daemon.pid(), u"webhook-intake"_s);
    ASSERT_NE(worker, 0);
    ASSERT_NE(intake, 0);
    const auto nice = [](qint64 tid) { return ::getpriority(PRIO_PROCESS, static_cast<id_t>(tid)); };
    EXPECT_TRUE(QTest::qWaitFor([&] { return nice(worker) == nice(intake) + 5; }, 10000))
        << "worker " << nice(worker) << ", intake " << nice(intake);
    EXPECT_EQ(::sched_getscheduler(static_cast<pid_t>(worker)), SCHED_OTHER);
}
