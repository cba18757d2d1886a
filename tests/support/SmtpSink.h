#pragma once

#include "support/ServerProcess.h"

#include <QStringList>

namespace nomo::test {

// The SMTP double (tests/doubles/smtp/smtp_sink.py: aiosmtpd from Debian) as a child
// process: a real SMTP server that writes each message it accepts to a folder.
class SmtpSink : public ServerProcess
{
public:
    SmtpSink();
    bool start();
    QString mailDir() const;
    QStringList messages() const; // file names, oldest first
    // The text of message `index` (its base64 body decoded), waiting for it to arrive;
    // `raw` gets the message as sent. Empty when none came in time.
    QString waitForMessage(int index, QByteArray *raw = nullptr, int timeoutMs = 8000) const;
};

} // namespace nomo::test
