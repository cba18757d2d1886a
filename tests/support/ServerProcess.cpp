#include "support/ServerProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>

using namespace Qt::StringLiterals;

namespace nomo::test {

ServerProcess::ServerProcess(QString binary, QString readyEvent)
    : m_binary(std::move(binary))
    , m_readyEvent(std::move(readyEvent))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    // A test never inherits a developer's NOMO_* settings.
    for (const QString &key : m_environment.keys()) {
        if (key.startsWith(u"NOMO_"_s) && !key.startsWith(u"NOMO_TEST_"_s))
            m_environment.remove(key);
    }
}

DaemonProcess::DaemonProcess()
    : ServerProcess(binary(), u"listening"_s)
{
    m_environment.insert(u"NOMO_DATA_DIR"_s, m_dir.path());
    m_environment.insert(u"NOMO_HTTP_LISTEN"_s, u"127.0.0.1:0"_s);
}

SimulatorProcess::SimulatorProcess()
    : ServerProcess(QStringLiteral(NOMO_SALLA_SIM_BINARY), u"ready"_s)
{
}

bool SimulatorProcess::start(const QStringList &arguments, int timeoutMs)
{
    return ServerProcess::start(QStringList{u"--port"_s, u"0"_s, u"--data-dir"_s, m_dir.path()} + arguments, timeoutMs);
}

QString SimulatorProcess::baseUrl() const
{
    return m_readyLine.value(u"base_url"_s).toString();
}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString DaemonProcess::binary()
{
    return QStringLiteral(NOMO_DAEMON_BINARY);
}

bool ServerProcess::start(const QStringList &arguments, int timeoutMs)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(m_environment);
    // Its log goes to a file: a pipe nobody drains would stop a chatty server once
    // the pipe is full (a connection flood logs a line per refusal).
    m_process->setStandardErrorFile(stderrPath(), QIODevice::Append);
    if (m_childSetup)
        m_process->setChildProcessModifier(m_childSetup);
    if (m_wrapper.isEmpty())
        m_process->start(m_binary, arguments);
    else
        m_process->start(m_wrapper.constFirst(), m_wrapper.mid(1) + QStringList{m_binary} + arguments);
    if (!m_process->waitForStarted(timeoutMs))
        return false;
    QDeadlineTimer deadline(timeoutMs);
    QByteArray out;
    while (!deadline.hasExpired()) {
        m_process->waitForReadyRead(100);
        out += m_process->readAllStandardOutput();
        const qsizetype newline = out.indexOf('\n');
        if (newline >= 0) {
            m_readyLine = QJsonDocument::fromJson(out.left(newline)).object();
            m_port = static_cast<quint16>(m_readyLine.value(u"port"_s).toInt());
            return m_readyLine.value(u"event"_s).toString() == m_readyEvent && m_port != 0;
        }
        if (m_process->state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

int ServerProcess::runToEnd(const QStringList &arguments, QByteArray *out, QByteArray *err, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(m_binary, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString ServerProcess::stderrPath() const
{
    return m_dir.filePath(u"stderr.log"_s);
}

QByteArray ServerProcess::stderrText() const
{
    QFile log(stderrPath());
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

bool ServerProcess::waitForLog(const QByteArray &needle, int times, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    do {
        if (stderrText().count(needle) >= times)
            return true;
        // Blocks until the server writes or exits, at most 50 ms: not a fixed sleep.
        if (m_process)
            m_process->waitForFinished(50);
    } while (!deadline.hasExpired());
    return stderrText().count(needle) >= times;
}

int ServerProcess::terminate(int timeoutMs)
{
    ::kill(static_cast<pid_t>(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(timeoutMs)) {
        m_process->kill();
        m_process->waitForFinished();
        return -1;
    }
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

QList<QJsonObject> ServerProcess::jsonLines(const QString &path)
{
    QFile file(path);
    QList<QJsonObject> out;
    if (file.open(QIODevice::ReadOnly))
        for (const QByteArray &line : file.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                out.append(QJsonDocument::fromJson(line).object());
    return out;
}

} // namespace nomo::test
