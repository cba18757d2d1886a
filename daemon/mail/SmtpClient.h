#pragma once

#include "core/Result.h"
#include "mail/MailMessage.h"

#include <QObject>

#include <functional>

namespace nomo {

// Sends one message per call over SMTP (RFC 5321): greeting, EHLO, MAIL FROM, RCPT TO,
// DATA with dot-stuffing, QUIT; every reply code is checked and the first unexpected
// one ends the exchange with its text. Plain SMTP to a relay the VPS trusts (a local
// MTA or a submission relay on a private network); the connection is not encrypted.
class SmtpClient : public QObject
{
    Q_OBJECT

public:
    struct Server
    {
        QString host;
        quint16 port = 25;
        QString heloName = QStringLiteral("localhost");
        int timeoutMs = 15000;
    };

    explicit SmtpClient(Server server, QObject *parent = nullptr);

    using Done = std::function<void(Status)>;
    void send(const MailMessage &message, Done done);

private:
    Server m_server;
};

} // namespace nomo
