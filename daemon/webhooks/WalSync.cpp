#include "webhooks/WalSync.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
Status failed(const QString &what, const QString &path)
{
    return fail(ErrorCode::DatabaseError, u"db.failed"_s, u"cannot %1 %2: %3"_s.arg(what, path, QString::fromLocal8Bit(std::strerror(errno))));
}
} // namespace

WalSync::WalSync(QString walPath)
    : m_path(std::move(walPath))
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(u"webhook-sync"_s); // what top -H and /proc show
    m_thread->start();
}

WalSync::~WalSync()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread->wait();
    if (m_fd >= 0)
        ::close(m_fd);
}

void WalSync::after(Done done)
{
    {
        const std::lock_guard lock(m_mutex);
        m_waiting.push_back(std::move(done));
    }
    m_wake.notify_one();
}

Status WalSync::syncNow()
{
    return sync();
}

void WalSync::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_waiting.empty(); });
        if (m_waiting.empty())
            return; // stopping, and nothing waits
        // Taken before the sync begins: whatever is given meanwhile waits for the next,
        // which begins after its commit.
        std::vector<Done> due;
        due.swap(m_waiting);
        lock.unlock();
        const Status synced = sync();
        for (const Done &done : due)
            done(synced);
        lock.lock();
    }
}

Status WalSync::sync()
{
    if (auto opened = reopenIfReplaced(); !opened)
        return opened;
    if (m_fd < 0)
        return {}; // no WAL: SQLite removes it only once it is checkpointed into the database, synced
    if (::fdatasync(m_fd) != 0)
        return failed(u"sync"_s, m_path);
    m_syncs.fetch_add(1, std::memory_order_relaxed);
    return {};
}

Status WalSync::reopenIfReplaced()
{
    const QByteArray path = QFile::encodeName(m_path);
    struct stat now = {};
    if (::stat(path.constData(), &now) != 0) {
        if (errno != ENOENT)
            return failed(u"find"_s, m_path);
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        return {};
    }
    if (m_fd >= 0 && now.st_ino == m_inode && now.st_dev == m_device)
        return {};
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    // The WAL is new (SQLite made it when the file was first opened since the last one
    // went): a descriptor of our own on it, and its name made durable in the folder, as
    // SQLite does the first time it syncs a file it created. Kept only once both are
    // done, so that a failure is tried again at the next sync.
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return failed(u"open"_s, m_path);
    struct stat opened = {};
    const int dir = ::open(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool named = ::fstat(fd, &opened) == 0 && dir >= 0 && ::fsync(dir) == 0;
    const Status problem = named ? Status() : failed(u"sync the folder of"_s, m_path);
    if (dir >= 0)
        ::close(dir);
    if (!named) {
        ::close(fd);
        return problem;
    }
    m_fd = fd;
    m_inode = opened.st_ino;
    m_device = opened.st_dev;
    return {};
}

} // namespace nomo
