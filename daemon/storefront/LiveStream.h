#pragma once

#include "core/Clock.h"
#include "storefront/LiveVisitors.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

class QHttpServerResponder;
class QTcpSocket;

namespace nomo {

namespace http {
class Routes;
}

// GET /api/v1/live: the console's "visitors now", as Server-Sent Events
// (text/event-stream, one `event: visitors` with {"visitors": n, "at": …} on connecting
// and whenever the figure moves, a comment every 15 s so proxies and our own idle
// timeout see a live connection). The figure is LiveVisitors' (the shared
// visitor_sessions table), read afresh for each streamed store when this daemon's
// beacons are written (BeaconSink::visitsStored, within a flush) and every two
// seconds besides, for what other daemons on the database wrote and for visitors who
// left the five-minute window. At most kPerStore streams a store and kTotal a daemon.
class LiveStream : public QObject
{
    Q_OBJECT

public:
    LiveStream(QString connectionName, const Clock &clock, QObject *parent = nullptr);
    ~LiveStream() override;
    void install(http::Routes &routes);
    // The stores whose figure may have moved (connect BeaconSink::visitsStored here).
    void storesMoved(const QSet<qint64> &stores);
    int streams() const { return static_cast<int>(m_streams.size()); }

    static constexpr int kPerStore = 10;
    static constexpr int kTotal = 500;
    static constexpr int kRefreshMs = 2000;
    static constexpr int kHeartbeatMs = 15000;

private:
    struct Stream
    {
        qint64 store = 0;
        QPointer<QTcpSocket> socket;
        std::unique_ptr<QHttpServerResponder> responder; // kept: the connection is ours until it closes
        qint64 lastSent = -1;
    };
    void open(qint64 store, QHttpServerResponder &&responder);
    void refresh(const QSet<qint64> &stores);
    void heartbeat();
    void dropClosed();

    QString m_connection;
    const Clock &m_clock;
    LiveVisitors m_counts;
    std::vector<std::unique_ptr<Stream>> m_streams;
    QSet<qint64> m_moved;
    QTimer m_soon;      // coalesces a burst of flushes into one read
    QTimer m_refresh;   // every kRefreshMs while anything streams
    QTimer m_heartbeat; // every kHeartbeatMs
};

} // namespace nomo
