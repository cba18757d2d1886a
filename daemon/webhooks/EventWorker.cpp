#include "webhooks/EventWorker.h"

#include "db/Database.h"
#include "logging/Logging.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
// Up to this many events share a commit. On SQLite the worker's transaction holds the
// write lock that the intake's group commit (and a console request) may want: the
// worker writes as a Background writer and commits after the event in hand as soon
// as a Foreground one queues, so a webhook's 200 waits for one event at most.
constexpr int kBatch = 32;
}

EventWorker::EventWorker(DatabaseUrl url, const TokenCipher &cipher, int purgeGraceDays, int maxAttempts, int busyTimeoutMs,
                         const Clock &clock)
    : m_url(std::move(url))
    , m_connection(u"nomo-worker"_s)
    , m_thread(new QThread)
    , m_busyTimeoutMs(busyTimeoutMs)
    , m_cipher(cipher)
    , m_purgeGraceDays(purgeGraceDays)
    , m_maxAttempts(maxAttempts)
    , m_clock(clock)
{
    m_thread->setObjectName(u"event-worker"_s);
}

EventWorker::~EventWorker()
{
    stop();
    delete m_thread;
}

void EventWorker::start(int pollIntervalMs)
{
    moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(this, [this, pollIntervalMs] { openAndPoll(pollIntervalMs); }, Qt::QueuedConnection);
}

void EventWorker::openAndPoll(int pollIntervalMs)
{
    auto db = db::open(m_url, m_connection, m_busyTimeoutMs);
    if (!db) {
        qCCritical(lcEvents).noquote() << "the event worker cannot open the database:" << db.error().detail;
        return;
    }
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, [this] { drain(); });
    m_timer->start(pollIntervalMs);
    drain();
}

void EventWorker::stop()
{
    if (!m_thread->isRunning())
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            delete m_timer;
            m_timer = nullptr;
            db::close(m_connection);
            moveToThread(QCoreApplication::instance()->thread());
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void EventWorker::wake()
{
    // Many wake-ups (one per stored batch) collapse into one drain on the worker thread.
    if (m_wakeScheduled.exchange(true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_wakeScheduled = false;
            drain();
        },
        Qt::QueuedConnection);
}

int EventWorker::drain()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    EventRepository events(db, m_clock);
    const EventProcessor processor(db, m_cipher, m_purgeGraceDays, m_clock);
    int taken = 0;
    while (true) {
        auto transaction = db::Transaction::begin(db, db::WritePriority::Background);
        if (!transaction) {
            qCWarning(lcEvents).noquote() << "cannot start work:" << transaction.error().detail;
            return taken;
        }
        auto due = events.due(kBatch);
        if (!due) {
            qCWarning(lcEvents).noquote() << "cannot read events:" << due.error().detail;
            return taken;
        }
        if (due->isEmpty())
            return taken;
        QList<qint64> authorized; // announced once this batch is committed
        for (const StoredEvent &event : std::as_const(*due)) {
            ++taken;
            // A savepoint per event: a failed one is undone alone, its failure recorded.
            Result<EventProcessor::Outcome> outcome = fail(ErrorCode::Internal, u"events.failed"_s, QString());
            {
                auto attempt = db::Transaction::begin(db);
                if (!attempt)
                    return taken;
                outcome = processor.process(event);
                if (outcome) {
                    if (auto committed = attempt->commit(); !committed)
                        outcome = fail(committed.error());
                }
            }
            Status recorded;
            if (outcome) {
                recorded = events.finish(event.id, outcome->status, outcome->note, {});
                if (event.eventType == u"app.store.authorize" && outcome->status == u"processed")
                    authorized.append(event.merchantId);
            } else {
                const int attempts = event.attempts + 1;
                const bool giveUp = attempts >= m_maxAttempts;
                qCWarning(lcEvents).noquote() << "event" << event.id << event.eventType << "failed, attempt" << attempts
                                              << (giveUp ? "(giving up)" : "") << outcome.error().toString();
                recorded = events.finish(event.id,
                                         giveUp ? u"failed"_s : u"pending"_s,
                                         outcome.error().toString(),
                                         giveUp ? QDateTime() : m_clock.nowUtc().addSecs(1LL << std::min(attempts - 1, 10)));
            }
            if (!recorded) {
                qCWarning(lcEvents).noquote() << "cannot record the outcome of event" << event.id << recorded.error().detail;
                return taken;
            }
            if (transaction->foregroundWaiting())
                break; // the rest stay pending for the next turn
        }
        if (auto committed = transaction->commit(); !committed) {
            qCWarning(lcEvents).noquote() << "cannot commit processed events:" << committed.error().detail;
            return taken;
        }
        for (const qint64 merchantId : std::as_const(authorized))
            Q_EMIT storeAuthorized(merchantId);
    }
}

} // namespace nomo
