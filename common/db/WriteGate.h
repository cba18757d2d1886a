#pragma once

#include <condition_variable>
#include <mutex>

#include <QString>

namespace nomo::db {

// One writer at a time per SQLite file, in turn. SQLite allows a single writer; left
// to itself, a second connection waits in SQLite's busy handler, which sleeps in
// growing steps (up to 100 ms) and can lose the race again and again — a webhook
// reply waiting behind the event worker could take a tenth of a second. Writers of
// this process queue here instead, and are woken the moment the lock is free.
// (PostgreSQL has real row locks and needs none of this.)
//
// Two queues, each first come first served: Foreground writers (someone is waiting
// for the answer: a webhook's 200, a console request) go before Background ones (the
// event worker, reconcile, purges), and a background writer can ask whether anyone
// is queued in front so that it commits early and lets them in.
enum class WritePriority
{
    Foreground,
    Background
};

class WriteGate
{
public:
    static WriteGate &forDatabase(const QString &path);

    void lock(WritePriority priority);
    void unlock();
    bool foregroundWaiting() const;
    // Writers holding a ticket and not yet let in, of both kinds (for tests and
    // metrics: "queued on the gate" is a fact to wait for, not a guess).
    int waiting() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_turn;
    bool m_held = false;
    quint64 m_foregroundNext = 0, m_foregroundServing = 0;
    quint64 m_backgroundNext = 0, m_backgroundServing = 0;
};

} // namespace nomo::db
