#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "storefront/Beacon.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace nomo {

// One accepted beacon, as BeaconSink keeps it until it is written.
struct BeaconVisit
{
    qint64 store = 0;
    QString visitorId;
    QString device;
    bool keepViews = false; // visitor data on: page views and events are stored, not only presence
    int toolsOn = 0;        // StorefrontHoldout: the holding tools on, and those holding this visitor back
    int heldBack = 0;
    Beacon beacon;
    QDateTime at;
};

// Writes a group of beacons in one transaction on its connection: each visitor's
// session found or started, moved to the page it is on, and its page views and events
// appended. Used on one thread only (the connection's): BeaconSink's writer thread, or
// the caller's in tests.
class BeaconWriter
{
public:
    BeaconWriter(QString connectionName, const Clock &clock);

    // The stores whose live counts may have moved; an error when nothing was stored.
    Result<QSet<qint64>> write(const std::vector<BeaconVisit> &batch);

    static constexpr qint64 kSessionIdleMs = 30 * 60 * 1000; // a visit ends after half an hour without a page

private:
    struct Session
    {
        qint64 id = 0;
        qint64 lastSeenMs = 0;
    };
    Result<qint64> sessionFor(const BeaconVisit &visit, qint64 atMs);

    QString m_connection;
    const Clock &m_clock;
    // Sessions this daemon wrote lately, so a busy page does not look its session up
    // on every beacon. A miss reads the table: another daemon may have the session.
    QHash<QString, Session> m_sessions;
};

} // namespace nomo
