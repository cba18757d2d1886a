#include "support/SmtpSink.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace nomo::test {

// Debian's interpreter: the one PATH finds first may lack aiosmtpd (PLATFORM.md §13.5).
SmtpSink::SmtpSink()
    : ServerProcess(u"/usr/bin/python3"_s, u"listening"_s)
{
}

bool SmtpSink::start()
{
    return start(Options());
}

bool SmtpSink::makeCertificate()
{
    // PLATFORM.md §10: a P-256 certificate for 127.0.0.1 and localhost, two days long.
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                                u"-nodes"_s, u"-keyout"_s, dataDir() + u"/key.pem"_s, u"-out"_s, caFile(), u"-days"_s, u"2"_s,
                                u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s, u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s});
    return openssl.waitForFinished(30000) && openssl.exitCode() == 0;
}

bool SmtpSink::start(const Options &options)
{
    m_options = options;
    QStringList arguments{QStringLiteral(NOMO_SOURCE_DIR "/tests/doubles/smtp/smtp_sink.py"), mailDir()};
    if (options.tls) {
        if (!options.certificateFrom.isEmpty()) {
            QFile::copy(options.certificateFrom + u"/cert.pem"_s, caFile());
            QFile::copy(options.certificateFrom + u"/key.pem"_s, dataDir() + u"/key.pem"_s);
        } else if (!makeCertificate()) {
            return false;
        }
        arguments << u"--tls"_s << caFile() << dataDir() + u"/key.pem"_s;
    }
    if (options.port)
        arguments << u"--port"_s << QString::number(options.port);
    if (options.stallData)
        arguments << u"--stall-data"_s;
    if (!options.username.isEmpty())
        arguments << u"--auth"_s << options.username + u':' + options.password;
    for (const QString &address : options.rejectedRecipients)
        arguments << u"--reject-rcpt"_s << address;
    return ServerProcess::start(arguments);
}

void SmtpSink::configure(ServerProcess &daemon) const
{
    daemon.setEnv(u"NOMO_MAIL_SMTP_HOST"_s, u"127.0.0.1"_s);
    daemon.setEnv(u"NOMO_MAIL_SMTP_PORT"_s, QString::number(port()));
    daemon.setEnv(u"NOMO_MAIL_SMTP_TLS"_s, m_options.tls ? u"starttls"_s : u"none"_s);
    if (m_options.tls)
        daemon.setEnv(u"NOMO_MAIL_SMTP_CA_FILE"_s, caFile());
    daemon.setEnv(u"NOMO_MAIL_SMTP_USERNAME"_s, m_options.username);
    daemon.setEnv(u"NOMO_MAIL_SMTP_PASSWORD"_s, m_options.password);
}

QString SmtpSink::caFile() const
{
    return dataDir() + u"/cert.pem"_s;
}

QString SmtpSink::mailDir() const
{
    return dataDir() + u"/mail"_s;
}

QStringList SmtpSink::messages() const
{
    QStringList names = QDir(mailDir()).entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
    names.removeIf([](const QString &name) { return name.endsWith(u".stalled.eml"_s); });
    return names;
}

QStringList SmtpSink::stalled() const
{
    return QDir(mailDir()).entryList({u"*.stalled.eml"_s}, QDir::Files, QDir::Name);
}

QJsonObject SmtpSink::waitForReading(int index, int timeoutMs) const
{
    // The sink writes each message's file when it has it: the fact to wait for.
    if (!QTest::qWaitFor([&] { return messages().size() > index; }, timeoutMs))
        return {};
    QString name = messages().at(index);
    name.chop(4); // .eml
    QFile file(mailDir() + u'/' + name + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString SmtpSink::waitForMessage(int index, QByteArray *raw, int timeoutMs) const
{
    const QJsonObject reading = waitForReading(index, timeoutMs);
    if (reading.isEmpty())
        return {};
    if (raw) {
        QFile file(mailDir() + u'/' + messages().at(index));
        if (file.open(QIODevice::ReadOnly))
            *raw = file.readAll();
    }
    return reading.value(u"text"_s).toString();
}

} // namespace nomo::test
