#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <utility>

#include <QString>

#include "core/Clock.h"

class QSqlDatabase;

namespace nomo {

class ParseAhead;
class Subscriptions;
class TokenCipher;

// Processes stored events after their webhook was answered: oldest first, each in its
// own savepoint together with its outcome, in small Background transactions. It runs
// in turns on the queue worker's thread and connection (QueueWorker::addDrain), so a
// backlog never holds up the HTTP loop that answers Salla, and jobs get their turn
// between batches. A failure is kept with its reason and tried again later (1, 2, 4 …
// seconds), up to `maxAttempts`, then left "failed" for the console's activity view.
//
// The `events` table is this drain's queue, not `jobs`: it already is the durable log
// of deliveries with the same claim rules (SKIP LOCKED on PostgreSQL, the write gate
// on SQLite), and a second row per webhook would cost the intake an insert each. On
// SQLite each turn first moves what the intake stored in its own file into `events`
// (repositories/WebhookInbox.h). While a batch is written, the next batch's bodies are
// parsed on a second core (webhooks/ParseAhead.h).
class EventDrain
{
public:
    EventDrain(QString connectionName, const TokenCipher &cipher, const Subscriptions &subscriptions, int purgeGraceDays,
               int maxAttempts, const Clock &clock = Clock::system());
    ~EventDrain();

    // One turn: up to a few batches. True while more events are due.
    bool turn();
    // Asked after each batch: if it says so, the turn ends there (more may be due), and
    // the cores go to whoever needs them more (webhooks/IntakePressure.h).
    void setHold(std::function<bool()> hold) { m_hold = std::move(hold); }

    // Bodies this drain found parsed ahead, and bodies it parsed itself (the benchmark).
    std::pair<qint64, qint64> parses() const;

private:
    // SQLite: what the intake stored in its inbox since, into `events`; how many rows.
    std::optional<int> moveFromInbox(const QSqlDatabase &db);

    QString m_connection;
    const TokenCipher &m_cipher;
    const Subscriptions &m_subscriptions;
    int m_purgeGraceDays;
    int m_maxAttempts;
    const Clock &m_clock;
    bool m_inboxAttached = false;
    bool m_worked = false; // since its memory was last given back (app/IdleMemory.h)
    std::unique_ptr<ParseAhead> m_parseAhead; // the next batch's bodies, parsed on a second core
    std::function<bool()> m_hold;
};

} // namespace nomo
