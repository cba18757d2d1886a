// The key file a daemon makes on its first start (data.dir/token.key) survives a
// kill at any moment of that start, and a damaged one is named plainly.
#include "support/ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::test::DaemonProcess;

namespace {

QString keyPath(const DaemonProcess &daemon)
{
    return daemon.dataDir() + u"/token.key"_s;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(TokenKeyFile, IsCreatedWholeAndPrivateOnTheFirstStart)
{
    DaemonProcess daemon;
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    const QByteArray key = readFile(keyPath(daemon));
    EXPECT_EQ(key.size(), 65) << "64 hex digits and a newline";
    EXPECT_EQ(QFile::permissions(keyPath(daemon)) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner), 0);
    EXPECT_TRUE(QDir(daemon.dataDir()).entryList({u"token.key.tmp*"_s}, QDir::Files | QDir::Hidden).isEmpty());
}

TEST(TokenKeyFile, AnEmptyFileLeftBeforeAnyTokenWasSealedIsReplaced)
{
    DaemonProcess daemon;
    ASSERT_TRUE(writeFile(keyPath(daemon), {}));
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    EXPECT_EQ(readFile(keyPath(daemon)).size(), 65);
    EXPECT_TRUE(daemon.stderrText().contains("holds no usable key"));
}

TEST(TokenKeyFile, ADamagedFileOfADatabaseInUseIsNamedAndNotReplaced)
{
    DaemonProcess daemon;
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    ASSERT_EQ(daemon.terminate(), 0);
    ASSERT_TRUE(writeFile(keyPath(daemon), "0123"));
    QByteArray out, err;
    EXPECT_EQ(daemon.runToEnd({}, &out, &err), 1);
    EXPECT_TRUE(err.contains(keyPath(daemon).toUtf8())) << err.toStdString();
    EXPECT_TRUE(err.contains("holds no usable key (4 bytes")) << err.toStdString();
    EXPECT_EQ(readFile(keyPath(daemon)), "0123") << "the operator's file is left for them to restore";
}

TEST(TokenKeyFile, AKillAtAnyMomentOfTheFirstStartLeavesADaemonThatStarts)
{
    for (int delayMs = 0; delayMs <= 60; delayMs += 4) {
        SCOPED_TRACE(delayMs);
        DaemonProcess daemon;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"NOMO_DATA_DIR"_s, daemon.dataDir());
        environment.insert(u"NOMO_HTTP_LISTEN"_s, u"127.0.0.1:0"_s);
        QProcess first;
        first.setProcessEnvironment(environment);
        first.setStandardOutputFile(QProcess::nullDevice());
        first.setStandardErrorFile(QProcess::nullDevice());
        first.start(DaemonProcess::binary(), {});
        ASSERT_TRUE(first.waitForStarted());
        first.waitForFinished(delayMs); // the moment of the kill: somewhere in the first start
        first.kill();
        first.waitForFinished();
        ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
        EXPECT_EQ(readFile(keyPath(daemon)).size(), 65);
    }
}
