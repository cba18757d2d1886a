#pragma once

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>

namespace nomo {

// The listening socket in front of QHttpServer (bound with QHttpServer::bind()).
// Qt HttpServer 6.4 buffers any body whole, never closes an idle connection and
// reads request heads leniently (PLATFORM.md §4), so every connection is watched
// here first:
//  - each request head is framed strictly (http/RequestFraming.h): heads that could
//    be read two ways get 400, heads over maxHeaderBytes 431, bodies over
//    maxBodyBytes 413, chunked bodies 411 — before QHttpServer reads a byte of them;
//  - what QHttpServer has read of an unfinished request is counted too, so the
//    limits hold where the body is actually buffered even if the two ever disagreed;
//  - a head must be whole within headTimeoutMs and a body within bodyTimeoutMs
//    (408), and a connection silent for idleTimeoutMs is closed;
//  - at most maxConnections connections, and maxConnectionsPerClient from one
//    client (an IPv4 address or an IPv6 /64: http/ClientAddress.h), 503 beyond; past
//    the total (a trusted reverse proxy counts in the total only), a few more are let in for one whole GET /healthz or /readyz only, so
//    a flood never blinds the operator's health checks;
//  - what a connection may have queued, unread by the server or unsent to a client
//    that does not read, is bounded.
// It follows the request stream across keep-alive and pipelining.
class HttpGuard : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxHeaderBytes = 16 * 1024;
        qint64 maxBodyBytes = 1024 * 1024;
        int idleTimeoutMs = 30000;
        int headTimeoutMs = 10000;
        int bodyTimeoutMs = 30000;
        int maxConnections = 1000;
        int maxConnectionsPerClient = 100;
        qint64 maxUnsentBytes = 8 * 1024 * 1024; // answers a client has not read, at most
    };
    // Connections past maxConnections that may still ask for /healthz or /readyz.
    static constexpr int kHealthCheckSlots = 2;
    // Refused connections kept a moment so the client reads why (half-closed, drained);
    // past this many at once, the next is simply closed. Their descriptors come out of
    // the reserve kept beside the connection limit (app/DescriptorLimit).
    static constexpr int kMaxLingering = 32;

    explicit HttpGuard(Limits limits, QObject *parent = nullptr);

    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

    // Counts `socket` as lingering until it goes; false (nothing counted) when the
    // pool is full.
    bool admitLingering(QTcpSocket *socket);

private:
    void refuse(QTcpSocket *socket, const QString &why);

    Limits m_limits;
    int m_open = 0;
    int m_healthOnlyOpen = 0;
    int m_lingering = 0;
    QHash<QHostAddress, int> m_perClient;
};

} // namespace nomo
