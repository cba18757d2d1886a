#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>

namespace nomo::db {

// One writer at a time per SQLite file, in turn. SQLite allows a single writer; left
// to itself, a second connection waits in SQLite's busy handler, which sleeps in
// growing steps (up to 100 ms) and can lose the race again and again — a webhook
// reply waiting behind the event worker could take a tenth of a second. Writers of
// this process queue here instead, first come first served, and are woken the
// moment the lock is free. (PostgreSQL has real row locks and needs none of this.)
class WriteGate
{
public:
    static WriteGate &forDatabase(const QString &path);

    void lock();
    void unlock();

private:
    std::mutex m_mutex;
    std::condition_variable m_turn;
    quint64 m_nextTicket = 0;
    quint64 m_serving = 0;
};

} // namespace nomo::db
