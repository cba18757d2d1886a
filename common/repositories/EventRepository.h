#pragma once

#include <utility>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include "core/Clock.h"
#include "core/Result.h"

namespace nomo {

// A webhook (or reconciled) event as received, before it is understood.
struct IncomingEvent
{
    qint64 merchantId = 0;
    QString deliveryKey;
    QString eventType;
    QString source = QStringLiteral("webhook"); // webhook | reconcile
    QByteArray body;
};

struct StoredEvent
{
    qint64 id = 0;
    qint64 merchantId = 0;
    QString deliveryKey;
    QString eventType;
    QString source;
    QString status; // pending | processed | ignored | failed
    QByteArray body;
    int attempts = 0;
    QString lastError;
    QDateTime receivedAt;
};

// The raw event log. Not a tenant repository: intake stores events for whichever
// merchant Salla signed them for, and the worker picks work across merchants, then
// acts on each event inside that event's own TenantContext.
class EventRepository
{
public:
    explicit EventRepository(QSqlDatabase db, const Clock &clock = Clock::system());

    // Stores each event unless its delivery key is known already; returns, per event,
    // whether it was new. Run it inside the caller's transaction (intake groups many).
    Result<QList<bool>> store(const QList<IncomingEvent> &events);

    // Pending events whose time has come, oldest first. On PostgreSQL the rows are
    // locked (FOR UPDATE SKIP LOCKED) for the caller's transaction, so two workers
    // never take the same event.
    Result<QList<StoredEvent>> due(int limit) const;

    // The bodies of the pending events due after event `afterId`, by id, oldest first:
    // what the next due() is likely to give, read without locking anything (the
    // worker parses them ahead: webhooks/ParseAhead.h).
    Result<QList<std::pair<qint64, QByteArray>>> dueBodiesAfter(qint64 afterId, int limit) const;

    // The outcome of one processing attempt.
    struct Finished
    {
        qint64 id = 0;
        QString status; // processed | ignored | failed | pending (to retry at retryAt)
        QString error;
        QDateTime retryAt;
    };
    // Records the outcomes of a batch's attempts, in a few statements however many
    // (one per event was a sixteenth of the worker's statements).
    Status finish(const QList<Finished> &outcomes);
    Status finish(qint64 id, const QString &status, const QString &error, const QDateTime &retryAt)
    {
        return finish({Finished{id, status, error, retryAt}});
    }

    Result<QHash<QString, int>> countByStatus() const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

// The multi-row insert behind store(): `events` into `table` ("events", or the webhook
// inbox's "inbox", which has the same columns), each unless its delivery key is there
// already. Returns the keys it inserted. Rows go in as few statements as the count's
// binary digits (25 = 16 + 8 + 1), each kept prepared.
Result<QSet<QString>> insertEvents(const QSqlDatabase &db, const QString &table, const QList<IncomingEvent> &events, qint64 receivedAt);
// How many of `left` rows the next of those statements takes.
qsizetype rowsForNextStatement(qsizetype left);

} // namespace nomo
