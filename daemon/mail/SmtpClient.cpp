#include "mail/SmtpClient.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

// One SMTP conversation: each step sends a command (or nothing, for the greeting) and
// expects a reply class; replies may span lines ("250-..." until "250 ...").
class SmtpSession : public QObject
{
public:
    SmtpSession(const SmtpClient::Server &server, QByteArray from, QByteArray to, QByteArray data, SmtpClient::Done done, QObject *parent)
        : QObject(parent)
        , m_done(std::move(done))
    {
        m_steps = {{QByteArray(), 220},
                   {"EHLO " + server.heloName.toUtf8(), 250},
                   {"MAIL FROM:<" + from + ">", 250},
                   {"RCPT TO:<" + to + ">", 250},
                   {"DATA", 354},
                   {dotStuffed(data) + ".", 250},
                   {"QUIT", 221}};
        connect(&m_socket, &QTcpSocket::readyRead, this, &SmtpSession::onReadable);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { finish(fail(ErrorCode::Unavailable, u"mail.unreachable"_s, m_socket.errorString())); });
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { finish(fail(ErrorCode::Unavailable, u"mail.timeout"_s, u"the SMTP server did not answer in time"_s)); });
        m_timer.start(server.timeoutMs);
        m_socket.connectToHost(server.host, server.port);
    }

private:
    // CRLF line ends, a leading "." doubled (RFC 5321 §4.5.2), ending in CRLF.
    static QByteArray dotStuffed(QByteArray data)
    {
        data.replace("\r\n", "\n");
        if (!data.endsWith('\n'))
            data += '\n';
        QByteArray out;
        for (qsizetype start = 0; start < data.size();) {
            const qsizetype end = data.indexOf('\n', start);
            if (data.at(start) == '.')
                out += '.';
            out += data.mid(start, end - start) + "\r\n";
            start = end + 1;
        }
        return out;
    }

    void onReadable()
    {
        m_buffer += m_socket.readAll();
        while (true) {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return;
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            if (line.size() >= 4 && line.at(3) == '-')
                continue; // more lines of this reply follow
            const int code = line.left(3).toInt();
            const auto &[command, expected] = m_steps.at(m_step);
            if (code != expected) {
                finish(fail(ErrorCode::Unavailable, u"mail.refused"_s,
                            u"SMTP server answered \"%1\" to %2"_s.arg(QString::fromUtf8(line),
                                                                      command.isEmpty() ? u"the connection"_s
                                                                                        : QString::fromUtf8(command.left(10)))));
                return;
            }
            if (++m_step == m_steps.size()) {
                finish({});
                return;
            }
            m_socket.write(m_steps.at(m_step).first + "\r\n");
        }
    }

    void finish(Status status)
    {
        if (!m_done)
            return;
        m_timer.stop();
        auto done = std::exchange(m_done, nullptr);
        m_socket.abort();
        deleteLater();
        done(status);
    }

    QTcpSocket m_socket;
    QTimer m_timer;
    QByteArray m_buffer;
    QList<std::pair<QByteArray, int>> m_steps;
    qsizetype m_step = 0;
    SmtpClient::Done m_done;
};

} // namespace

SmtpClient::SmtpClient(Server server, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
{
}

void SmtpClient::send(const MailMessage &message, Done done)
{
    if (m_server.host.isEmpty()) {
        done(fail(ErrorCode::ConfigError, u"mail.not_configured"_s, u"mail.smtp_host is not set: no email can be sent"_s));
        return;
    }
    new SmtpSession(m_server, message.from.toUtf8(), message.to.toUtf8(), message.render(m_server.heloName), std::move(done), this);
}

} // namespace nomo
