#pragma once

#include <QByteArray>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace nomo {

// A reply that is written later, after a commit or an outside call (PLATFORM.md §4):
// QHttpServerResponder keeps a raw socket pointer, so a QPointer beside it tells
// whether the client is still there; a gone client is simply not answered.
class DeferredReply
{
public:
    explicit DeferredReply(QHttpServerResponder &&responder)
        : m_socket(responder.socket())
        , m_responder(std::make_unique<QHttpServerResponder>(std::move(responder)))
    {
    }

    void write(int status, const QByteArray &mimeType, const QByteArray &body)
    {
        if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
            m_responder->write(body, mimeType, static_cast<QHttpServerResponder::StatusCode>(status));
    }

    // 302 to `location`, not cached.
    void redirect(const QByteArray &location)
    {
        if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
            m_responder->write({{"Location", location}, {"Cache-Control", "no-store"}}, QHttpServerResponder::StatusCode::Found);
    }

private:
    QPointer<QTcpSocket> m_socket;
    std::unique_ptr<QHttpServerResponder> m_responder;
};

} // namespace nomo
