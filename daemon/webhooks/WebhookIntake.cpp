#include "webhooks/WebhookIntake.h"

#include "app/DatabaseThread.h"
#include "app/IdleMemory.h"
#include "core/Metrics.h"
#include "core/Time.h"
#include "db/Database.h"
#include "http/Answer.h"
#include "http/DeferredReply.h"
#include "http/HttpErrors.h"
#include "http/Routes.h"
#include "logging/Logging.h"
#include "repositories/WebhookInbox.h"
#include "salla/EnvelopeScan.h"
#include "salla/SallaPayloads.h"
#include "webhooks/IntakePressure.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QElapsedTimer>
#include <QPointer>
#include <QScopeGuard>
#include <QTimer>

#include <deque>
#include <functional>
#include <mutex>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
const QString kReceived = u"nomo_webhooks_received_total"_s;
const QString kReceivedHelp = u"Salla webhooks by what became of them"_s;
// The 200's two bodies, made once (shared, not copied, by every reply).
const QByteArray kAccepted = QByteArrayLiteral(R"({"duplicate":false,"status":"accepted"})");
const QByteArray kAcceptedAgain = QByteArrayLiteral(R"({"duplicate":true,"status":"accepted"})");
// How often the idle intake deletes moved rows from the inbox, and how many at a time:
// a few milliseconds of the intake thread, so a group that comes meanwhile hardly waits.
constexpr int kTidyEveryMs = 500;
constexpr int kTidyRows = 2048;
// Free pages an empty inbox may keep before it is compacted: 16 MiB of 4 KiB pages.
constexpr int kInboxFreePagesAtMost = 4096;

// What became of one delivery on the intake thread.
struct Outcome
{
    int status = 200;
    QByteArray body;
    QString metric; // the outcome label
};
} // namespace

struct WebhookIntake::Batch
{
    std::vector<QByteArray> bodies; // verified, in arrival order
    std::vector<Outcome> outcomes; // filled on the intake thread
    int fresh = 0;
    double storeSeconds = 0; // reading, storing and the synced commit, on the intake thread
};

// Between the HTTP thread, which adds what it verified, and the intake thread, which
// takes all of it as its next group each time it is done with one.
struct WebhookIntake::Inflow
{
    std::mutex mutex;
    std::vector<QByteArray> bodies; // verified, not taken yet
    bool storing = false;           // the intake thread has been asked, or is at work
    bool closed = false;            // the intake is going: nothing more is taken
};

struct WebhookIntake::Replies
{
    std::deque<DeferredReply> unanswered;
};

namespace {

void refuse(QHttpServerResponder &responder, const Error &error, const QByteArray &requestId)
{
    Metrics::instance().add(kReceived, kReceivedHelp, {{u"outcome"_s, u"refused_"_s + errorCodeName(error.code)}});
    http::writeAnswer(responder,
                      http::Answer{static_cast<int>(httpStatusFor(error.code)), errorBody(errorCodeName(error.code), error.detail), {}},
                      requestId);
}

Outcome refused(const Error &error)
{
    return {static_cast<int>(httpStatusFor(error.code)), errorBody(errorCodeName(error.code), error.detail),
            u"refused_"_s + errorCodeName(error.code)};
}

// On the intake thread: each body read and checked, the good ones stored in one
// transaction (synced when it commits), an outcome for every one.
void storeBatch(const QString &connection, const JsonLimits &limits, const Clock &clock, WebhookIntake::Batch &batch);

// On the intake thread: groups stored one after another while the HTTP thread hands
// over more; each group's outcomes go back to `self` on the HTTP thread.
void storeWhileMore(const std::shared_ptr<WebhookIntake::Inflow> &inflow, const QPointer<WebhookIntake> &self, const QString &connection,
                    const JsonLimits &limits, const Clock &clock, IntakePressure *pressure,
                    const std::function<void(WebhookIntake *, const WebhookIntake::Batch &)> &answer)
{
    for (;;) {
        auto batch = std::make_shared<WebhookIntake::Batch>();
        {
            const std::lock_guard lock(inflow->mutex);
            if (inflow->closed || inflow->bodies.empty()) {
                inflow->storing = false; // the next hand-over asks again
                return;
            }
            batch->bodies.swap(inflow->bodies);
        }
        if (pressure)
            pressure->group(static_cast<int>(batch->bodies.size()));
        storeBatch(connection, limits, clock, *batch);
        // Answered on the HTTP thread, where the sockets live.
        QMetaObject::invokeMethod(
            self.data(),
            [self, batch, answer] {
                if (self)
                    answer(self.data(), *batch);
            },
            Qt::QueuedConnection);
    }
}

// SQLite: the intake thread's second connection, to the database, which it only reads.
QString readerOf(const QString &connection)
{
    return connection + u"-reader"_s;
}

// Where the intake commits: on SQLite its inbox file (repositories/WebhookInbox.h), so
// that it shares no write lock with the worker; on PostgreSQL `events` itself.
DatabaseUrl intakeDatabase(const DatabaseUrl &database)
{
    return database.engine == DbEngine::Sqlite ? DatabaseUrl::sqlite(WebhookInbox::fileFor(database.sqlitePath)) : database;
}

} // namespace

