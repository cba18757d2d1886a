#pragma once

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace nomo {

// The redirect target of a native-app sign-in (RFC 8252 §7.3): a listener on
// 127.0.0.1 with a port the system picks, that takes one GET /callback?code=&state=,
// answers a small page saying the tab can be closed, and then stops listening.
// Anything else (junk, other paths, oversized heads) gets a 400/404 and is ignored.
class LoopbackReceiver : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    bool listen();
    void close();
    QUrl redirectUri() const; // http://127.0.0.1:<port>/callback

Q_SIGNALS:
    // The browser came back: code and state as sent, or an `error` from the daemon.
    void callbackReceived(const QString &code, const QString &state, const QString &error);

private:
    void readRequest(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &text);

    QTcpServer m_server;
    bool m_done = false;
    quint16 m_port = 0; // kept: the redirect URI is still needed after the listener closes
};

} // namespace nomo
