#include "http/ConnectionWatch.h"

#include "logging/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

bool holdsControlByte(QByteArrayView bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<uchar>(c) < 0x20 || c == 0x7f; });
}

} // namespace

ConnectionWatch::ConnectionWatch(QTcpSocket *socket, const HttpGuard::Limits &limits, Mode mode, std::function<void()> release,
                                 std::function<bool()> mayLinger)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_framing{limits.maxHeaderBytes, limits.maxBodyBytes}
    , m_mode(mode)
    , m_release(std::move(release))
    , m_mayLinger(std::move(mayLinger))
{
    // QHttpServer takes one request per read, and the socket would otherwise copy all
    // the kernel has: pipelined requests piling up in memory. With room for one whole
    // request and some more, Qt stops reading and TCP makes the client wait.
    socket->setReadBufferSize(limits.maxHeaderBytes + limits.maxBodyBytes + 64 * 1024);
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatch::onTimer);
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionWatch::watchIncoming);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] { m_lastActivityMs = m_clock.elapsed(); });
    // A new connection owes its first head within the head deadline.
    enterStage(Stage::InHead, m_mode == Mode::HealthChecksOnly ? std::min(m_limits.headTimeoutMs, 1000) : m_limits.headTimeoutMs);
}

ConnectionWatch::~ConnectionWatch()
{
    if (m_release)
        std::exchange(m_release, {})();
}

void ConnectionWatch::watchConsumed()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionWatch::afterServerRead);
}

bool ConnectionWatch::overflowing()
{
    if (m_socket->bytesToWrite() <= m_limits.maxUnsentBytes)
        return false;
    qCWarning(lcHttp).noquote() << "closing a connection from" << m_socket->peerAddress().toString()
                                << "that reads none of its answers";
    m_rejected = true;
    m_socket->abort();
    return true;
}

void ConnectionWatch::watchIncoming()
{
    if (m_rejected) {
        m_socket->readAll(); // drain what the client still sends; we answered already
        return;
    }
    if (overflowing())
        return;
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_unread;
    m_unread = available;
    if (fresh > 0) {
        m_lastActivityMs = m_clock.elapsed();
        const QByteArray bytes = m_socket->peek(available);
        feed(QByteArrayView(bytes).sliced(bytes.size() - fresh));
        // A health check sends its whole head at once; a slot kept for health checks
        // is not held for a client that dribbles.
        if (m_mode == Mode::HealthChecksOnly && m_requests == 0 && !m_refusal)
            m_refusal = PendingRefusal{0, {503, u"busy"_s, u"the server is at its connection limit; try again shortly"_s}};
    }
    deliverRefusalIfReached();
}

void ConnectionWatch::afterServerRead()
{
    if (m_rejected || overflowing())
        return;
    const qint64 available = m_socket->bytesAvailable();
    const qint64 taken = m_unread - available;
    m_unread = available;
    // QHttpServer reads a request inside a socket transaction and commits it once
    // the request is whole: an open transaction is a request it is still buffering.
    if (m_socket->isTransactionStarted()) {
        m_serverHolds += taken;
        if (m_serverHolds > m_limits.maxHeaderBytes + m_limits.maxBodyBytes) {
            qCCritical(lcHttp).noquote() << "closing a connection from" << m_socket->peerAddress().toString()
                                         << "whose request the server read past the guard's limits";
            m_rejected = true;
            m_socket->abort();
            return;
        }
    } else {
        m_serverHolds = 0;
    }
    deliverRefusalIfReached();
}

void ConnectionWatch::feed(QByteArrayView data)
{
    qint64 offset = m_inspected;
    m_inspected += data.size();
    while (!data.isEmpty() && !m_refusal) {
        if (m_mode == Mode::HealthChecksOnly && m_requests > 0) {
            // One health check per such slot: a second request, or a byte of one, is
            // a client holding a slot meant for someone else.
            m_refusal = PendingRefusal{offset, {503, u"busy"_s, u"the server is at its connection limit; try again shortly"_s}};
            return;
        }
        if (m_bodyLeft > 0) {
            const qsizetype take = std::min<qint64>(m_bodyLeft, data.size());
            m_bodyLeft -= take;
            offset += take;
            data = data.sliced(take);
            if (m_bodyLeft == 0)
                requestDone();
            continue;
        }
        if (m_head.isEmpty()) {
            m_headStart = offset;
            if (m_stage == Stage::BetweenRequests)
                enterStage(Stage::InHead, m_limits.headTimeoutMs);
        }
        const qsizetype before = m_head.size();
        m_head.append(data);
        // Only a control byte (CR, LF, ...) can end a head or make it invalid; plain
        // text arriving byte by byte is not rescanned each time.
        if (!holdsControlByte(data) && m_head.size() <= m_framing.maxHeadBytes)
            return;
        const http::HeadScan scan = http::scanHead(m_head, m_framing);
        switch (scan.state) {
        case http::HeadScan::State::NeedMore:
            return;
        case http::HeadScan::State::Refused:
            m_refusal = PendingRefusal{m_headStart, scan.refusal};
            m_head.clear();
            return;
        case http::HeadScan::State::Complete:
            const qsizetype used = scan.headBytes - before;
            offset += used;
            data = data.sliced(used);
            m_head.clear();
            onHead(scan.head);
            break;
        }
    }
}

