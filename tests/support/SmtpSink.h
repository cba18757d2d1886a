#pragma once

#include "support/ServerProcess.h"

#include <QJsonObject>
#include <QStringList>

namespace nomo::test {

// The SMTP double (tests/doubles/smtp/smtp_sink.py: aiosmtpd from Debian) as a child
// process: a real SMTP server that writes each message it accepts to a folder, with
// Python's own reading of it beside (subject, text and HTML decoded).
// By default it is what a real submission relay is: STARTTLS required (a certificate
// for 127.0.0.1 made for the test) and AUTH required after it.
class SmtpSink : public ServerProcess
{
public:
    struct Options
    {
        bool tls = true;
        QString username = QStringLiteral("nomo");
        QString password = QStringLiteral("relay-secret");
        QStringList rejectedRecipients; // answered 550 at RCPT TO
        quint16 port = 0;       // 0: any free port
        bool stallData = false; // keep each message (NNNN.stalled.eml), never answer its DATA
        QString certificateFrom; // another sink's folder: present its certificate (one CA for both)
    };

    SmtpSink();
    bool start();
    bool start(const Options &options);
    // The daemon's mail.* settings to reach this sink (host, port, TLS with the
    // test's CA, AUTH), as NOMO_MAIL_* variables.
    void configure(ServerProcess &daemon) const;
    QString caFile() const; // the certificate the sink presents, to trust it
    const Options &options() const { return m_options; }

    QString mailDir() const;
    QStringList messages() const; // file names, oldest first
    QStringList stalled() const;  // messages received and never answered (stallData)
    // The text part of message `index`, waiting for it to arrive; `raw` gets the
    // message as sent. Empty when none came in time.
    QString waitForMessage(int index, QByteArray *raw = nullptr, int timeoutMs = 8000) const;
    // The sink's reading of message `index` (see smtp_sink.py), waiting for it.
    QJsonObject waitForReading(int index, int timeoutMs = 8000) const;

private:
    bool makeCertificate();
    Options m_options;
};

} // namespace nomo::test
