#pragma once

#include "core/Clock.h"
#include "db/DatabaseUrl.h"
#include "storefront/BeaconWriter.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace nomo {

// Where accepted beacons wait and are written, in groups, the way webhook intake
// groups its commits: everything that came in during one interval (250 ms, sooner
// when 2,000 are waiting) goes into one transaction (BeaconWriter).
//
// A beacon is answered 202 before it is written (see docs/architecture.md): a page
// view is a statistic, not a promise to anyone, and losing the last quarter second of
// them to a crash costs a report nothing it can show, while writing first would put a
// commit on every shopper's page load. A webhook is the opposite case and waits.
//
// In the daemon the writes run on a thread of their own with a connection of their
// own, so the HTTP thread only reads, checks and answers (benchmarks/storefront); a
// sink made on a connection name writes on the caller's thread (tests).
// The queue is bounded: past kMaxWaiting beacons, waiting or being written, accept()
// refuses (503) instead of growing without end while the database is away.
class BeaconSink : public QObject
{
    Q_OBJECT

public:
    using Visit = BeaconVisit;

    // Writes on the caller's thread, on `connectionName`.
    BeaconSink(QString connectionName, const Clock &clock, QObject *parent = nullptr);
    // Writes on a thread of its own, on a connection to `url` it opens there.
    BeaconSink(const DatabaseUrl &url, int busyTimeoutMs, const Clock &clock, QObject *parent = nullptr);
    ~BeaconSink() override;

    bool accept(Visit visit);
    // Writes whatever waits and returns when it is written (tests; shutdown).
    void flush();
    int waiting() const { return static_cast<int>(m_waiting.size()) + m_inFlight.load(); }

    static constexpr int kFlushMs = 250;
    static constexpr int kFlushAt = 2000;
    static constexpr int kMaxWaiting = 100000;
    static constexpr qint64 kSessionIdleMs = BeaconWriter::kSessionIdleMs;

Q_SIGNALS:
    // After each commit, on the sink's thread: the stores whose live counts may have moved.
    void visitsStored(const QSet<qint64> &stores, int beacons);

private:
    class Thread;
    void handOff(bool wait);
    void stored(const Result<QSet<qint64>> &outcome, int beacons);

    const Clock &m_clock;
    std::vector<Visit> m_waiting;
    std::atomic<int> m_inFlight{0};
    QTimer m_timer;
    std::unique_ptr<BeaconWriter> m_inline; // tests: written here
    std::unique_ptr<Thread> m_thread;        // the daemon: written there
};

} // namespace nomo
