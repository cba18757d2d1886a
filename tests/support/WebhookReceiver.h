#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QThread>

#include <memory>

class QTcpServer;

namespace nomo::test {

// An HTTP endpoint double on 127.0.0.1 for tests that sit on the sending side (the
// Salla simulator's delivery, the daemon's outbound caller). It runs its own thread
// and event loop, so a test may block on sockets meanwhile. It answers each request
// with the next answer of its script (then `defaultStatus`) and records what arrived.
class WebhookReceiver
{
public:
    struct Received
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QMap<QByteArray, QByteArray> headers; // names lower-case
        QByteArray body;
        int answeredWith = 0; // 0: dropped without an answer
        qint64 arrivedMs = 0; // steady clock
    };
    struct Answer
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body = "{}";
        bool drop = false; // close the connection instead of answering
        bool hang = false; // keep the connection open and never answer
    };

    WebhookReceiver();
    ~WebhookReceiver();

    quint16 port() const { return m_port; }
    QString url() const;
    void script(QList<int> statuses, int defaultStatus = 200);
    void scriptAnswers(QList<Answer> answers, int defaultStatus = 200);
    QList<Received> received() const;
    // Waits until at least `count` requests arrived.
    bool waitFor(qsizetype count, int timeoutMs = 15000) const;

private:
    class Server;
    QThread m_thread;
    Server *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<Answer> m_script;
    int m_default = 200;
    QList<Received> m_received;

    friend class Server;
};

} // namespace nomo::test
