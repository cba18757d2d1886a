#pragma once

#include "core/Result.h"
#include "http/HttpGuard.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

namespace nomo {

// The daemon's one HTTP server: QHttpServer behind our HttpGuard, with a JSON 404
// for every route nobody registered. Controllers add their routes through server().
class DaemonHttpServer : public QObject
{
    Q_OBJECT

public:
    DaemonHttpServer(HttpGuard::Limits limits, QObject *parent = nullptr);

    QHttpServer &server() { return m_server; }

    // Listens and returns the port (useful with port 0). Refuses to start, rather than
    // run deaf, when the address cannot be bound.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    void close();
    // No new connections; those open are still served (a graceful shutdown).
    void stopListening();

private:
    QHttpServer m_server;
    HttpGuard *m_guard;
};

} // namespace nomo
