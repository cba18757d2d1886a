#include "http/HttpGuard.h"

#include "http/ClientAddress.h"
#include "http/ConnectionWatch.h"
#include "logging/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace nomo {

HttpGuard::HttpGuard(Limits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    // Qt's default backlog of 50 drops SYNs in a burst of connections, and a dropped
    // SYN costs the client a second before it retries: take a burst whole instead.
    setListenBacklogSize(1024);
    // Out of descriptors (EMFILE), QTcpServer pauses accepting for good: the daemon
    // would stay deaf after one flood. Try again shortly instead.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        qCWarning(lcHttp) << "cannot accept a connection:" << error << "- retrying in 100 ms";
        QTimer::singleShot(100, this, [this] { resumeAccepting(); });
    });
}

void HttpGuard::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    const QHostAddress client = http::clientKey(socket->peerAddress());
    // A trusted proxy carries many clients' connections; they are counted by request
    // (http/Routes) under the address it forwards, and only the total holds here.
    const bool proxy = http::trustedProxies().contains(socket->peerAddress());
    if (!proxy && m_perClient.value(client) >= m_limits.maxConnectionsPerClient)
        return refuse(socket, u"too many connections from this address"_s);
    ConnectionWatch::Mode mode = ConnectionWatch::Mode::Normal;
    if (m_open >= m_limits.maxConnections) {
        if (m_healthOnlyOpen >= kHealthCheckSlots)
            return refuse(socket, u"the server is at its connection limit; try again shortly"_s);
        mode = ConnectionWatch::Mode::HealthChecksOnly;
    }

    // A client's connections count until their sockets go, lingering ones included;
    // the total and the health-check slots are freed as soon as one is refused.
    const bool healthOnly = mode == ConnectionWatch::Mode::HealthChecksOnly;
    ++(healthOnly ? m_healthOnlyOpen : m_open);
    ++m_perClient[client];
    connect(socket, &QObject::destroyed, this, [this, client] {
        if (--m_perClient[client] <= 0)
            m_perClient.remove(client);
    });
    auto release = [guard = QPointer<HttpGuard>(this), healthOnly] {
        if (guard)
            --(healthOnly ? guard->m_healthOnlyOpen : guard->m_open);
    };
    auto linger = [guard = QPointer<HttpGuard>(this), socket] { return guard && guard->admitLingering(socket); };

    // The watch's first readyRead slot is connected before addPendingConnection(),
    // which makes QHttpServer connect its own; the second one after it. So for every
    // chunk of bytes the guard looks first, QHttpServer reads, the guard counts.
    auto *watch = new ConnectionWatch(socket, m_limits, mode, std::move(release), std::move(linger));
    addPendingConnection(socket);
    watch->watchConsumed();
}

bool HttpGuard::admitLingering(QTcpSocket *socket)
{
    if (m_lingering >= kMaxLingering)
        return false;
    ++m_lingering;
    connect(socket, &QObject::destroyed, this, [this] { --m_lingering; });
    return true;
}

// Answered at once and closed: the client is told why rather than left hanging in
// the accept queue, and no descriptor is held for it.
void HttpGuard::refuse(QTcpSocket *socket, const QString &why)
{
    qCInfo(lcHttp).noquote() << "refused a connection from" << socket->peerAddress().toString() << "-" << why;
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"busy"_s}, {u"message"_s, why}}}}).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 5\r\nConnection: close\r\n"
                  "Content-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->flush();
    if (!admitLingering(socket)) {
        socket->abort(); // too many already lingering: no descriptor is kept for this one
        socket->deleteLater();
        return;
    }
    // Half-close and drain rather than close: closing with the client's request
    // unread makes the kernel send a reset, which can destroy the 503 before the
    // client reads it.
    ::shutdown(static_cast<int>(socket->socketDescriptor()), SHUT_WR);
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(1000, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

} // namespace nomo