WebhookIntake::WebhookIntake(const DatabaseUrl &database, int busyTimeoutMs, WebhookSignature signature, JsonLimits limits,
                             const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_signature(std::move(signature))
    , m_limits(limits)
    , m_clock(clock)
    , m_inflow(std::make_shared<Inflow>())
    , m_replies(std::make_unique<Replies>())
{
    const bool sqlite = database.engine == DbEngine::Sqlite;
    Status prepared;
    if (sqlite) {
        // Made here, on a connection of its own, so that the intake's thread writes
        // nothing but its groups (IntakeDurabilityTest counts its syncs).
        const QString setup = u"nomo-webhook-inbox-setup"_s;
        {
            auto inbox = db::open(intakeDatabase(database), setup, busyTimeoutMs);
            prepared = inbox ? WebhookInbox::prepareIntake(*inbox) : Status(fail(inbox.error()));
        }
        db::close(setup);
    }
    m_thread = std::make_unique<DatabaseThread>(u"webhook-intake"_s, intakeDatabase(database), busyTimeoutMs, db::Durability::Synced);
    if (sqlite && prepared && m_thread->isOpen()) {
        m_thread->runAndWait([&prepared, connection = m_thread->connection(), database, busyTimeoutMs] {
            if (auto reader = db::open(database, readerOf(connection), busyTimeoutMs, db::Durability::Relaxed); !reader)
                prepared = fail(reader.error());
            else
                prepared = WebhookInbox::tuneIntakeConnection(QSqlDatabase::database(connection, false));
        });
    }
    if (sqlite) {
        m_tidyTimer = new QTimer(this);
        m_tidyTimer->setInterval(kTidyEveryMs);
        connect(m_tidyTimer, &QTimer::timeout, this, &WebhookIntake::tidy);
        m_tidyTimer->start(); // the inbox may hold what the last run left
    }
    if (!prepared) {
        // isOpen() stays true, and every store then fails with 503: Salla retries, and
        // the log says why.
        qCCritical(lcWebhooks).noquote() << "cannot prepare the webhook inbox:" << prepared.error().detail;
    }
}

WebhookIntake::~WebhookIntake()
{
    {
        const std::lock_guard lock(m_inflow->mutex);
        m_inflow->closed = true; // the group being stored ends the intake thread's work
        m_inflow->bodies.clear();
    }
    m_thread->post([reader = readerOf(m_thread->connection())] { db::close(reader); }); // after the batch it holds
    m_thread.reset(); // waits for that group; its replies are not written (Salla retries)
}

void WebhookIntake::install(http::Routes &routes)
{
    routes.addAsync({"POST", u"/webhooks/salla"_s, http::Access::Webhook, false, u"Salla's signed webhooks"_s},
                    [this](const http::RequestContext &context, QHttpServerResponder &&responder) {
                        accept(context.request, std::move(responder), context.requestId);
                    });
}

void WebhookIntake::accept(const QHttpServerRequest &request, QHttpServerResponder &&responder, const QByteArray &requestId)
{
    const QByteArray body = request.body();
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : request.headers())
        headers.append({name, value});
    // Who sent it: checked on the exact bytes, before any parsing.
    if (auto verified = m_signature.verify(headers, body); !verified) {
        qCInfo(lcWebhooks).noquote() << "refused webhook from" << request.remoteAddress().toString() << verified.error().detail;
        return refuse(responder, verified.error(), requestId);
    }
    if (!m_thread->isOpen())
        return refuse(responder, Error{ErrorCode::Unavailable, u"db.unavailable"_s, u"the event could not be stored; retry later"_s},
                      requestId);
    m_verified.push_back(body);
    m_replies->unanswered.emplace_back(std::move(responder), requestId);
    // Everything verified in this turn of the event loop goes together.
    if (!std::exchange(m_handOffScheduled, true))
        QTimer::singleShot(0, this, &WebhookIntake::handOff);
}

