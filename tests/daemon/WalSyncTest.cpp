// The webhook inbox's WAL synced on a thread of its own (webhooks/WalSync.h): what
// waits for a sync runs after one that began after it was given, in the order given;
// a WAL that SQLite made again is synced through a descriptor on the new file; a WAL
// that cannot be reached fails what waits, with the reason.
#include "db/Database.h"
#include "webhooks/WalSync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {

// What the callbacks saw, as they ran on the sync thread.
struct Seen
{
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<int> order;
    std::vector<qint64> syncsAtRun;
    std::vector<bool> ok;
    QString lastError;

    void add(int id, qint64 syncs, const Status &status)
    {
        {
            const std::lock_guard lock(mutex);
            order.push_back(id);
            syncsAtRun.push_back(syncs);
            ok.push_back(status.has_value());
            if (!status)
                lastError = status.error().detail;
        }
        changed.notify_all();
    }
    bool waitFor(size_t count)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, std::chrono::seconds(30), [&] { return order.size() >= count; });
    }
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Append));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

// Descriptors this process holds on `path`, and how many of them are on a file since
// removed ("(deleted)", as /proc shows it).
std::pair<int, int> descriptorsOn(const QString &path)
{
    int on = 0, removed = 0;
    const QDir fds(u"/proc/self/fd"_s);
    for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char link[4096];
        const ssize_t length = ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), link, sizeof link);
        const QString target = length > 0 ? QFile::decodeName(QByteArray(link, length)) : QString();
        if (target == path)
            ++on;
        else if (target == path + u" (deleted)"_s)
            ++removed;
    }
    return {on, removed};
}

} // namespace

TEST(WalSync, WhatIsGivenDuringASyncWaitsForTheNextAndAllRunInOrder)
{
    QTemporaryDir dir;
    const QString wal = dir.filePath(u"inbox-wal"_s);
    writeFile(wal, "frames");
    WalSync sync(wal);
    Seen seen;
    constexpr int kChained = 5;
    // Each callback gives the next while it runs, when no sync is under way: the next
    // must then wait for a sync of its own, so the counts seen go up by one each time.
    std::function<void(int)> give = [&](int id) {
        sync.after([&, id](const Status &synced) {
            seen.add(id, sync.syncs(), synced);
            if (id + 1 < kChained)
                give(id + 1);
        });
    };
    give(0);
    ASSERT_TRUE(seen.waitFor(kChained));
    for (int i = 0; i < kChained; ++i) {
        EXPECT_EQ(seen.order[i], i);
        EXPECT_TRUE(seen.ok[i]);
        if (i > 0) {
            EXPECT_EQ(seen.syncsAtRun[i], seen.syncsAtRun[i - 1] + 1) << "callback " << i << " ran after a sync that began after it";
        }
    }
    EXPECT_GE(seen.syncsAtRun[0], 1);
}

TEST(WalSync, ManyGivenAtOnceShareSyncsAndKeepTheirOrder)
{
    QTemporaryDir dir;
    const QString wal = dir.filePath(u"inbox-wal"_s);
    writeFile(wal, "frames");
    WalSync sync(wal);
    Seen seen;
    constexpr int kGiven = 200;
    for (int i = 0; i < kGiven; ++i)
        sync.after([&, i](const Status &synced) { seen.add(i, sync.syncs(), synced); });
    ASSERT_TRUE(seen.waitFor(kGiven));
    for (int i = 0; i < kGiven; ++i) {
        EXPECT_EQ(seen.order[i], i);
        EXPECT_TRUE(seen.ok[i]);
        EXPECT_GE(seen.syncsAtRun[i], 1);
    }
    EXPECT_LE(sync.syncs(), kGiven) << "never more syncs than what waited for them";
}

TEST(WalSync, AWalMadeAgainIsSyncedThroughTheNewFileAndNoneIsNoFailure)
{
    QTemporaryDir dir;
    const QString wal = QDir(QFileInfo(dir.path()).canonicalFilePath()).filePath(u"inbox-wal"_s); // as /proc names it
    WalSync sync(wal);
    ASSERT_TRUE(sync.syncNow()) << "no WAL yet: nothing to sync";
    EXPECT_EQ(sync.syncs(), 0);

    writeFile(wal, "first");
    ASSERT_TRUE(sync.syncNow());
    EXPECT_EQ(sync.syncs(), 1);
    EXPECT_EQ(descriptorsOn(wal), std::make_pair(1, 0));

    ASSERT_TRUE(QFile::remove(wal)); // SQLite's last connection went, then a new one came
    writeFile(wal, "second");
    ASSERT_TRUE(sync.syncNow());
    EXPECT_EQ(sync.syncs(), 2);
    EXPECT_EQ(descriptorsOn(wal), std::make_pair(1, 0)) << "the descriptor is on the new file, not the removed one";

    ASSERT_TRUE(QFile::remove(wal));
    ASSERT_TRUE(sync.syncNow());
    EXPECT_EQ(descriptorsOn(wal), std::make_pair(0, 0)) << "nothing held on a WAL that is gone";
}

TEST(WalSync, AWalThatCannotBeReachedFailsWhatWaitsWithTheReason)
{
    QTemporaryDir dir;
    const QString notAFolder = dir.filePath(u"plain-file"_s);
    writeFile(notAFolder, "x");
    WalSync sync(notAFolder + u"/inbox-wal"_s);
    Seen seen;
    sync.after([&](const Status &synced) { seen.add(0, sync.syncs(), synced); });
    ASSERT_TRUE(seen.waitFor(1));
    EXPECT_FALSE(seen.ok[0]);
    EXPECT_TRUE(seen.lastError.contains(u"inbox-wal"_s)) << seen.lastError.toStdString();
    EXPECT_FALSE(sync.syncNow());
}

TEST(WalSync, SyncsTheWalOfARelaxedSqliteConnection)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"inbox.db"_s);
    {
        auto db = db::open(DatabaseUrl::sqlite(file), u"wal-sync-test"_s, 5000, db::Durability::Relaxed);
        ASSERT_TRUE(db) << db.error().toString().toStdString();
        ASSERT_TRUE(db::exec(*db, u"CREATE TABLE t (x INTEGER)"_s));
        ASSERT_TRUE(db::exec(*db, u"INSERT INTO t VALUES (:x)"_s, {{u"x"_s, 1}}));
        ASSERT_TRUE(QFileInfo::exists(file + u"-wal"_s)) << "the commit is in the WAL, not synced";
        WalSync sync(file + u"-wal"_s);
        Seen seen;
        sync.after([&](const Status &synced) { seen.add(0, sync.syncs(), synced); });
        ASSERT_TRUE(seen.waitFor(1));
        EXPECT_TRUE(seen.ok[0]);
        EXPECT_EQ(seen.syncsAtRun[0], 1);
    }
    db::close(u"wal-sync-test"_s);
}
