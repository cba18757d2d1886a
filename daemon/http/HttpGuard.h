#pragma once

#include <QTcpServer>

namespace nomo {

// The listening socket in front of QHttpServer (bound with QHttpServer::bind()).
// Qt HttpServer 6.4 buffers any body whole and never closes an idle connection
// (PLATFORM.md §4), so every connection is watched here first:
//  - request heads over maxHeaderBytes get 431, bodies over maxBodyBytes get 413,
//    chunked bodies get 411 (their size cannot be known up front) — before
//    QHttpServer reads a byte of them;
//  - a connection silent for idleTimeoutMs is closed (slowloris, forgotten keep-alives).
// It follows the request stream across keep-alive, request after request.
class HttpGuard : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxHeaderBytes = 16 * 1024;
        qint64 maxBodyBytes = 1024 * 1024;
        int idleTimeoutMs = 30000;
    };

    explicit HttpGuard(Limits limits, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    Limits m_limits;
};

} // namespace nomo