void WebhookIntake::handOff()
{
    m_handOffScheduled = false;
    if (m_verified.empty())
        return;
    ++m_groupsSinceTidy;
    if (m_tidyTimer && !m_tidyTimer->isActive())
        m_tidyTimer->start();
    bool ask = false;
    {
        const std::lock_guard lock(m_inflow->mutex);
        m_inflow->bodies.insert(m_inflow->bodies.end(), std::make_move_iterator(m_verified.begin()),
                                std::make_move_iterator(m_verified.end()));
        ask = !std::exchange(m_inflow->storing, true);
    }
    m_verified.clear();
    if (ask)
        m_thread->post([inflow = m_inflow, self = QPointer<WebhookIntake>(this), connection = m_thread->connection(), limits = m_limits,
                        &clock = m_clock, pressure = m_pressure] {
            storeWhileMore(inflow, self, connection, limits, clock, pressure,
                           [](WebhookIntake *intake, const Batch &batch) { intake->answer(batch); });
        });
}

void WebhookIntake::answer(const Batch &batch)
{
    std::deque<DeferredReply> &unanswered = m_replies->unanswered;
    Q_ASSERT(unanswered.size() >= batch.outcomes.size());
    QHash<QString, int> counts;
    for (const Outcome &outcome : batch.outcomes) {
        unanswered.front().write(outcome.status, QByteArrayLiteral("application/json"), outcome.body);
        unanswered.pop_front();
        ++counts[outcome.metric];
    }
    Metrics &metrics = Metrics::instance();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        metrics.add(kReceived, kReceivedHelp, {{u"outcome"_s, it.key()}}, it.value());
    metrics.observe(u"nomo_webhook_commit_batch_size"_s, u"Webhooks stored by one group commit"_s, {},
                    static_cast<double>(batch.outcomes.size()), {1, 2, 4, 8, 16, 32, 64, 128, 256});
    // What a slow disk shows first: every 200 of the group waits for this.
    metrics.observe(u"nomo_webhook_commit_seconds"_s, u"Time the intake thread took for one group: read, stored, synced"_s, {},
                    batch.storeSeconds, {0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1});
    if (batch.fresh > 0)
        Q_EMIT eventsStored(batch.fresh);
}

void WebhookIntake::tidy()
{
    // Only when no group came since the last tick: under a stream the groups delete.
    if (std::exchange(m_groupsSinceTidy, 0) > 0 || !m_replies->unanswered.empty() || m_tidying || !m_thread->isOpen())
        return;
    m_tidying = true;
    QPointer<WebhookIntake> self(this);
    m_thread->post([self, connection = m_thread->connection()] {
        const QSqlDatabase inbox = QSqlDatabase::database(connection, false);
        Result<WebhookInbox::Purged> purged = fail(ErrorCode::Internal, u"db.failed"_s, u"not purged"_s);
        if (auto transaction = db::Transaction::begin(inbox)) {
            purged = WebhookInbox::purgeMoved(inbox, QSqlDatabase::database(readerOf(connection), false), kTidyRows);
            if (purged)
                if (auto committed = transaction->commit(); !committed)
                    purged = fail(committed.error());
        } else {
            purged = fail(transaction.error());
        }
        if (!purged)
            qCWarning(lcWebhooks).noquote() << "cannot delete moved webhooks from the inbox:" << purged.error().detail;
        else if (purged->deleted > 0) // a synced commit of this thread, as a group's is (IntakeDurabilityTest)
            qCDebug(lcWebhooks) << "deleted" << purged->deleted << "moved webhooks from the inbox in one commit";
        const bool empty = purged && purged->empty;
        if (empty) {
            if (auto compacted = WebhookInbox::compact(inbox, kInboxFreePagesAtMost); !compacted)
                qCWarning(lcWebhooks).noquote() << "cannot compact the webhook inbox:" << compacted.error().detail;
            else if (*compacted) // a synced commit of this thread too
                qCDebug(lcWebhooks) << "compacted the webhook inbox in one commit";
            // The burst is over (the timer stops until the next group).
            qCDebug(lcWebhooks) << "the webhook inbox is empty";
            releaseIdleMemory(QSqlDatabase::database(readerOf(connection), false));
            releaseIdleMemory(inbox);
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, empty] {
                if (!self)
                    return;
                self->m_tidying = false;
                if (empty)
                    self->m_tidyTimer->stop(); // until the next group
            },
            Qt::QueuedConnection);
    });
}

