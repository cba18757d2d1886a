// A webhook's 200 says the event is safe on disk, not only in the page cache: the
// daemon runs under strace while concurrent signed deliveries come in, and the trace of
// its system calls shows every 200 written after the sync (fdatasync/fsync of SQLite's
// WAL) that covers the commit holding the event. Without strace, concurrent deliveries
// share commits: a group pays one sync for all the deliveries in it.
//
// The rule read off the trace: the intake states each group's size as it commits; the
// trace shows where each group's sync returned (the intake thread's sync of the WAL
// after its writes of frames). At every "HTTP/1.1 200" written to a socket, at least as many
// deliveries are on disk as have been answered. Qt may put a reply on its socket after
// the next group's writes began, so "the last write before the reply was synced" would
// be wrong; the count is not. With synchronous=NORMAL (no sync at commit) or a reply
// written before its commit, it fails.
#include "support/RawHttp.h"
#include "support/ServerProcess.h"

#include "security/WebhookSignature.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

const QByteArray kSecret = "durability-secret";

// One traced system call: who made it, which, on what, and where it stands in the trace.
struct Call
{
    qint64 tid = 0;
    QString name;
    QString fd;       // the file or socket strace -y names
    QByteArray start; // the first bytes written, for writes
    bool completes = false; // this line is where the call ends (not "<unfinished ...>")
    bool begins = false;    // this line is where the call starts (not "<... resumed>")
};

QList<Call> readTrace(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    static const QRegularExpression begun(uR"(^(\d+)\s+(\w+)\((\d+)<([^>]*)>,?\s*("(?:[^"\\]|\\.)*")?)"_s);
    static const QRegularExpression resumed(uR"(^(\d+)\s+<\.\.\. (\w+) resumed>)"_s);
    QList<Call> calls;
    QHash<qint64, QString> unfinished; // a thread's call cut by another's: the file it was on
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (const auto m = resumed.match(line); m.hasMatch()) {
            const qint64 tid = m.captured(1).toLongLong();
            calls.append(Call{tid, m.captured(2), unfinished.take(tid), {}, true, false});
            continue;
        }
        const auto m = begun.match(line);
        if (!m.hasMatch())
            continue;
        const bool cut = line.contains(u"<unfinished ...>"_s);
        if (cut)
            unfinished.insert(m.captured(1).toLongLong(), m.captured(4));
        calls.append(Call{m.captured(1).toLongLong(), m.captured(2), m.captured(4), m.captured(5).toUtf8(), !cut, true});
    }
    return calls;
}

// Thread names by id, as the kernel has them (Qt names its threads after their objectName).
QHash<qint64, QString> threadNames(qint64 pid)
{
    QHash<qint64, QString> names;
    const QDir tasks(u"/proc/%1/task"_s.arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + u"/comm"_s));
        if (comm.open(QIODevice::ReadOnly))
            names.insert(tid.toLongLong(), QString::fromUtf8(comm.readAll().trimmed()));
    }
    return names;
}

qint64 childOf(qint64 pid)
{
    QFile children(u"/proc/%1/task/%1/children"_s.arg(pid));
    return children.open(QIODevice::ReadOnly) ? children.readAll().trimmed().split(' ').constFirst().toLongLong() : 0;
}

QByteArray signedRequest(int n)
{
    const QByteArray body = QStringLiteral(R"({"event":"customer.created","merchant":1487302251,"created_at":"2026-12-02 10:00:00","data":{"id":%1,"first_name":"سارة"}})")
                                .arg(700000 + n)
                                .toUtf8();
    return "POST /webhooks/salla HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n"
           "X-Salla-Security-Strategy: Signature\r\nX-Salla-Signature: "
        + nomo::WebhookSignature::sign(kSecret, body) + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// One whole response: its head, then as many bytes as its Content-Length says.
QByteArray readReply(QTcpSocket &socket)
{
    QByteArray reply;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        const qsizetype head = reply.indexOf("\r\n\r\n");
        if (head >= 0) {
            const QRegularExpressionMatch length =
                QRegularExpression(u"(?i)content-length:\\s*(\\d+)"_s).match(QString::fromLatin1(reply.left(head)));
            if (length.hasMatch() && reply.size() >= head + 4 + length.captured(1).toLongLong())
                return reply;
        }
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            break;
        reply += socket.readAll();
    }
    return reply;
}

constexpr int kRounds = 8, kAtOnce = 16;

// Rounds of deliveries sent at once, so that several arrive while a commit syncs; the
// number answered 200 (what else came back is printed).
int sendRounds(quint16 port)
{
    int ok = 0;
    for (int round = 0; round < kRounds; ++round) {
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < kAtOnce; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(u"127.0.0.1"_s, port);
            if (!socket->waitForConnected(5000))
                return ok;
            sockets.push_back(std::move(socket));
        }
        for (int i = 0; i < kAtOnce; ++i) { // out on the wire now, not when its reply is awaited
            sockets[i]->write(signedRequest(round * kAtOnce + i));
            sockets[i]->flush();
        }
        for (auto &socket : sockets) {
            const QByteArray reply = readReply(*socket);
            if (reply.startsWith("HTTP/1.1 200"))
                ++ok;
            else
                std::cout << "not a 200: " << reply.left(80).toStdString() << "\n";
        }
    }
    return ok;
}

} // namespace

