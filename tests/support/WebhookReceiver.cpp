#include "support/WebhookReceiver.h"

#include <QDeadlineTimer>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace nomo::test {

class WebhookReceiver::Server : public QTcpServer
{
public:
    explicit Server(WebhookReceiver &owner)
        : m_owner(owner)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    serve(socket, *buffer);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    // Answers every complete request in `buffer` (keep-alive: several may come).
    void serve(QTcpSocket *socket, QByteArray &buffer)
    {
        while (true) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Received received;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    received.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = received.headers.value("content-length", "0").toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            received.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            int status = 200;
            {
                QMutexLocker lock(&m_owner.m_mutex);
                status = m_owner.m_script.isEmpty() ? m_owner.m_default : m_owner.m_script.takeFirst();
                received.answeredWith = status;
                m_owner.m_received.append(received);
            }
            const QByteArray body = "{}";
            socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }

    WebhookReceiver &m_owner;
};

WebhookReceiver::WebhookReceiver()
{
    m_server = new Server(*this);
    m_server->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_server,
        [this] {
            m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
}

WebhookReceiver::~WebhookReceiver()
{
    QMetaObject::invokeMethod(
        m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString WebhookReceiver::url() const
{
    return u"http://127.0.0.1:%1/webhooks/salla"_s.arg(m_port);
}

void WebhookReceiver::script(QList<int> statuses, int defaultStatus)
{
    QMutexLocker lock(&m_mutex);
    m_script = std::move(statuses);
    m_default = defaultStatus;
}

QList<WebhookReceiver::Received> WebhookReceiver::received() const
{
    QMutexLocker lock(&m_mutex);
    return m_received;
}

bool WebhookReceiver::waitFor(qsizetype count, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        {
            QMutexLocker lock(&m_mutex);
            if (m_received.size() >= count)
                return true;
        }
        QThread::msleep(20);
    }
    return false;
}

} // namespace nomo::test