namespace {

void storeBatch(const QString &connection, const JsonLimits &limits, const Clock &clock, WebhookIntake::Batch &batch)
{
    QElapsedTimer timer;
    timer.start();
    const auto timed = qScopeGuard([&] { batch.storeSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9; });
    batch.outcomes.assign(batch.bodies.size(), Outcome{});
    QList<IncomingEvent> events;
    std::vector<size_t> at; // events[k] is body at[k]
    for (size_t i = 0; i < batch.bodies.size(); ++i) {
        const QByteArray &body = batch.bodies[i];
        // What it is: the envelope read off the bytes when the body is plainly Salla's
        // (salla/EnvelopeScan.h: the worker reads the whole of it anyway) …
        if (auto scanned = salla::scanEnvelope(body, limits)) {
            events.append(IncomingEvent{scanned->merchantId, salla::deliveryKey(*scanned, body), scanned->event, u"webhook"_s, body});
            at.push_back(i);
            continue;
        }
        // … else bounded JSON by Qt's parser, then Salla's envelope, with their refusals.
        auto object = parseJsonObject(body, limits);
        if (!object) {
            batch.outcomes[i] = refused(object.error());
            continue;
        }
        auto envelope = salla::readEnvelope(*object);
        if (!envelope) {
            batch.outcomes[i] = refused(envelope.error());
            continue;
        }
        events.append(IncomingEvent{envelope->merchantId, salla::deliveryKey(*envelope, body), envelope->event, u"webhook"_s, body});
        at.push_back(i);
    }
    if (events.isEmpty())
        return;

    const QSqlDatabase db = QSqlDatabase::database(connection, false);
    Result<QList<bool>> stored = fail(ErrorCode::Internal, u"db.failed"_s, u"not stored"_s);
    if (auto transaction = db::Transaction::begin(db)) {
        stored = db::engineOf(db) == DbEngine::Sqlite
                     ? WebhookInbox::store(db, QSqlDatabase::database(readerOf(connection), false), events, time::toStorage(clock.nowUtc()))
                     : EventRepository(db, clock).store(events);
        if (stored) {
            if (auto committed = transaction->commit(); !committed)
                stored = fail(committed.error());
        }
    } else {
        stored = fail(transaction.error());
    }
    if (!stored) {
        // Nothing was stored: say so, and Salla retries later.
        qCWarning(lcWebhooks).noquote() << "could not store" << events.size() << "webhooks:" << stored.error().detail;
        const QByteArray body = errorBody(u"unavailable"_s, u"the event could not be stored; retry later"_s);
        for (const size_t i : at)
            batch.outcomes[i] = {503, body, u"unavailable"_s};
        return;
    }
    for (size_t k = 0; k < at.size(); ++k) {
        const bool isNew = stored->at(static_cast<qsizetype>(k));
        batch.fresh += isNew;
        batch.outcomes[at[k]] = {200, isNew ? kAccepted : kAcceptedAgain, isNew ? u"stored"_s : u"duplicate"_s};
    }
    qCDebug(lcWebhooks) << "stored" << batch.fresh << "new of" << events.size() << "webhooks in one commit";
}

} // namespace

} // namespace nomo