void ConnectionWatch::onHead(const http::RequestHead &head)
{
    if (m_mode == Mode::HealthChecksOnly) {
        const QByteArray path = head.path();
        if (m_requests > 0 || head.method != "GET" || head.bodyLength > 0 || (path != "/healthz" && path != "/readyz")) {
            m_refusal = PendingRefusal{m_headStart, {503, u"busy"_s, u"the server is at its connection limit; try again shortly"_s}};
            return;
        }
    }
    m_bodyLeft = head.bodyLength;
    if (m_bodyLeft > 0)
        enterStage(Stage::InBody, m_limits.bodyTimeoutMs);
    else
        requestDone();
}

void ConnectionWatch::requestDone()
{
    ++m_requests;
    enterStage(Stage::BetweenRequests, -1);
}

void ConnectionWatch::enterStage(Stage stage, int timeoutMs)
{
    m_stage = stage;
    m_graceGiven = false;
    m_stageDeadlineMs = timeoutMs < 0 ? -1 : m_clock.elapsed() + timeoutMs;
    armTimer();
}

// One timer per connection, due at the nearer of the stage's deadline and the idle
// limit. Activity only moves a timestamp; the timer re-arms itself when it fires
// early, so a busy connection does not restart a timer on every read.
void ConnectionWatch::armTimer()
{
    const int idle = m_mode == Mode::HealthChecksOnly ? std::min(m_limits.idleTimeoutMs, 1000) : m_limits.idleTimeoutMs;
    qint64 due = m_lastActivityMs + idle;
    if (m_stageDeadlineMs >= 0)
        due = std::min(due, m_stageDeadlineMs);
    if (m_timer.isActive() && m_timerDueMs <= due)
        return;
    m_timerDueMs = due;
    m_timer.start(static_cast<int>(std::max<qint64>(0, due - m_clock.elapsed())));
}

void ConnectionWatch::onTimer()
{
    m_timerDueMs = -1;
    if (m_rejected)
        return;
    const qint64 now = m_clock.elapsed();
    if (m_stageDeadlineMs >= 0 && now >= m_stageDeadlineMs && !m_graceGiven && bytesWaitingInTheKernel()) {
        // The client kept the deadline; a busy event loop has not read its bytes yet
        // (a flood of accepts, say). One short grace to read them before judging.
        m_graceGiven = true;
        m_stageDeadlineMs = now + 500;
        armTimer();
        return;
    }
    if (m_stageDeadlineMs >= 0 && now >= m_stageDeadlineMs) {
        const bool head = m_stage == Stage::InHead;
        if (head && m_inspected == m_headStart && m_head.isEmpty()) {
            qCDebug(lcHttp) << "closing a connection from" << m_socket->peerAddress().toString() << "that sent nothing";
            m_socket->abort(); // connected and never said a word
            return;
        }
        qCInfo(lcHttp).noquote() << "request from" << m_socket->peerAddress().toString() << "too slow:" << (head ? "head" : "body");
        reject({408, u"request_timeout"_s,
                head ? u"the request head did not arrive within %1 ms"_s.arg(m_limits.headTimeoutMs)
                     : u"the request body did not arrive within %1 ms"_s.arg(m_limits.bodyTimeoutMs)});
        return;
    }
    const int idle = m_mode == Mode::HealthChecksOnly ? std::min(m_limits.idleTimeoutMs, 1000) : m_limits.idleTimeoutMs;
    if (now - m_lastActivityMs >= idle) {
        qCDebug(lcHttp) << "closing idle connection from" << m_socket->peerAddress().toString();
        m_socket->abort();
        return;
    }
    armTimer();
}

bool ConnectionWatch::bytesWaitingInTheKernel() const
{
    char byte = 0;
    return ::recv(static_cast<int>(m_socket->socketDescriptor()), &byte, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
}

void ConnectionWatch::deliverRefusalIfReached()
{
    if (!m_refusal || m_rejected)
        return;
    // Where QHttpServer stands in the stream: all that arrived minus what is unread.
    const qint64 serverAt = m_inspected - m_socket->bytesAvailable();
    if (serverAt >= m_refusal->offset)
        reject(m_refusal->refusal);
}

void ConnectionWatch::reject(const http::FramingRefusal &refusal)
{
    m_rejected = true;
    m_timer.stop();
    if (m_release)
        std::exchange(m_release, {})(); // finishing: its slot is free for another client
    qCInfo(lcHttp).noquote() << "refused request from" << m_socket->peerAddress().toString() << refusal.status << refusal.message;
    // QHttpServer must not parse this request: take its readyRead away, answer
    // ourselves, and close once the answer is out.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionWatch::watchIncoming);
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    m_socket->readAll();
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, refusal.code}, {u"message"_s, refusal.message}}}})
            .toJson(QJsonDocument::Compact);
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(refusal.status) + ' ' + http::reasonPhrase(refusal.status)
        + "\r\nContent-Type: application/json\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n";
    if (refusal.status == 503)
        answer += "Retry-After: 5\r\n";
    answer += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    m_socket->write(answer);
    m_socket->flush();
    if (!m_mayLinger || !m_mayLinger()) {
        m_socket->abort(); // too many refused connections lingering already
        return;
    }
    // Half-close once everything written is out: the client reads our answer (and any
    // answer before it), then sees EOF; abort if it lingers.
    const auto halfClose = [socket = m_socket] {
        if (socket->bytesToWrite() == 0 && socket->state() == QAbstractSocket::ConnectedState)
            ::shutdown(static_cast<int>(socket->socketDescriptor()), SHUT_WR);
    };
    halfClose();
    connect(m_socket, &QTcpSocket::bytesWritten, this, halfClose);
    QTimer::singleShot(2000, m_socket, [socket = QPointer<QTcpSocket>(m_socket)] {
        if (socket)
            socket->abort();
    });
}

} // namespace nomo