TEST(IntakeDurability, ConcurrentDeliveriesShareCommits)
{
    DaemonProcess daemon;
    daemon.setEnv(u"NOMO_SALLA_WEBHOOK_SECRET"_s, QString::fromLatin1(kSecret));
    daemon.setEnv(u"NOMO_LOG_RULES"_s, u"nomo.daemon.webhooks.debug=true"_s); // "stored n new of m webhooks in one commit"
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    ASSERT_EQ(sendRounds(daemon.port()), kRounds * kAtOnce);
    ASSERT_TRUE(daemon.waitForLog("webhooks in one commit"));
    const int commits = int(daemon.stderrText().count("webhooks in one commit") - daemon.stderrText().count("moved webhooks"));
    EXPECT_LT(commits, kRounds * kAtOnce / 2) << "one commit, and one sync, serves a group";
    std::cout << "[ group commit ] " << kRounds * kAtOnce << " deliveries in " << commits << " commits\n";
}

TEST(IntakeDurability, EveryTwoHundredIsWrittenAfterTheSyncThatCoversItsEvent)
{
    const QString strace = QStandardPaths::findExecutable(u"strace"_s);
    ASSERT_FALSE(strace.isEmpty()) << "strace is installed by scripts/setup";
    {
        QProcess probe; // can this machine trace at all (ptrace may be forbidden in a container)?
        probe.start(strace, {u"-o"_s, u"/dev/null"_s, u"true"_s});
        probe.waitForFinished(10000);
        if (probe.exitCode() != 0)
            GTEST_SKIP() << "this machine does not let strace trace a process: " << probe.readAllStandardError().toStdString();
    }
    DaemonProcess daemon;
    const QString tracePath = daemon.dataDir() + u"/syscalls.txt"_s;
    daemon.setEnv(u"NOMO_SALLA_WEBHOOK_SECRET"_s, QString::fromLatin1(kSecret));
    daemon.setEnv(u"NOMO_LOG_RULES"_s, u"nomo.daemon.webhooks.debug=true"_s); // each group's size
    daemon.setWrapper({strace, u"-f"_s, u"--seccomp-bpf"_s, u"-qq"_s, u"-y"_s, u"-s"_s, u"16"_s, u"-o"_s, tracePath, u"-e"_s,
                       u"trace=write,writev,sendto,sendmsg,pwrite64,pwritev,fsync,fdatasync"_s});
    ASSERT_TRUE(daemon.start({}, 60000)) << daemon.stderrText().toStdString();
    const qint64 pid = childOf(daemon.pid());
    ASSERT_GT(pid, 0);

    ASSERT_EQ(sendRounds(daemon.port()), kRounds * kAtOnce) << daemon.stderrText().toStdString();
    const QHash<qint64, QString> names = threadNames(pid);
    ::kill(static_cast<pid_t>(pid), SIGTERM);
    ASSERT_TRUE(daemon.process().waitForFinished(30000));

    qint64 intake = 0;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        if (it.value() == u"webhook-intake")
            intake = it.key();
    ASSERT_NE(intake, 0) << "the intake's thread by its name";

    // The groups in commit order, as the intake states them ("stored n new of m webhooks
    // in one commit"): the k-th is the k-th sync of the intake thread that follows WAL
    // writes (a sync with no writes before it is a checkpoint's). The idle intake's
    // deletes of moved rows and its compaction are commits of that thread too, and
    // cover no delivery.
    QList<int> groups;
    static const QRegularExpression stated(
        u"(?:stored \\d+ new of (\\d+) webhooks|deleted \\d+ moved webhooks from the inbox|compacted the webhook inbox) in one commit"_s);
    for (auto it = stated.globalMatch(QString::fromUtf8(daemon.stderrText())); it.hasNext();)
        groups.append(it.next().captured(1).toInt());

    const QList<Call> calls = readTrace(tracePath);
    const auto wal = [](const Call &c) { return c.fd.endsWith(u"-wal"_s); };
    // A WAL's header (its magic number first): written, and synced on its own, when the
    // WAL starts again from its beginning (its first commit, or after a checkpoint) —
    // before that group's frames, so its sync covers no delivery.
    const auto walHeader = [](const Call &c) { return c.start.startsWith(R"("7\177\6\202)") || c.start.startsWith(R"("7\177\6\203)"); };
    bool unsynced = false; // the intake thread wrote WAL frames since its last sync of the WAL
    int replies = 0, commits = 0, onDisk = 0; // deliveries whose group's sync has returned
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const Call &c = calls[i];
        if (c.tid == intake && wal(c) && c.begins && c.name.startsWith(u"pwrite"_s) && !walHeader(c))
            unsynced = true;
        if (c.tid == intake && (c.name == u"fdatasync" || c.name == u"fsync") && c.completes && wal(c) && unsynced) {
            unsynced = false; // where it returned: the group is on disk from here
            onDisk += commits < groups.size() ? groups[commits] : 0;
            ++commits;
        }
        // A reply may reach its socket after the next group has begun (Qt writes sockets
        // on the next turn of the event loop), so the rule counts: at every 200, as many
        // deliveries are on disk as have been answered.
        if (c.begins && c.fd.startsWith(u"socket:"_s) && c.start.startsWith("\"HTTP/1.1 200")) {
            ++replies;
            EXPECT_LE(replies, onDisk) << "reply " << replies << " at trace call " << i << " was written when only " << onDisk
                                       << " deliveries were synced";
        }
    }
    EXPECT_EQ(replies, kRounds * kAtOnce) << "every 200 is in the trace";
    EXPECT_EQ(commits, groups.size()) << "every commit the intake stated has its sync in the trace";
    const int syncs = commits - int(groups.count(0));
    EXPECT_LT(syncs, replies) << "one sync serves a group, not each webhook";
    std::cout << "[ durability ] " << replies << " replies, " << syncs << " commits synced by the intake thread\n";
}
