#pragma once

#include "core/Clock.h"
#include "storefront/Beacon.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <vector>

namespace nomo {

// Where accepted beacons wait and are written, in groups, the way webhook intake
// groups its commits: everything that came in during one interval (250 ms, sooner
// when 2,000 are waiting) goes into one transaction — each visitor's session found
// or started, moved to the page it is on, and its page views and events appended.
//
// A beacon is answered 202 before it is written (see docs/architecture.md): a page
// view is a statistic, not a promise to anyone, and losing the last quarter second of
// them to a crash costs a report nothing it can show, while writing first would put a
// commit on every shopper's page load. A webhook is the opposite case and waits.
// The queue is bounded: past kMaxWaiting beacons, accept() refuses (503) instead of
// growing without end while the database is away.
class BeaconSink : public QObject
{
    Q_OBJECT

public:
    struct Visit
    {
        qint64 store = 0;
        QString visitorId;
        QString device;
        bool keepViews = false; // visitor data on: page views and events are stored, not only presence
        Beacon beacon;
        QDateTime at;
    };

    BeaconSink(QString connectionName, const Clock &clock, QObject *parent = nullptr);
    ~BeaconSink() override;

    bool accept(Visit visit);
    // Writes whatever waits now (tests; shutdown).
    void flush();
    int waiting() const { return static_cast<int>(m_waiting.size()); }

    static constexpr int kFlushMs = 250;
    static constexpr int kFlushAt = 2000;
    static constexpr int kMaxWaiting = 100000;
    static constexpr qint64 kSessionIdleMs = 30 * 60 * 1000; // a visit ends after half an hour without a page

Q_SIGNALS:
    // After each commit: the stores whose live counts may have moved.
    void visitsStored(const QSet<qint64> &stores, int beacons);

private:
    struct Session
    {
        qint64 id = 0;
        qint64 lastSeenMs = 0;
    };
    Result<qint64> sessionFor(const Visit &visit, qint64 atMs);

    QString m_connection;
    const Clock &m_clock;
    std::vector<Visit> m_waiting;
    QTimer m_timer;
    // Sessions this daemon wrote lately, so a busy page does not look its session up
    // on every beacon. A miss reads the table: another daemon may have the session.
    QHash<QString, Session> m_sessions;
};

} // namespace nomo
