#include "support/RawClients.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace nomo::test {

namespace {

int connectFrom(quint16 port, const QByteArray &source)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in from{};
    from.sin_family = AF_INET;
    ::inet_pton(AF_INET, source.constData(), &from.sin_addr);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    ::inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&from), sizeof from) != 0
        || ::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

int statusOf(const QByteArray &answer)
{
    if (!answer.startsWith("HTTP/1.1 "))
        return 0;
    return answer.mid(9, 3).toInt();
}

} // namespace

RawClients::~RawClients()
{
    closeAll();
}

int RawClients::open(int count, quint16 port, const QByteArray &source)
{
    int opened = 0;
    for (int i = 0; i < count; ++i) {
        const int fd = connectFrom(port, source);
        if (fd < 0)
            continue;
        m_fds.push_back(fd);
        ++opened;
    }
    return opened;
}

void RawClients::sendAll(const QByteArray &bytes)
{
    for (const int fd : m_fds)
        ::send(fd, bytes.constData(), static_cast<size_t>(bytes.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
}

std::vector<int> RawClients::collect(int timeoutMs)
{
    m_statuses.resize(m_fds.size(), -1); // -1: nothing yet
    m_answers.resize(m_fds.size());
    QDeadlineTimer deadline(timeoutMs);
    auto unsettled = [this] { return std::count(m_statuses.begin(), m_statuses.end(), -1); };
    while (unsettled() > 0 && !deadline.hasExpired()) {
        std::vector<pollfd> polls;
        std::vector<size_t> which;
        for (size_t i = 0; i < m_fds.size(); ++i) {
            if (m_statuses[i] == -1) {
                polls.push_back({m_fds[i], POLLIN, 0});
                which.push_back(i);
            }
        }
        if (::poll(polls.data(), polls.size(), static_cast<int>(std::max<qint64>(1, deadline.remainingTime()))) <= 0)
            continue;
        for (size_t k = 0; k < polls.size(); ++k) {
            if (!(polls[k].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const size_t i = which[k];
            char buffer[4096];
            const ssize_t got = ::recv(m_fds[i], buffer, sizeof buffer, MSG_DONTWAIT);
            if (got > 0)
                m_answers[i].append(buffer, got);
            if (got <= 0 || m_answers[i].contains("\r\n\r\n"))
                m_statuses[i] = statusOf(m_answers[i]);
        }
    }
    return m_statuses;
}

qint64 RawClients::pushUntilHeldBack(const QByteArray &chunk, qint64 maxBytes, int stallMs)
{
    if (m_fds.empty())
        return 0;
    const int fd = m_fds.front();
    qint64 sent = 0;
    while (sent < maxBytes) {
        const ssize_t wrote = ::send(fd, chunk.constData(), static_cast<size_t>(chunk.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (wrote > 0) {
            sent += wrote;
            continue;
        }
        if (wrote < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            break; // closed by the daemon
        pollfd writable{fd, POLLOUT, 0};
        if (::poll(&writable, 1, stallMs) <= 0 || (writable.revents & (POLLERR | POLLHUP)))
            break; // held back, or closed
    }
    return sent;
}

void RawClients::closeAll()
{
    for (const int fd : m_fds)
        ::close(fd);
    m_fds.clear();
    m_statuses.clear();
    m_answers.clear();
}

ProcessStats ProcessStats::of(qint64 pid)
{
    ProcessStats stats;
    const QString proc = QStringLiteral("/proc/%1").arg(pid);
    const QDir fds(proc + QStringLiteral("/fd"));
    const QStringList entries = fds.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
    stats.openDescriptors = static_cast<int>(entries.size());
    stats.openSockets = static_cast<int>(std::count_if(entries.begin(), entries.end(), [&](const QString &entry) {
        char target[64] = {};
        const ssize_t size = ::readlink(QFile::encodeName(fds.filePath(entry)).constData(), target, sizeof target - 1);
        return size > 0 && QByteArray(target, size).startsWith("socket:");
    }));
    QFile status(proc + QStringLiteral("/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                stats.residentKiB = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    QFile limits(proc + QStringLiteral("/limits"));
    if (limits.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : limits.readAll().split('\n')) {
            if (line.startsWith("Max open files"))
                stats.softDescriptorLimit = line.mid(14).simplified().split(' ').value(0).toLongLong();
        }
    }
    return stats;
}

int statusFrom(quint16 port, const QByteArray &source, const QByteArray &request, int timeoutMs)
{
    RawClients one;
    if (one.open(1, port, source) != 1)
        return 0;
    one.sendAll(request);
    const std::vector<int> statuses = one.collect(timeoutMs);
    return statuses.empty() ? 0 : std::max(0, statuses.front());
}

} // namespace nomo::test
