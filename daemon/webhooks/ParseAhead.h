#pragma once

#include <condition_variable>
#include <list>
#include <mutex>
#include <thread>
#include <utility>

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include "core/Result.h"
#include "json/JsonReader.h"

namespace nomo {

// Parses stored events' bodies on a thread of its own, one batch ahead of the worker
// that needs them. Qt's JSON parse is a quarter of the worker's instructions and
// needs nothing of the database, while everything else the worker does waits on its
// one connection; so on a machine with a second core the parse of the next batch runs
// there while this batch is written (docs/benchmarks.md).
//
// What it parses is only ever a head start: take() gives the document parsed ahead
// when the body is the one that was expected, waits for it when the helper is on it
// right now, and otherwise parses on the caller's thread. So whatever is expected,
// late or never, each body is parsed exactly as parseJsonObject() would, once.
//
// The helper thread starts at the first expect() and so inherits that thread's
// niceness (the queue worker's: app/ThreadPriority.h). With one core there is none,
// and take() always parses in place.
class ParseAhead
{
public:
    explicit ParseAhead(JsonLimits limits);
    ~ParseAhead();
    ParseAhead(const ParseAhead &) = delete;
    ParseAhead &operator=(const ParseAhead &) = delete;

    // Whether there is a helper thread at all (a second core): without one, expect()
    // does nothing and the caller need not read ahead.
    bool helps() const { return m_useHelper; }

    // The bodies the caller will want next, by event id, in the order it will want
    // them. The list before stays too (the caller reads the batch after next while it
    // takes this one's, and the helper works in order); older lists are forgotten.
    void expect(QList<std::pair<qint64, QByteArray>> bodies);

    // The document of `body` (event `id`): the one parsed ahead if it was, else parsed now.
    Result<QJsonObject> take(qint64 id, const QByteArray &body);

    // Where the parses went, for the benchmark: bodies take() gave from the helper,
    // and bodies it parsed itself.
    struct Counts
    {
        qint64 ahead = 0;
        qint64 inPlace = 0;
    };
    Counts counts() const;
    // Nothing expected is left for the helper to parse (tests wait for this).
    bool caughtUp() const;

private:
    enum class State
    {
        Waiting,
        Parsing,
        Done,
        Taken
    };
    struct Slot
    {
        qint64 id;
        QByteArray body;
        quint64 list; // which expect() call it came with
        State state = State::Waiting;
        Result<QJsonObject> document = QJsonObject();
    };

    void run();

    const JsonLimits m_limits;
    const bool m_useHelper;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::list<Slot> m_slots; // a list: the helper holds its slot while it parses, unlocked
    quint64 m_lists = 0; // expect() calls so far
    bool m_stopping = false;
    Counts m_counts;
    std::thread m_helper;
};

} // namespace nomo
