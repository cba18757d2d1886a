#pragma once

// A loopback HTTP server that speaks the console API's wire format with scripted
// answers, so the console's own HTTP code runs in tests (no mock of our classes).
// Header-only because the suite compiles *Test.cpp files only.
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace nomo::test {

struct FakeRequest
{
    QByteArray method;
    QUrl url;
    QHash<QByteArray, QByteArray> headers; // names lower-case
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString query(const QString &name) const { return QUrlQuery(url).queryItemValue(name); }
};

struct FakeReply
{
    int status = 200;
    QJsonObject body;
    bool drop = false; // close the connection without answering (a network failure)
};

class FakeDaemon : public QObject
{
public:
    using Handler = std::function<FakeReply(const FakeRequest &)>;

    FakeDaemon()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    // "GET /api/v1/changes" -> handler
    void on(const QByteArray &methodAndPath, Handler handler) { m_handlers.insert(methodAndPath, std::move(handler)); }
    const QList<FakeRequest> &requests() const { return m_requests; }
    QList<FakeRequest> requestsTo(const QByteArray &methodAndPath) const
    {
        QList<FakeRequest> matching;
        for (const FakeRequest &request : m_requests) {
            if (request.method + ' ' + request.url.path().toLatin1() == methodAndPath)
                matching.append(request);
        }
        return matching;
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        FakeRequest request;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.url = QUrl(QString::fromLatin1(first.value(1)));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return;
        request.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        m_requests.append(request);
        const QByteArray route = request.method + ' ' + request.url.path().toLatin1();
        FakeReply reply = m_handlers.contains(route) ? m_handlers[route](request)
                                                     : FakeReply{404, QJsonObject{{QStringLiteral("error"), QJsonObject{}}}};
        if (reply.drop) {
            socket->abort();
            return;
        }
        const QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\nContent-Type: application/json\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        socket->write(out);
    }

    QTcpServer m_server;
    QHash<QByteArray, Handler> m_handlers;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<FakeRequest> m_requests;
};

} // namespace nomo::test
