#pragma once

#include "http/HttpGuard.h"
#include "http/RequestFraming.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace nomo {

// Follows one connection's byte stream for HttpGuard: a head, then a body of
// Content-Length bytes, then the next head. It sees each byte once, before
// QHttpServer reads it (watchIncoming runs first on every readyRead), and sees
// what QHttpServer took after it (watchConsumed runs last).
//
// Stream offsets tie the two together: every byte that arrived has been inspected,
// so QHttpServer's position is inspected - unread. A refused head is answered only
// once QHttpServer has reached it, so the good requests pipelined before it are
// still served.
class ConnectionWatch : public QObject
{
public:
    enum class Mode { Normal, HealthChecksOnly };

    // `release` runs once, when the connection no longer counts against the guard's
    // limits: as soon as it is refused, or when it goes.
    // `mayLinger` asks for a place to keep a refused connection a moment (half-closed,
    // so the client reads why); without one it is closed at once.
    ConnectionWatch(QTcpSocket *socket, const HttpGuard::Limits &limits, Mode mode, std::function<void()> release,
                    std::function<bool()> mayLinger);

    ~ConnectionWatch() override;

    // Connect after QHttpServer has connected its own readyRead slot.
    void watchConsumed();

private:
    enum class Stage { BetweenRequests, InHead, InBody };

    void watchIncoming();
    void afterServerRead();
    void feed(QByteArrayView data);
    void onHead(const http::RequestHead &head);
    void requestDone();
    void enterStage(Stage stage, int timeoutMs);
    void armTimer();
    void onTimer();
    void deliverRefusalIfReached();
    bool bytesWaitingInTheKernel() const;
    void reject(const http::FramingRefusal &refusal);
    bool overflowing(); // true (and the connection aborted) past Limits::maxUnsentBytes

    QTcpSocket *m_socket;
    HttpGuard::Limits m_limits;
    http::FramingLimits m_framing;
    Mode m_mode;
    std::function<void()> m_release;
    std::function<bool()> m_mayLinger;

    QByteArray m_head;      // the unfinished head so far
    qint64 m_headStart = 0; // its stream offset
    qint64 m_bodyLeft = 0;
    qint64 m_inspected = 0;     // bytes of the stream seen
    qint64 m_unread = 0;        // bytesAvailable() when last looked at
    qint64 m_serverHolds = 0;   // bytes QHttpServer read of a request it has not finished
    int m_requests = 0;
    struct PendingRefusal
    {
        qint64 offset = 0;
        http::FramingRefusal refusal;
    };
    std::optional<PendingRefusal> m_refusal;
    bool m_rejected = false;

    Stage m_stage = Stage::BetweenRequests;
    QElapsedTimer m_clock;
    qint64 m_lastActivityMs = 0;
    qint64 m_stageDeadlineMs = -1;
    qint64 m_timerDueMs = -1;
    bool m_graceGiven = false; // once per stage: see onTimer()
    QTimer m_timer;
};

} // namespace nomo
