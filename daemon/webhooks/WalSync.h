#pragma once

#include "core/Result.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class QThread;

namespace nomo {

// The webhook inbox's WAL made durable off the thread that commits to it. The intake's
// connection runs synchronous=NORMAL: a commit writes its frames to the WAL and returns
// without waiting for the disk. This thread ("webhook-sync") then syncs the WAL
// (fdatasync on a descriptor of its own: the kernel syncs the file's data whichever
// descriptor wrote it) and runs what waited for that; meanwhile the intake thread
// reads and commits the next group. So the disk's sync and the intake's CPU overlap,
// where before each group's commit stopped the intake thread for its sync (a quarter
// of its time under load, docs/benchmarks.md).
//
// A callback runs after a sync that began after it was given, so it covers every
// commit that returned before after() was called; callbacks run in the order they
// were given, on this thread. Checkpoints still sync on the committing thread, as
// SQLite does them; after one, the WAL starts again in the same file.
class WalSync
{
public:
    using Done = std::function<void(const Status &synced)>;

    explicit WalSync(QString walPath);
    ~WalSync(); // what waits runs after one last sync, then the thread stops
    WalSync(const WalSync &) = delete;
    WalSync &operator=(const WalSync &) = delete;

    // `done` runs on this thread once the WAL as it is now is on disk (or could not be).
    void after(Done done);
    // Syncs on the caller's thread, before the first after() (startup: what the last
    // run committed may still be only in the page cache).
    Status syncNow();

    // Syncs done since the start (what the intake's tests and metrics read).
    qint64 syncs() const { return m_syncs.load(std::memory_order_relaxed); }

private:
    void run();
    Status sync();
    Status reopenIfReplaced();

    const QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Done> m_waiting;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
    // Only the syncing thread (or syncNow() before it has work) touches these.
    int m_fd = -1;
    unsigned long long m_inode = 0;
    unsigned long long m_device = 0;
    std::atomic<qint64> m_syncs{0};
};

// How far the inbox is on disk: the highest row id whose commit a sync has covered.
// The worker moves no row past it (WebhookInbox::load): were the power cut, a row
// committed but not synced would be gone, its id given again to the next delivery,
// and a mark already past it would skip that delivery for ever.
class InboxOnDisk
{
public:
    void reach(qint64 id)
    {
        qint64 now = m_id.load(std::memory_order_relaxed);
        while (id > now && !m_id.compare_exchange_weak(now, id, std::memory_order_release, std::memory_order_relaxed)) {
        }
    }
    qint64 id() const { return m_id.load(std::memory_order_acquire); }

private:
    std::atomic<qint64> m_id{0};
};

} // namespace nomo
