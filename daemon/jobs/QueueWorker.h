#pragma once

#include "core/Clock.h"
#include "db/DatabaseUrl.h"
#include "jobs/Job.h"
#include "jobs/JobOutcome.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace nomo {

struct JobKind
{
    QString name;
    // Runs one claimed job and calls `finish` once. Called on `context`'s thread (the
    // handler's home: a Salla client lives on the HTTP thread), or on the worker's own
    // thread when there is none; there, QueueWorker::connectionName() is the database.
    std::function<void(const Job &, JobFinish)> run;
    QPointer<QObject> context;
    qint64 leaseMs = 60 * 1000; // renewed while the job runs; lost only if the instance dies
    int concurrency = 1;        // this worker's jobs of the kind in flight at once
};

// Work done in turns on the worker's thread besides jobs: a queue of its own with
// the same claim rules (the `events` table). Returns true while more is waiting.
using DrainTurn = std::function<bool()>;

// The one background worker of a daemon: its own thread and database connection,
// claiming due jobs of the kinds registered here (jobs/JobQueue), running them,
// renewing their leases while they run and recording each outcome. With several
// daemons on one PostgreSQL each has a worker; leases keep them from running a job
// twice, and a periodic job is one row, so it runs once per period between them.
class QueueWorker : public QObject
{
    Q_OBJECT

public:
    QueueWorker(DatabaseUrl url, int busyTimeoutMs, const Clock &clock = Clock::system());
    ~QueueWorker() override;

    // Before start().
    void addKind(JobKind kind);
    void addDrain(DrainTurn turn);
    // While `hold` says so, the worker takes no turn (no drain, no job): it asks again
    // every `recheckMs`, and after `atMostMs` held it takes one turn all the same, so
    // that a flood that never ends still lets events and jobs move (webhooks/IntakePressure.h).
    // Leases are renewed meanwhile.
    void setHold(std::function<bool()> hold, int recheckMs = 10, int atMostMs = 1000);

    void start(int pollIntervalMs = 1000);
    // Hands unfinished jobs back (due at once, attempt not counted), closes the
    // connection and joins the thread.
    void stop();
    // Thread-safe. The first step of a graceful shutdown: nothing new is claimed (jobs
    // or events); what runs may finish.
    void stopClaiming() { m_claiming = false; }
    int inFlight() const { return m_inFlightCount.load(); }

    QString connectionName() const { return m_connection; }
    QString owner() const { return m_owner; } // this worker's name on its leases

public Q_SLOTS:
    void wake(); // thread-safe: new work may be due

Q_SIGNALS:
    // After a job's outcome is recorded; `status` is the row's new status (pending
    // when retried or periodic). Emitted on the worker's thread.
    void jobSettled(qint64 id, const QString &kind, const QString &status);

private:
    void openAndPoll(int pollIntervalMs);
    void turn();
    void runJobs();
    void dispatch(const Job &job, const JobKind &kind);
    void settle(qint64 id, const JobOutcome &outcome);
    void renewLeases();
    bool held(); // and if so, the next look is scheduled

    // Outlives the worker in handlers' hands: a finish that comes after stop() finds
    // no worker and does nothing (its job's lease then lapses or was released).
    struct Lifeline
    {
        std::atomic<QueueWorker *> worker;
    };

    DatabaseUrl m_url;
    QString m_connection;
    QString m_owner;
    int m_busyTimeoutMs;
    const Clock &m_clock;
    QThread *m_thread;
    QHash<QString, JobKind> m_kinds;
    QList<DrainTurn> m_drains;
    QHash<qint64, Job> m_inFlight; // worker thread only
    QHash<qint64, qint64> m_startedMs; // when each in-flight job was dispatched (steady clock)
    QTimer *m_poll = nullptr;
    QTimer *m_heartbeat = nullptr;
    std::shared_ptr<Lifeline> m_lifeline;
    std::atomic_bool m_turnScheduled = false;
    std::atomic_bool m_claiming = true;
    std::atomic_int m_inFlightCount = 0;
    bool m_open = false;
    std::function<bool()> m_hold;
    int m_holdRecheckMs = 10;
    int m_holdAtMostMs = 1000;
    qint64 m_heldSinceMs = -1; // worker thread only
    QTimer *m_recheck = nullptr;
};

} // namespace nomo
