#include "webhooks/EventWorker.h"

#include "db/Database.h"
#include "logging/Logging.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr int kBatch = 200;
}

EventWorker::EventWorker(QString connectionName, const TokenCipher &cipher, int purgeGraceDays, int maxAttempts,
                         const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
    , m_cipher(cipher)
    , m_purgeGraceDays(purgeGraceDays)
    , m_maxAttempts(maxAttempts)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] { drain(); });
}

void EventWorker::start(int pollIntervalMs)
{
    m_timer->start(pollIntervalMs);
    wake();
}

void EventWorker::wake()
{
    // Many wake-ups in one turn of the loop make one drain, after the replies are out.
    if (std::exchange(m_wakeScheduled, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_wakeScheduled = false;
        drain();
    });
}

int EventWorker::drain()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    EventRepository events(db, m_clock);
    const EventProcessor processor(db, m_cipher, m_purgeGraceDays, m_clock);
    int taken = 0;
    while (true) {
        auto transaction = db::Transaction::begin(db);
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
        }
        if (auto committed = transaction->commit(); !committed) {
            qCWarning(lcEvents).noquote() << "cannot commit processed events:" << committed.error().detail;
            return taken;
        }
    }
}

} // namespace nomo
