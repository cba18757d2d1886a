#include "support/WebhookReceiver.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
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
            received.arrivedMs = m_clock.elapsed();
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            received.method = requestLine.value(0);
            received.target = requestLine.value(1);
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
            Answer answer;
            {
                QMutexLocker lock(&m_owner.m_mutex);
                if (m_owner.m_script.isEmpty())
                    answer.status = m_owner.m_default;
                else
                    answer = m_owner.m_script.takeFirst();
                received.answeredWith = answer.drop || answer.hang ? 0 : answer.status;
                m_owner.m_received.append(received);
            }
            if (answer.drop) {
                socket->abort();
                return;
            }
            if (answer.hang)
                continue;
            QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\nContent-Type: application/json\r\n";
            for (const auto &[name, value] : std::as_const(answer.headers))
                head += name + ": " + value + "\r\n";
            socket->write(head + "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body);
        }
    }

    WebhookReceiver &m_owner;
    QElapsedTimer m_clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
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
    QList<Answer> answers;
    for (const int status : statuses)
        answers.append(Answer{status, {}, "{}", false, false});
    scriptAnswers(std::move(answers), defaultStatus);
}

void WebhookReceiver::scriptAnswers(QList<Answer> answers, int defaultStatus)
{
    QMutexLocker lock(&m_mutex);
    m_script = std::move(answers);
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
