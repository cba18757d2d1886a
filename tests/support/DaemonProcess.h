#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

namespace nomo::test {

// The real nomo-daemon binary, started on an ephemeral loopback port with a
// temporary data folder. Tests talk to it over real sockets.
class DaemonProcess
{
public:
    DaemonProcess();
    ~DaemonProcess();

    // NOMO_* overrides for the next start().
    void setEnv(const QString &name, const QString &value) { m_environment.insert(name, value); }
    QString dataDir() const { return m_dir.path(); }

    // Starts `nomo-daemon <arguments>` and waits for its "listening" line.
    bool start(const QStringList &arguments = {}, int timeoutMs = 15000);
    // Runs `nomo-daemon <arguments>` to completion (for --check-config, migrate).
    int runToEnd(const QStringList &arguments, QByteArray *out, QByteArray *err, int timeoutMs = 15000);

    quint16 port() const { return m_port; }
    QProcess &process() { return *m_process; }
    QByteArray stderrText() const { return m_stderr; }
    // Sends SIGTERM and waits; returns the exit code, or -1 when it had to be killed.
    int terminate(int timeoutMs = 10000);

    static QString binary();

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stderr;
    quint16 m_port = 0;
};

} // namespace nomo::test
