#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace nomo::test {

// Many plain TCP connections at once, for floods and slow clients: POSIX sockets,
// each optionally bound to a source address on the loopback (127.0.0.2 is another
// client to the daemon than 127.0.0.1). Closed when the object goes.
class RawClients
{
public:
    RawClients() = default;
    ~RawClients();
    RawClients(const RawClients &) = delete;
    RawClients &operator=(const RawClients &) = delete;

    // Opens `count` connections to 127.0.0.1:port from `source`; returns how many
    // connected (the kernel completes a connect before the server accepts it).
    int open(int count, quint16 port, const QByteArray &source = "127.0.0.1");
    int size() const { return static_cast<int>(m_fds.size()); }
    // Sends the bytes on every connection still open.
    void sendAll(const QByteArray &bytes);
    // Waits until each connection has an answer or was closed, at most timeoutMs;
    // returns the status of each so far: its answer's code, 0 for a close without
    // one, -1 while it has neither. A later call waits only for the unsettled.
    std::vector<int> collect(int timeoutMs);
    void closeAll();
    // Sends `chunk` again and again on the first connection, never reading, until the
    // daemon stops taking bytes (nothing can be written for `stallMs`), closes the
    // connection, or `maxBytes` went out. Returns how many bytes the kernel took.
    qint64 pushUntilHeldBack(const QByteArray &chunk, qint64 maxBytes, int stallMs);

private:
    std::vector<int> m_fds;
    std::vector<int> m_statuses;
    std::vector<QByteArray> m_answers;
};

// What the kernel says of a process: open descriptors and resident memory.
struct ProcessStats
{
    int openDescriptors = -1;
    int openSockets = -1; // of those, sockets (the rest: files, pipes, eventfds)
    qint64 residentKiB = -1;
    qint64 softDescriptorLimit = -1;
    static ProcessStats of(qint64 pid);
};

// One blocking connection from a chosen source address, for a single request.
// Returns the status code of the answer, 0 when none came within timeoutMs.
int statusFrom(quint16 port, const QByteArray &source, const QByteArray &request, int timeoutMs = 5000);

} // namespace nomo::test
