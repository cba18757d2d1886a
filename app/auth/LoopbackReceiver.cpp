#include "auth/LoopbackReceiver.h"

#include "web/PageStyle.h"

#include "core/ConsoleLogging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr qint64 kMaxHeadBytes = 16 * 1024;
constexpr int kSocketTimeoutMs = 10000;
} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            // A connection that never finishes its request is dropped.
            QTimer::singleShot(kSocketTimeoutMs, socket, [socket] { socket->abort(); });
        }
    });
}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen()
{
    m_done = false;
    // A sign-in started again (the browser closed, the page left unfinished) replaces
    // the one before: a new port, and the old attempt's callback can no longer land.
    if (m_server.isListening())
        m_server.close();
    // Loopback only, never every address: only this machine's browser may answer.
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void LoopbackReceiver::close()
{
    m_server.close();
}

QUrl LoopbackReceiver::redirectUri() const
{
    return QUrl(u"http://127.0.0.1:%1/callback"_s.arg(m_port));
}

void LoopbackReceiver::readRequest(QTcpSocket *socket)
{
    const QByteArray head = socket->peek(kMaxHeadBytes + 1);
    if (!head.contains("\r\n\r\n")) {
        if (head.size() > kMaxHeadBytes)
            answer(socket, 431, {}, {});
        return; // wait for the rest of the head
    }
    socket->readAll();
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine[0] != "GET" || !requestLine[2].startsWith("HTTP/1.")) {
        answer(socket, 400, {}, {});
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine[1]));
    if (target.path() != u"/callback" || m_done) {
        answer(socket, 404, {}, {});
        return;
    }
    const QUrlQuery query(target);
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    const QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    if (state.isEmpty() || (code.isEmpty() && error.isEmpty())) {
        answer(socket, 400, {}, {});
        return;
    }
    m_done = true;
    if (error.isEmpty()) {
        answer(socket, 200, tr("Signed in"), tr("Nomo Flow is signed in. You can close this tab and go back to the app."));
    } else {
        answer(socket, 200, tr("Sign-in was not completed"),
               tr("The sign-in did not finish. You can close this tab and try again from the app."));
    }
    m_server.close();
    Q_EMIT callbackReceived(code, state, error);
}

void LoopbackReceiver::answer(QTcpSocket *socket, int status, const QString &title, const QString &text)
{
    const QLocale locale;
    const QString direction = locale.textDirection() == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s;
    const QString language = locale.language() == QLocale::Arabic ? u"ar"_s : u"en"_s;
    QByteArray body;
    if (status == 200) {
        // The daemon's pages' look (common/web/PageStyle.h): the same product from the
        // sign-in page to this last one.
        body = u"<!doctype html><html lang=\"%1\" dir=\"%2\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%3</title><style>%5</style></head>"
               "<body><main><div class=\"brand\">%6</div><h1>%3</h1><p>%4</p></main></body></html>"_s
                   .arg(language, direction, title.toHtmlEscaped(), text.toHtmlEscaped(), QString::fromUtf16(web::kPageStyle),
                        tr("Nomo Flow"))
                   .toUtf8();
    }
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : status == 431 ? "Too Large" : "Bad Request";
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    reply += "Content-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n";
    reply += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(reply);
    socket->disconnectFromHost();
}

} // namespace nomo
