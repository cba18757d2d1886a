#include "webhooks/EventDrain.h"

#include <optional>

#include "app/IdleMemory.h"
#include "core/Metrics.h"
#include "db/Database.h"
#include "logging/JobScope.h"
#include "logging/Logging.h"
#include "repositories/EventRepository.h"
#include "repositories/WebhookInbox.h"
#include "webhooks/EventProcessor.h"
#include "webhooks/ParseAhead.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
// Up to this many events share a commit. On SQLite the transaction holds the write
// lock that the intake's group commit (and a console request) may want: it is taken
// as a Background writer and committed after the event in hand as soon as a
// Foreground one queues, so a webhook's 200 waits for one event at most.
constexpr int kBatch = 32;
// Batches per turn, so that jobs and timers on the same thread are not starved by a
// backlog of events.
constexpr int kBatchesPerTurn = 16;
// Rows moved from the webhook inbox into `events` per turn (SQLite): more than a turn
// processes, so that a backlog shows as pending events, and few enough that the move
// (one statement copying the rows inside SQLite) stays a few milliseconds.
constexpr int kMovesPerTurn = 1024;
} // namespace

EventDrain::EventDrain(QString connectionName,
    const TokenCipher &cipher,
    const Subscriptions &subscriptions,
    int purgeGraceDays,
    int maxAttempts,
    const Clock &clock)
    : m_connection(std::move(connectionName))
    , m_cipher(cipher)
    , m_subscriptions(subscriptions)
    , m_purgeGraceDays(purgeGraceDays)
    , m_maxAttempts(maxAttempts)
    , m_clock(clock)
    , m_parseAhead(std::make_unique<ParseAhead>(EventProcessor::bodyLimits()))
{
}

EventDrain::~EventDrain() = default;

std::pair<qint64, qint64> EventDrain::parses() const
{
    const ParseAhead::Counts counts = m_parseAhead->counts();
    return { counts.ahead, counts.inPlace };
}

namespace {
// SQLite: the drain's commits are not synced one by one (synchronous=NORMAL for the
// turn, FULL again after). Why that keeps every promise: what the drain commits is the
// processing of events that stay "pending" until it is committed, has no effect
// outside the database, and is done again the same way if a power cut rolls it back;
// and the next synced commit on the file (this drain's next move from the webhook
// inbox, a job's outcome, a console write) syncs the WAL up to it, so nothing that was
// acted on outside — a message a job sent — rests on a commit that can still roll
// back. Measured (before the inbox, when webhooks were stored in this file): the
// worker yields the write lock to the intake after almost every event while webhooks
// stream in, and a sync at each of those commits held its rate to ~1,000 events/s.
class RelaxedTurn
{
public:
    explicit RelaxedTurn(const QSqlDatabase &db)
        : m_db(db)
        , m_on(db::engineOf(db) == DbEngine::Sqlite)
    {
        if (m_on)
            (void)db::exec(m_db, u"PRAGMA synchronous=NORMAL"_s);
    }
    ~RelaxedTurn()
    {
        if (m_on)
            (void)db::exec(m_db, u"PRAGMA synchronous=FULL"_s);
    }

private:
    QSqlDatabase m_db;
    bool m_on;
};
} // namespace

std::optional<int> EventDrain::moveFromInbox(const QSqlDatabase &db)
{
    if (!m_inboxAttached) {
        auto attached = WebhookInbox::attach(db);
        if (!attached) {
            qCWarning(lcEvents).noquote() << "cannot open the webhook inbox:" << attached.error().detail;
            return std::nullopt;
        }
        if (!*attached)
            return 0; // no intake has made it yet
        m_inboxAttached = true;
    }
    // Synced, unlike the batches after it: the intake deletes what the mark has passed.
    auto transaction = db::Transaction::begin(db, db::WritePriority::Background);
    if (!transaction) {
        qCWarning(lcEvents).noquote() << "cannot start work:" << transaction.error().detail;
        return std::nullopt;
    }
    auto moved = WebhookInbox::load(db, kMovesPerTurn);
    if (!moved) {
        qCWarning(lcEvents).noquote() << "cannot move webhooks from the inbox:" << moved.error().detail;
        return std::nullopt;
    }
    if (*moved == 0)
        return 0; // nothing written: rolled back
    if (auto committed = transaction->commit(); !committed) {
        qCWarning(lcEvents).noquote() << "cannot commit webhooks moved from the inbox:" << committed.error().detail;
        return std::nullopt;
    }
    return *moved;
}

