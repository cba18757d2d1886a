#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QThread>

#include <memory>

class QTcpServer;

namespace nomo::test {

// A webhook endpoint double on 127.0.0.1 for tests that sit on the sending side
// (the Salla simulator's delivery). It runs its own thread and event loop, so a test
// may block on sockets meanwhile. It answers each POST with the next status of its
// script (then `defaultStatus`) and records what arrived.
class WebhookReceiver
{
public:
    struct Received
    {
        QMap<QByteArray, QByteArray> headers; // names lower-case
        QByteArray body;
        int answeredWith = 0;
    };

    WebhookReceiver();
    ~WebhookReceiver();

    quint16 port() const { return m_port; }
    QString url() const;
    void script(QList<int> statuses, int defaultStatus = 200);
    QList<Received> received() const;
    // Waits until at least `count` requests arrived.
    bool waitFor(qsizetype count, int timeoutMs = 15000) const;

private:
    class Server;
    QThread m_thread;
    Server *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<int> m_script;
    int m_default = 200;
    QList<Received> m_received;

    friend class Server;
};

} // namespace nomo::test
