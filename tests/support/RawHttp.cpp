#include "support/RawHttp.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QTcpSocket>

namespace nomo::test {

class RawHttp::Socket : public QTcpSocket
{
public:
    QByteArray pending; // bytes read past the last reply (pipelined answers)
};

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

RawHttp::RawHttp(quint16 port)
    : m_socket(std::make_unique<Socket>())
    , m_port(port)
{
}

RawHttp::~RawHttp() = default;

bool RawHttp::connect()
{
    m_socket->connectToHost(QStringLiteral("127.0.0.1"), m_port);
    // No Nagle: bytes sent one by one arrive one by one, as a test may mean them to.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return m_socket->waitForConnected(5000);
}

bool RawHttp::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool RawHttp::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
    return m_socket->waitForBytesWritten(5000) || bytes.isEmpty();
}

HttpReply RawHttp::read(int timeoutMs)
{
    HttpReply reply;
    QByteArray buffer = std::exchange(m_socket->pending, {});
    QDeadlineTimer deadline(timeoutMs);
    qsizetype headEnd = -1;
    qint64 length = -1;
    bool first = true;
    while (!deadline.hasExpired()) {
        if (!std::exchange(first, false) && m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())))) {
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                break;
            continue;
        }
        buffer += m_socket->readAll();
        if (headEnd < 0) {
            headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                continue;
            const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
            const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
            reply.status = status.value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    reply.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            length = reply.headers.value("content-length", "0").toLongLong();
        }
        if (headEnd >= 0 && buffer.size() - headEnd - 4 >= length) {
            reply.body = buffer.mid(headEnd + 4, length);
            m_socket->pending = buffer.mid(headEnd + 4 + length);
            return reply;
        }
    }
    if (headEnd < 0)
        reply.status = 0;
    return reply;
}

HttpReply RawHttp::exchange(const QByteArray &request, int timeoutMs)
{
    if (!isConnected() && !connect())
        return {};
    send(request);
    return read(timeoutMs);
}

bool RawHttp::waitForClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            return true;
        m_socket->waitForReadyRead(50);
        m_socket->readAll();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            return true;
    }
    return false;
}

HttpReply RawHttp::get(quint16 port, const QByteArray &path)
{
    return request(port, "GET", path, {});
}

HttpReply RawHttp::request(quint16 port,
                           const QByteArray &method,
                           const QByteArray &path,
                           const QByteArray &body,
                           const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QByteArray raw = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers)
        raw += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    raw += "\r\n" + body;
    RawHttp client(port);
    return client.exchange(raw);
}

} // namespace nomo::test
