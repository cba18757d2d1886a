// `nomo-daemon backup` while webhooks stream in, then `restore`: every event the
// daemon acknowledged before the backup began is in the restored database, and a
// restore is refused while a daemon serves the file or when the file is not ours.
#include "support/RawHttp.h"
#include "support/ServerProcess.h"

#include "db/Database.h"
#include "security/WebhookSignature.h"

#include <QDateTime>
#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {
const QByteArray kSecret = "nomo-backup-secret";

QByteArray event(int id)
{
    return QByteArray(R"({"event":"customer.created","merchant":77,"created_at":"2025-11-23T09:00:00Z","data":{"id":)")
        + QByteArray::number(id) + R"(,"first_name":"نورة","last_name":"العتيبي","email":"","mobile":""}})";
}

QSet<int> storedIds(const QString &file)
{
    QSet<int> ids;
    {
        auto db = db::open(DatabaseUrl::sqlite(file), u"backup-reader"_s);
        auto rows = db::exec(*db, u"SELECT delivery_key FROM events"_s);
        while (rows && rows->next())
            ids.insert(rows->value(0).toString().section(u':', 2, 2).toInt()); // event:merchant:id:hash
    }
    db::close(u"backup-reader"_s);
    return ids;
}
} // namespace

TEST(BackupRestore, ABackupUnderAWebhookStreamHoldsEverythingAcknowledgedBeforeIt)
{
    DaemonProcess daemon;
    daemon.setEnv(u"NOMO_SALLA_WEBHOOK_SECRET"_s, QString::fromLatin1(kSecret));
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    const quint16 port = daemon.port();

    std::mutex mutex;
    QList<int> acknowledged;
    std::atomic_bool streaming = true;
    std::thread stream([&] {
        for (int id = 1; streaming; ++id) {
            const QByteArray body = event(id);
            const HttpReply reply = RawHttp::request(port, "POST", "/webhooks/salla", body,
                                                     {{"Content-Type", "application/json"},
                                                      {"X-Salla-Security-Strategy", "Signature"},
                                                      {"X-Salla-Signature", WebhookSignature::sign(kSecret, body)}});
            if (reply.status == 200) {
                std::lock_guard lock(mutex);
                acknowledged.append(id);
            }
        }
    });
    auto count = [&] {
        std::lock_guard lock(mutex);
        return acknowledged.size();
    };
    while (count() < 200)
        std::this_thread::yield();
    QList<int> before;
    {
        std::lock_guard lock(mutex);
        before = acknowledged; // acknowledged before the backup began
    }
    const QString backup = daemon.dataDir() + u"/backup.db"_s;
    QByteArray out, err;
    const int status = daemon.runToEnd({u"backup"_s, u"--to"_s, backup}, &out, &err);
    const qsizetype during = count();
    streaming = false;
    stream.join();
    ASSERT_EQ(status, 0) << err.toStdString();
    EXPECT_GT(count(), during - 1);

    // A restore over a database a daemon serves is refused, naming the daemon.
    ASSERT_NE(daemon.runToEnd({u"restore"_s, u"--from"_s, backup}, &out, &err), 0);
    EXPECT_TRUE(err.contains("another nomo-daemon")) << err.toStdString();
    ASSERT_EQ(daemon.terminate(), 0);

    ASSERT_EQ(daemon.runToEnd({u"restore"_s, u"--from"_s, backup}, &out, &err), 0) << err.toStdString();
    const QSet<int> restored = storedIds(daemon.dataDir() + u"/nomo.db"_s);
    int missing = 0;
    for (const int id : std::as_const(before))
        missing += !restored.contains(id);
    EXPECT_EQ(missing, 0) << "of " << before.size() << " events acknowledged before the backup";
    EXPECT_GE(restored.size(), before.size());
    // And the restored database serves again.
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    EXPECT_EQ(RawHttp::get(daemon.port(), "/readyz").status, 200);
}

TEST(BackupRestore, RefusesWhatIsNotABackupOfOurs)
{
    DaemonProcess daemon;
    QByteArray out, err;
    const QString notOurs = daemon.dataDir() + u"/notes.db"_s;
    {
        auto db = db::open(DatabaseUrl::sqlite(notOurs), u"not-ours"_s);
        ASSERT_TRUE(db::exec(*db, u"CREATE TABLE notes (text TEXT)"_s));
    }
    db::close(u"not-ours"_s);
    EXPECT_NE(daemon.runToEnd({u"restore"_s, u"--from"_s, notOurs}, &out, &err), 0);
    EXPECT_TRUE(err.contains("not a Nomo Flow database")) << err.toStdString();
    EXPECT_NE(daemon.runToEnd({u"restore"_s, u"--from"_s, daemon.dataDir() + u"/nothing.db"_s}, &out, &err), 0);
    EXPECT_NE(daemon.runToEnd({u"backup"_s}, &out, &err), 0);
    EXPECT_TRUE(err.contains("--to")) << err.toStdString();
    // A backup never overwrites.
    EXPECT_NE(daemon.runToEnd({u"backup"_s, u"--to"_s, notOurs}, &out, &err), 0);
    EXPECT_TRUE(err.contains("exists already")) << err.toStdString();
}

TEST(BackupRestore, ASecondDaemonOnTheSameFileIsRefused)
{
    DaemonProcess first;
    ASSERT_TRUE(first.start()) << first.stderrText().toStdString();
    DaemonProcess second;
    second.setEnv(u"NOMO_DATA_DIR"_s, first.dataDir());
    EXPECT_FALSE(second.start(QStringList(), 5000));
    EXPECT_TRUE(second.stderrText().contains("another nomo-daemon")) << second.stderrText().toStdString();
}

TEST(BackupRestore, ALockFileLeftEmptyByAKilledDaemonDoesNotKeepTheNextOneOut)
{
    // Killed between creating its lock file and writing its pid into it.
    DaemonProcess daemon;
    QFile lock(daemon.dataDir() + u"/nomo.db.lock"_s);
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.close();
    ASSERT_TRUE(lock.open(QIODevice::ReadWrite));
    ASSERT_TRUE(lock.setFileTime(QDateTime::currentDateTime().addSecs(-30), QFileDevice::FileModificationTime));
    lock.close();
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    EXPECT_EQ(RawHttp::get(daemon.port(), "/readyz").status, 200);
}
