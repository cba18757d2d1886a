#include "http/HttpGuard.h"

#include "logging/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

// Follows one connection's byte stream: a head, then a body of Content-Length
// bytes, then the next head. Sees each byte once, before QHttpServer reads it.
class StreamWatch : public QObject
{
public:
    StreamWatch(QTcpSocket *socket, const HttpGuard::Limits &limits)
        : QObject(socket)
        , m_socket(socket)
        , m_limits(limits)
    {
        m_idle.setSingleShot(true);
        m_idle.setInterval(limits.idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, [this] {
            qCDebug(lcHttp) << "closing idle connection from" << m_socket->peerAddress().toString();
            m_socket->abort();
        });
        connect(socket, &QTcpSocket::readyRead, this, &StreamWatch::inspect);
        connect(socket, &QTcpSocket::bytesWritten, this, [this] { m_idle.start(); });
        m_idle.start();
    }

private:
    void inspect()
    {
        m_idle.start();
        if (m_rejected) {
            m_socket->readAll(); // drain what the client still sends; we answered already
            return;
        }
        const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
        qsizetype at = 0;
        while (at < fresh.size()) {
            if (m_bodyLeft > 0) {
                const qsizetype take = std::min<qint64>(m_bodyLeft, fresh.size() - at);
                m_bodyLeft -= take;
                at += take;
                continue;
            }
            // In a head: collect until the blank line.
            const qsizetype before = m_head.size();
            m_head.append(fresh.constData() + at, fresh.size() - at);
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_head.size() > m_limits.maxHeaderBytes)
                    return reject(431, u"header_too_large"_s, u"request head is over %1 bytes"_s.arg(m_limits.maxHeaderBytes));
                return;
            }
            if (end + 4 > m_limits.maxHeaderBytes)
                return reject(431, u"header_too_large"_s, u"request head is over %1 bytes"_s.arg(m_limits.maxHeaderBytes));
            const QByteArray head = m_head.left(end);
            at += end + 4 - before;
            m_head.clear();
            if (!checkHead(head))
                return;
        }
    }

    // True when the request may go on to QHttpServer; sets the body length to skip.
    bool checkHead(const QByteArray &head)
    {
        qint64 length = 0;
        const QList<QByteArray> lines = head.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "transfer-encoding" && value.toLower() != "identity") {
                reject(411, u"length_required"_s, u"send a Content-Length; chunked bodies are not accepted"_s);
                return false;
            }
            if (name == "content-length") {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    reject(400, u"bad_request"_s, u"invalid Content-Length"_s);
                    return false;
                }
            }
        }
        if (length > m_limits.maxBodyBytes) {
            reject(413, u"payload_too_large"_s, u"request body of %1 bytes is over the limit of %2"_s.arg(length).arg(m_limits.maxBodyBytes));
            return false;
        }
        m_bodyLeft = length;
        return true;
    }

    void reject(int status, const QString &code, const QString &message)
    {
        m_rejected = true;
        qCInfo(lcHttp).noquote() << "refused request from" << m_socket->peerAddress().toString() << status << message;
        // QHttpServer must not parse this request: take its readyRead away, answer
        // ourselves, and close once the answer is out.
        disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        connect(m_socket, &QTcpSocket::readyRead, this, &StreamWatch::inspect);
        m_socket->readAll();
        static const QHash<int, QByteArray> reasons{{400, "Bad Request"},
                                                     {411, "Length Required"},
                                                     {413, "Payload Too Large"},
                                                     {431, "Request Header Fields Too Large"}};
        const QByteArray body = QJsonDocument(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}})
                                    .toJson(QJsonDocument::Compact);
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status) + "\r\n"
                        "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        m_socket->flush();
        // Half-close: the client reads our answer, then sees EOF; abort if it lingers.
        ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
        QTimer::singleShot(5000, m_socket, [socket = QPointer<QTcpSocket>(m_socket)] {
            if (socket)
                socket->abort();
        });
    }

    QTcpSocket *m_socket;
    HttpGuard::Limits m_limits;
    QTimer m_idle;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    bool m_rejected = false;
};

} // namespace

HttpGuard::HttpGuard(Limits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
}

void HttpGuard::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Connected before addPendingConnection(), so our readyRead slot runs before
    // QHttpServer's for every chunk of bytes.
    new StreamWatch(socket, m_limits);
    addPendingConnection(socket);
}

} // namespace nomo
