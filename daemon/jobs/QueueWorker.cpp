#include "jobs/QueueWorker.h"

#include "app/ThreadPriority.h"
#include "core/Metrics.h"
#include "db/Database.h"
#include "jobs/JobQueue.h"
#include "logging/JobScope.h"
#include "logging/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
std::atomic_int g_workers = 0; // each worker's connection needs a name of its own

qint64 steadyMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}
} // namespace

QueueWorker::QueueWorker(DatabaseUrl url, int busyTimeoutMs, const Clock &clock)
    : m_url(std::move(url))
    , m_connection(u"nomo-jobs-%1"_s.arg(++g_workers))
    , m_owner(u"%1:%2:%3"_s.arg(QHostInfo::localHostName()).arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')))
    , m_busyTimeoutMs(busyTimeoutMs)
    , m_clock(clock)
    , m_thread(new QThread)
    , m_lifeline(std::make_shared<Lifeline>())
{
    m_thread->setObjectName(u"queue-worker"_s);
    m_lifeline->worker = this;
}

QueueWorker::~QueueWorker()
{
    stop();
    delete m_thread;
}

void QueueWorker::addKind(JobKind kind)
{
    Q_ASSERT(!m_thread->isRunning());
    const QString name = kind.name;
    m_kinds.insert(name, std::move(kind));
}

void QueueWorker::addDrain(DrainTurn turn)
{
    Q_ASSERT(!m_thread->isRunning());
    m_drains.append(std::move(turn));
}

void QueueWorker::setHold(std::function<bool()> hold, int recheckMs, int atMostMs)
{
    Q_ASSERT(!m_thread->isRunning());
    m_hold = std::move(hold);
    m_holdRecheckMs = recheckMs;
    m_holdAtMostMs = atMostMs;
}

void QueueWorker::start(int pollIntervalMs)
{
    moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(this, [this, pollIntervalMs] { openAndPoll(pollIntervalMs); }, Qt::QueuedConnection);
}

void QueueWorker::openAndPoll(int pollIntervalMs)
{
    // The worker catches up after a burst rather than competing with the intake for the
    // cores during it (docs/benchmarks.md, intake).
    (void)makeThisThreadNicer(5);
    auto db = db::open(m_url, m_connection, m_busyTimeoutMs);
    if (!db) {
        qCCritical(lcJobs).noquote() << "the queue worker cannot open the database:" << db.error().detail;
        return;
    }
    m_open = true;
    m_poll = new QTimer(this);
    connect(m_poll, &QTimer::timeout, this, &QueueWorker::turn);
    m_poll->start(pollIntervalMs);
    // Leases are renewed at a third of the shortest one, so a live worker never loses one.
    qint64 shortest = 60 * 1000;
    for (const JobKind &kind : std::as_const(m_kinds))
        shortest = std::min(shortest, kind.leaseMs);
    m_heartbeat = new QTimer(this);
    connect(m_heartbeat, &QTimer::timeout, this, &QueueWorker::renewLeases);
    m_heartbeat->start(static_cast<int>(std::max<qint64>(shortest / 3, 50)));
    if (m_hold) {
        m_recheck = new QTimer(this);
        m_recheck->setSingleShot(true);
        m_recheck->setInterval(m_holdRecheckMs);
        connect(m_recheck, &QTimer::timeout, this, &QueueWorker::turn);
    }
    qCInfo(lcJobs).noquote() << "queue worker" << m_owner << "runs" << QStringList(m_kinds.keys()).join(u", "_s);
    turn();
}

void QueueWorker::stop()
{
    m_lifeline->worker = nullptr;
    if (!m_thread->isRunning())
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_open && !m_inFlight.isEmpty()) {
                JobQueue queue(QSqlDatabase::database(m_connection, false), m_clock);
                if (auto released = queue.release(m_owner, m_inFlight.keys()); !released)
                    qCWarning(lcJobs).noquote() << "cannot hand back unfinished jobs:" << released.error().detail;
                m_inFlight.clear();
                m_inFlightCount = 0;
            }
            delete m_poll;
            m_poll = nullptr;
            delete m_heartbeat;
            m_heartbeat = nullptr;
            delete m_recheck;
            m_recheck = nullptr;
            if (m_open)
                db::close(m_connection);
            m_open = false;
            moveToThread(QCoreApplication::instance()->thread());
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void QueueWorker::wake()
{
    // Many wake-ups (one per stored batch of webhooks) collapse into one turn.
    if (m_turnScheduled.exchange(true))
        return;
    QMetaObject::invokeMethod(this, &QueueWorker::turn, Qt::QueuedConnection);
}

void QueueWorker::turn()
{
    m_turnScheduled = false;
    if (!m_open || !m_claiming || held())
        return;
    bool more = false;
    for (const DrainTurn &drain : std::as_const(m_drains))
        more = drain() || more;
    runJobs();
    if (more)
        wake(); // after whatever else waits on this thread (timers, finished jobs)
}

bool QueueWorker::held()
{
    if (!m_hold || !m_hold()) {
        m_heldSinceMs = -1;
        return false;
    }
    const qint64 now = steadyMs();
    if (m_heldSinceMs < 0)
        m_heldSinceMs = now;
    if (now - m_heldSinceMs >= m_holdAtMostMs) {
        m_heldSinceMs = now; // one turn now, and then held again
        return false;
    }
    if (!m_recheck->isActive()) // wake-ups meanwhile do not postpone the look
        m_recheck->start();
    return true;
}

void QueueWorker::runJobs()
{
    QStringList open; // kinds with a free slot
    for (const JobKind &kind : std::as_const(m_kinds)) {
        int running = 0;
        for (const Job &job : std::as_const(m_inFlight))
            running += job.kind == kind.name;
        if (running < kind.concurrency)
            open.append(kind.name);
    }
    JobQueue queue(QSqlDatabase::database(m_connection, false), m_clock);
    auto due = queue.dueKinds(open); // a read; the write lock only when there is work
    if (!due) {
        qCWarning(lcJobs).noquote() << "cannot read the job queue:" << due.error().detail;
        return;
    }
    for (const QString &name : std::as_const(*due)) {
        const JobKind &kind = m_kinds[name];
        int running = 0;
        for (const Job &job : std::as_const(m_inFlight))
            running += job.kind == name;
        auto claimed = queue.claim(m_owner, {name}, kind.concurrency - running, kind.leaseMs);
        if (!claimed) {
            qCWarning(lcJobs).noquote() << "cannot claim" << name << "jobs:" << claimed.error().detail;
            continue;
        }
        for (const Job &job : std::as_const(*claimed))
            dispatch(job, kind);
    }
}

void QueueWorker::dispatch(const Job &job, const JobKind &kind)
{
    m_inFlight.insert(job.id, job);
    m_inFlightCount = static_cast<int>(m_inFlight.size());
    m_startedMs.insert(job.id, steadyMs());
    if (job.attempts > job.maxAttempts) { // every earlier claim died with its worker
        settle(job.id, JobOutcome::giveUp(u"its worker stopped during each of %1 attempts"_s.arg(job.maxAttempts)));
        return;
    }
    qCDebug(lcJobs).noquote() << "running job" << job.id << job.kind << "attempt" << job.attempts;
    const qint64 id = job.id;
    JobFinish finish = [lifeline = m_lifeline, id](JobOutcome outcome) {
        QueueWorker *worker = lifeline->worker.load();
        if (!worker)
            return;
        QMetaObject::invokeMethod(
            worker,
            [lifeline, id, outcome] {
                if (QueueWorker *alive = lifeline->worker.load())
                    alive->settle(id, outcome);
            },
            Qt::QueuedConnection);
    };
    const QByteArray label = "job " + QByteArray::number(job.id) + ' ' + job.kind.toUtf8();
    if (!kind.context) {
        const JobScope scope(label);
        kind.run(job, std::move(finish));
        return;
    }
    QMetaObject::invokeMethod(
        kind.context.data(),
        [run = kind.run, job, label, finish = std::move(finish)]() mutable {
            const JobScope scope(label);
            run(job, std::move(finish));
        },
        Qt::QueuedConnection);
}

void QueueWorker::settle(qint64 id, const JobOutcome &outcome)
{
    const auto found = m_inFlight.constFind(id);
    if (found == m_inFlight.cend())
        return; // settled already (a handler that called finish twice)
    const Job job = *found;
    m_inFlight.erase(found);
    m_inFlightCount = static_cast<int>(m_inFlight.size());
    const qint64 startedMs = m_startedMs.take(id);
    const JobScope scope("job " + QByteArray::number(job.id) + ' ' + job.kind.toUtf8());
    JobQueue queue(QSqlDatabase::database(m_connection, false), m_clock);
    Result<bool> recorded = false;
    QString status;
    switch (outcome.kind) {
    case JobOutcome::Kind::Done:
        recorded = queue.complete(job, m_owner);
        status = job.periodic() ? u"pending"_s : u"done"_s;
        break;
    case JobOutcome::Kind::Retry:
        recorded = queue.retry(job, m_owner, outcome.error, outcome.delayMs);
        status = job.attempts >= job.maxAttempts && !job.periodic() ? u"failed"_s : u"pending"_s;
        break;
    case JobOutcome::Kind::Later:
        recorded = queue.postpone(job, m_owner, outcome.error, outcome.delayMs.value_or(0));
        status = u"pending"_s;
        break;
    case JobOutcome::Kind::GiveUp:
        recorded = queue.giveUp(job, m_owner, outcome.error);
        status = job.periodic() ? u"pending"_s : u"failed"_s;
        break;
    }
    if (!recorded) {
        qCWarning(lcJobs).noquote() << "cannot record the outcome of job" << id << job.kind << recorded.error().detail;
        return; // its lease lapses and it runs again: handlers are written to be repeated
    }
    if (!*recorded) {
        qCWarning(lcJobs) << "job" << id << job.kind << "outlived its lease; another worker has it";
        return;
    }
    if (outcome.kind != JobOutcome::Kind::Done)
        qCWarning(lcJobs).noquote() << "job" << id << job.kind << "attempt" << job.attempts << "failed"
                                    << (status == u"failed" ? "(giving up):" : ":") << outcome.error;
    Metrics::instance().add(u"nomo_jobs_finished_total"_s, u"Job runs by kind and the job's status after it"_s,
                            {{u"kind"_s, job.kind}, {u"status"_s, status}});
    Metrics::instance().observe(u"nomo_job_duration_seconds"_s, u"Time from claim to outcome of a job run"_s, {{u"kind"_s, job.kind}},
                                (steadyMs() - startedMs) / 1000.0, {0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300});
    Q_EMIT jobSettled(id, job.kind, status);
    wake(); // a slot is free
}

void QueueWorker::renewLeases()
{
    if (m_inFlight.isEmpty())
        return;
    QHash<QString, QList<qint64>> byKind;
    for (const Job &job : std::as_const(m_inFlight))
        byKind[job.kind].append(job.id);
    JobQueue queue(QSqlDatabase::database(m_connection, false), m_clock);
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        if (auto renewed = queue.renew(m_owner, it.value(), m_kinds.value(it.key()).leaseMs); !renewed)
            qCWarning(lcJobs).noquote() << "cannot renew the leases of" << it.key() << "jobs:" << renewed.error().detail;
    }
}

} // namespace nomo
