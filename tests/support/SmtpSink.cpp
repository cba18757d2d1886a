#include "support/SmtpSink.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace nomo::test {

// Debian's interpreter: the one PATH finds first may lack aiosmtpd (PLATFORM.md §13.5).
SmtpSink::SmtpSink()
    : ServerProcess(u"/usr/bin/python3"_s, u"listening"_s)
{
}

bool SmtpSink::start()
{
    return ServerProcess::start({QStringLiteral(NOMO_SOURCE_DIR "/tests/doubles/smtp/smtp_sink.py"), mailDir()});
}

QString SmtpSink::mailDir() const
{
    return dataDir() + u"/mail"_s;
}

QStringList SmtpSink::messages() const
{
    return QDir(mailDir()).entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
}

QString SmtpSink::waitForMessage(int index, QByteArray *raw, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (messages().size() <= index && !deadline.hasExpired())
        QThread::msleep(50);
    if (messages().size() <= index)
        return {};
    QFile file(mailDir() + u'/' + messages().at(index));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (raw)
        *raw = bytes;
    const qsizetype split = bytes.indexOf("\r\n\r\n");
    return QString::fromUtf8(QByteArray::fromBase64(bytes.mid(split + 4)));
}

} // namespace nomo::test
