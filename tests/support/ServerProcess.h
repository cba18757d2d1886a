#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace nomo::test {

// A server program of ours (nomo-daemon, nomo-salla-sim) run as a child process
// with a temporary data folder; start() waits for the one JSON line it prints when
// it listens. Tests talk to it over real sockets.
class ServerProcess
{
public:
    ServerProcess(QString binary, QString readyEvent);
    virtual ~ServerProcess();

    // NOMO_* overrides for the next start().
    void setEnv(const QString &name, const QString &value) { m_environment.insert(name, value); }
    QString dataDir() const { return m_dir.path(); }
    // A double's record, one JSON object a line (requests.jsonl, webhooks.jsonl), in order.
    static QList<QJsonObject> jsonLines(const QString &path);

    // Starts `<binary> <arguments>` and waits for its ready line.
    bool start(const QStringList &arguments = {}, int timeoutMs = 15000);
    // Runs `<binary> <arguments>` to completion (for --check-config, migrate).
    int runToEnd(const QStringList &arguments, QByteArray *out, QByteArray *err, int timeoutMs = 15000);

    quint16 port() const { return m_port; }
    const QJsonObject &readyLine() const { return m_readyLine; }
    QProcess &process() { return *m_process; }
    QByteArray stderrText() const; // everything it logged so far
    // Waits until its log holds `needle` at least `times` times (a fact the server
    // states, rather than a guess at how long it takes); false if not within the time.
    bool waitForLog(const QByteArray &needle, int times = 1, int timeoutMs = 10000) const;
    // A program the server runs under for the next start() (strace, with its options):
    // `wrapper` then the binary and its arguments. pid() is then the wrapper's.
    void setWrapper(QStringList wrapper) { m_wrapper = std::move(wrapper); }
    // Runs in the child between fork and exec (e.g. setrlimit), for the next start().
    void setChildSetup(std::function<void()> setup) { m_childSetup = std::move(setup); }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    // Sends SIGTERM and waits; returns the exit code, or -1 when it had to be killed.
    int terminate(int timeoutMs = 10000);

protected:
    QString stderrPath() const;
    QString m_binary;
    QString m_readyEvent;
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    std::unique_ptr<QProcess> m_process;
    std::function<void()> m_childSetup;
    QStringList m_wrapper;
    quint16 m_port = 0;
    QJsonObject m_readyLine;
};

// nomo-daemon on 127.0.0.1:0 with its data in the temporary folder and no NOMO_*
// setting inherited from the developer's shell.
class DaemonProcess : public ServerProcess
{
public:
    DaemonProcess();
    static QString binary();
};

// nomo-salla-sim on 127.0.0.1:0; its ready line carries the base URLs.
class SimulatorProcess : public ServerProcess
{
public:
    SimulatorProcess();
    bool start(const QStringList &arguments = {}, int timeoutMs = 15000);
    QString baseUrl() const;
};

} // namespace nomo::test