bool EventDrain::turn()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const bool postgres = db::engineOf(db) == DbEngine::Postgres;
    bool inboxFull = false; // more wait there than one turn moves
    int moved = 0;
    if (!postgres) {
        // Should the inbox fail to be read (said in the log), what `events` holds is
        // still processed.
        moved = moveFromInbox(db).value_or(0);
        inboxFull = moved == kMovesPerTurn;
    }
    const RelaxedTurn relaxed(db);
    EventRepository events(db, m_clock);
    const EventProcessor processor(db, m_cipher, m_subscriptions, m_purgeGraceDays, m_clock);
    bool drained = false; // `events` has nothing due now
    bool idle = false;    // and had nothing this turn at all
    for (int batch = 0; batch < kBatchesPerTurn; ++batch) {
        auto transaction = db::Transaction::begin(db, db::WritePriority::Background);
        if (!transaction) {
            qCWarning(lcEvents).noquote() << "cannot start work:" << transaction.error().detail;
            return false;
        }
        processor.forgetStores();
        auto due = events.due(kBatch);
        if (!due) {
            qCWarning(lcEvents).noquote() << "cannot read events:" << due.error().detail;
            return false;
        }
        if (due->isEmpty()) {
            drained = true;
            idle = batch == 0 && moved == 0;
            break; // the transaction (a read) ends here
        }
        m_worked = true;
        const bool full = due->size() == kBatch;
        // What the next batch will likely be, parsed on the other core while this one
        // is written (read before the sort below: `due` is in id order).
        if (full && m_parseAhead->helps()) {
            if (auto next = events.dueBodiesAfter(due->constLast().id, kBatch))
                m_parseAhead->expect(std::move(*next));
            else // only a head start lost
                qCDebug(lcEvents).noquote() << "cannot read the next events ahead:" << next.error().detail;
        }
        // Several daemons' workers on one PostgreSQL: every write of a store ends on its
        // merchants row (the change feed's counter), and two workers whose batches hold
        // stores in different orders, or one store's rows in different orders, deadlock.
        // Each batch therefore takes its stores' rows first, in ascending order, and then
        // works store by store: a second worker with an overlapping store waits its turn.
        // (Events of one store keep their order; on SQLite the write gate already
        // serialises writers.)
        std::stable_sort(due->begin(), due->end(),
                         [](const StoredEvent &a, const StoredEvent &b) { return a.merchantId < b.merchantId; });
        if (postgres) {
            qint64 locked = 0;
            for (const StoredEvent &event : std::as_const(*due)) {
                if (event.merchantId == locked)
                    continue;
                locked = event.merchantId;
                if (auto row = db::exec(db, u"SELECT id FROM merchants WHERE id = :id FOR UPDATE"_s, {{u"id"_s, locked}}); !row) {
                    qCWarning(lcEvents).noquote() << "cannot lock store" << locked << row.error().detail;
                    return false;
                } else {
                    while (row->next()) { }
                }
            }
        }
        QList<EventRepository::Finished> finished;
        finished.reserve(due->size());
        QHash<QString, int> counted; // outcomes by status, for the metric once committed
        for (const StoredEvent &event : std::as_const(*due)) {
            const JobScope scope("event " + QByteArray::number(event.id) + ' ' + event.eventType.toUtf8());
            // A savepoint per event: a failed one is undone alone, its failure recorded.
            // First with the handlers' own savepoints elided (db::SavepointElision); should
            // one of them have been needed, the event is undone and done again with them.
            Result<EventProcessor::Outcome> outcome = fail(ErrorCode::Internal, u"events.failed"_s, QString());
            const Result<QJsonObject> document = m_parseAhead->take(event.id, event.body);
            for (const bool elide : {true, false}) {
                auto attempt = db::Transaction::begin(db);
                if (!attempt)
                    return false;
                std::optional<db::SavepointElision> elision;
                if (elide)
                    elision.emplace(db);
                outcome = processor.process(event, document);
                const bool redo = elision && elision->poisoned();
                elision.reset();
                if (redo) {
                    Metrics::instance().add(u"nomo_events_redone_total"_s,
                                            u"Stored events done again with savepoints of their own, an elided one having been needed"_s, {});
                    processor.forgetStores(); // what it read may have been undone with the attempt
                    continue;
                }
                if (outcome) {
                    if (auto committed = attempt->commit(); !committed)
                        outcome = fail(committed.error());
                }
                break;
            }
            const QString status = outcome ? outcome->status : event.attempts + 1 >= m_maxAttempts ? u"failed"_s : u"retry"_s;
            ++counted[status];
            if (outcome) {
                finished.append({event.id, outcome->status, outcome->note, {}});
            } else {
                const int attempts = event.attempts + 1;
                const bool giveUp = attempts >= m_maxAttempts;
                qCWarning(lcEvents).noquote() << "event" << event.id << event.eventType << "failed, attempt" << attempts
                                              << (giveUp ? "(giving up)" : "") << outcome.error().toString();
                finished.append({event.id, giveUp ? u"failed"_s : u"pending"_s, outcome.error().toString(),
                                 giveUp ? QDateTime() : m_clock.nowUtc().addSecs(1LL << std::min(attempts - 1, 10))});
            }
            if (transaction->foregroundWaiting())
                break; // the rest stay pending for the next batch
        }
        // The batch's outcomes in one statement or a few, in the batch's transaction.
        if (auto recorded = events.finish(finished); !recorded) {
            qCWarning(lcEvents).noquote() << "cannot record the outcomes of" << finished.size() << "events:" << recorded.error().detail;
            return false;
        }
        if (auto committed = transaction->commit(); !committed) {
            qCWarning(lcEvents).noquote() << "cannot commit processed events:" << committed.error().detail;
            return false;
        }
        for (auto it = counted.cbegin(); it != counted.cend(); ++it)
            Metrics::instance().add(u"nomo_events_processed_total"_s, u"Stored Salla events processed, by outcome (retry: failed this time)"_s,
                                    {{u"status"_s, it.key()}}, it.value());
        if (!full)
            return inboxFull;
        if (m_hold && m_hold())
            return true; // the rest when the cores are free
    }
    if (!drained)
        return true; // the turn's batches were all full: more may wait
    if (idle && std::exchange(m_worked, false))
        releaseIdleMemory(db); // the first idle turn after work: the burst is over
    return inboxFull;
}

} // namespace nomo
