#pragma once

#include "http/HtmlPage.h"

#include <QByteArray>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <atomic>
#include <memory>
#include <utility>

namespace nomo {

// A reply that is written later, after a commit or an outside call (PLATFORM.md §4):
// QHttpServerResponder keeps a raw socket pointer, so a QPointer beside it tells
// whether the client is still there; a gone client is simply not answered.
class DeferredReply
{
public:
    // `requestId`: the pipeline's, echoed in X-Request-Id and set as the current one
    // while the answer is written (so its log lines carry it too).
    explicit DeferredReply(QHttpServerResponder &&responder, QByteArray requestId = {})
        : m_socket(responder.socket())
        , m_responder(std::make_unique<QHttpServerResponder>(std::move(responder)))
        , m_requestId(std::move(requestId))
    {
        ++s_pending;
    }
    DeferredReply(DeferredReply &&other) noexcept
        : m_socket(std::move(other.m_socket))
        , m_responder(std::move(other.m_responder))
        , m_requestId(std::move(other.m_requestId))
        , m_counted(std::exchange(other.m_counted, false))
    {
    }
    DeferredReply &operator=(DeferredReply &&) = delete;
    ~DeferredReply() { answered(); }

    // Replies not written yet, in this process: a graceful shutdown waits for them.
    static int pending() { return s_pending.load(); }

    const QByteArray &requestId() const { return m_requestId; }

    void write(int status, const QByteArray &mimeType, const QByteArray &body)
    {
        answered();
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        const auto code = static_cast<QHttpServerResponder::StatusCode>(status);
        if (m_requestId.isEmpty())
            m_responder->write(body, {{"Content-Type", mimeType}, {"X-Content-Type-Options", "nosniff"}}, code);
        else
            m_responder->write(body, {{"Content-Type", mimeType}, {"X-Content-Type-Options", "nosniff"}, {"X-Request-Id", m_requestId}}, code);
    }

    // An HTML page with the headers every page gets (http/HtmlPage.h).
    void writeHtml(int status, const QByteArray &page)
    {
        answered();
        if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
            http::writeHtmlPage(*m_responder, status, page);
    }

    // 302 to `location`, not cached.
    void redirect(const QByteArray &location)
    {
        answered();
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (m_requestId.isEmpty())
            m_responder->write({{"Location", location}, {"Cache-Control", "no-store"}, {"Referrer-Policy", "no-referrer"}},
                               QHttpServerResponder::StatusCode::Found);
        else
            m_responder->write({{"Location", location}, {"Cache-Control", "no-store"}, {"Referrer-Policy", "no-referrer"}, {"X-Request-Id", m_requestId}},
                               QHttpServerResponder::StatusCode::Found);
    }

private:
    QPointer<QTcpSocket> m_socket;
    std::unique_ptr<QHttpServerResponder> m_responder;
    QByteArray m_requestId;
    bool m_counted = true;

    void answered()
    {
        if (std::exchange(m_counted, false))
            --s_pending;
    }
    static inline std::atomic_int s_pending = 0;
};

} // namespace nomo
