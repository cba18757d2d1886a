// The daemon's HTTP front over raw sockets, as an outside probe tries it: request
// framing that two parsers could read differently (folding, bare LF, Content-Length
// conflicts, pipelining, byte by byte), slow clients, connection floods with
// /healthz answering throughout, and descriptors and memory back to baseline after.
#include "support/RawClients.h"
#include "support/RawHttp.h"
#include "support/ServerProcess.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

#include <gtest/gtest.h>

#include <sys/resource.h>

#include <map>

using namespace Qt::StringLiterals;
using nomo::test::DaemonProcess;
using nomo::test::ProcessStats;
using nomo::test::RawClients;
using nomo::test::RawHttp;
using nomo::test::statusFrom;

namespace {

constexpr const char *kHealthz = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";

std::unique_ptr<DaemonProcess> startDaemon(const QList<std::pair<QString, QString>> &settings)
{
    auto daemon = std::make_unique<DaemonProcess>();
    daemon->setEnv(u"NOMO_HTTP_MAX_BODY_BYTES"_s, u"4096"_s);
    daemon->setEnv(u"NOMO_HTTP_MAX_HEADER_BYTES"_s, u"2048"_s);
    for (const auto &[name, value] : settings)
        daemon->setEnv(name, value);
    if (!daemon->start())
        ADD_FAILURE() << daemon->stderrText().toStdString();
    return daemon;
}

int countOf(const std::vector<int> &statuses, int status)
{
    return static_cast<int>(std::count(statuses.begin(), statuses.end(), status));
}

// Polls the daemon's /proc entry until `done` holds (the daemon closes sockets on
// its own schedule); false if it never did within the time.
bool eventually(qint64 pid, const std::function<bool(const ProcessStats &)> &done, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&] { return done(ProcessStats::of(pid)); }, timeoutMs);
}

class HttpFramingTest : public ::testing::Test
{
protected:
    // Unread answers capped low, so the pipelining test reaches the cap cheaply.
    static void SetUpTestSuite() { s_daemon = startDaemon({{u"NOMO_HTTP_MAX_UNSENT_BYTES"_s, u"262144"_s}}).release(); }
    static void TearDownTestSuite()
    {
        delete s_daemon;
        s_daemon = nullptr;
    }
    static quint16 port() { return s_daemon->port(); }
    static DaemonProcess *s_daemon;
};
DaemonProcess *HttpFramingTest::s_daemon = nullptr;

TEST_F(HttpFramingTest, TheFoldedLengthSmuggleIsRefusedAndTheNextBodyIsNeverBuffered)
{
    const ProcessStats before = ProcessStats::of(s_daemon->pid());
    RawHttp client(port());
    ASSERT_TRUE(client.connect());
    client.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n Content-Length: 101\r\n\r\n"
                "POST /webhooks/salla HTTP/1.1\r\nHost: x\r\nContent-Length: 200000000\r\n\r\n");
    const auto reply = client.read();
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.json()[u"error"_s][u"code"_s].toString(), u"obsolete_line_folding"_s);
    const QByteArray megabyte(1024 * 1024, 'x');
    for (int i = 0; i < 16 && client.isConnected(); ++i)
        client.send(megabyte);
    EXPECT_TRUE(client.waitForClose(10000));
    const ProcessStats after = ProcessStats::of(s_daemon->pid());
    EXPECT_LT(after.residentKiB - before.residentKiB, 8 * 1024) << "the daemon buffered what it had refused";
}

TEST_F(HttpFramingTest, EveryAmbiguousHeadGets400AndACloseEvenAfterAGoodRequest)
{
    const QList<QByteArray> ambiguous{
        "GET /healthz HTTP/1.1\nHost: x\n\n",
        "POST /webhooks/salla HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 30\r\n\r\nabc",
        "POST /webhooks/salla HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\nabc",
        "POST /webhooks/salla HTTP/1.1\r\nHost: x\r\nContent-Length : 3\r\n\r\nabc",
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX: a\rContent-Length: 3\r\n\r\n",
    };
    for (const QByteArray &head : ambiguous) {
        SCOPED_TRACE(head.toStdString());
        RawHttp client(port());
        ASSERT_TRUE(client.connect());
        client.send(kHealthz + head);
        EXPECT_EQ(client.read().status, 200);
        EXPECT_EQ(client.read().status, 400);
        EXPECT_TRUE(client.waitForClose(5000));
    }
}

TEST_F(HttpFramingTest, PipelinedRequestsAreAnsweredInOrder)
{
    RawHttp client(port());
    ASSERT_TRUE(client.connect());
    // The body holds text shaped like a request: it is a body, not a head.
    const QByteArray body = "GET /healthz HTTP/1.1\r\nContent-Length: 99999\r\n\r\n";
    client.send(QByteArray(kHealthz) + "POST /nowhere HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\n\r\n" + body + "\r\n" + kHealthz);
    EXPECT_EQ(client.read().status, 200);
    EXPECT_EQ(client.read().status, 404);
    EXPECT_EQ(client.read().status, 200);
}

TEST_F(HttpFramingTest, ARequestSentByteByByteIsServed)
{
    RawHttp client(port());
    ASSERT_TRUE(client.connect());
    const QByteArray request = "POST /nowhere HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world" + QByteArray(kHealthz);
    for (const char byte : request)
        ASSERT_TRUE(client.send(QByteArray(1, byte)));
    EXPECT_EQ(client.read().status, 404);
    EXPECT_EQ(client.read().status, 200);
}

TEST_F(HttpFramingTest, AClientThatPipelinesWithoutReadingIsHeldBackNotBuffered)
{
    // QHttpServer takes one request per read: without a bound, requests pile up in
    // the socket's buffer and their answers in its write buffer, as fast as a client
    // can send them.
    const ProcessStats before = ProcessStats::of(s_daemon->pid());
    QByteArray requests;
    while (requests.size() < 1024 * 1024)
        requests += kHealthz;
    RawClients client;
    ASSERT_EQ(client.open(1, port(), "127.0.0.5"), 1);
    const qint64 taken = client.pushUntilHeldBack(requests, 512LL * 1024 * 1024, 3000);
    EXPECT_LT(taken, 64LL * 1024 * 1024) << "the daemon kept reading what it could not answer";
    // Under AddressSanitizer every freed request stays in quarantine: no bound to see.
    if (!qEnvironmentVariableIsSet("ASAN_OPTIONS")) {
        EXPECT_LT(ProcessStats::of(s_daemon->pid()).residentKiB - before.residentKiB, 48 * 1024);
    }
    EXPECT_EQ(RawHttp::get(port(), "/healthz").status, 200);
}

TEST_F(HttpFramingTest, AHundredAndOneHeaderFieldsGet431)
{
    QByteArray head = "POST /webhooks/salla HTTP/1.1\r\n";
    for (int i = 0; i < 100; ++i)
        head += "X" + QByteArray::number(i) + ": y\r\n";
    head += "Content-Length: 5000000\r\n\r\n";
    auto daemon = startDaemon({{u"NOMO_HTTP_MAX_HEADER_BYTES"_s, u"65536"_s}});
    RawHttp client(daemon->port());
    EXPECT_EQ(client.exchange(head).status, 431);
}

class HttpSlowClientTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_daemon = startDaemon({{u"NOMO_HTTP_HEAD_TIMEOUT_MS"_s, u"600"_s},
                                {u"NOMO_HTTP_BODY_TIMEOUT_MS"_s, u"600"_s},
                                {u"NOMO_HTTP_IDLE_TIMEOUT_MS"_s, u"60000"_s}})
                       .release();
    }
    static void TearDownTestSuite()
    {
        delete s_daemon;
        s_daemon = nullptr;
    }
    static quint16 port() { return s_daemon->port(); }
    static DaemonProcess *s_daemon;

    // Sends `start`, then `drip` every 100 ms until the daemon answers or closes:
    // a client that is never silent long enough for an idle timeout.
    static int dribble(const QByteArray &start, const QByteArray &drip, qint64 *elapsedMs)
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, port());
        if (!socket.waitForConnected(5000))
            return -1;
        QElapsedTimer clock;
        clock.start();
        socket.write(start);
        while (clock.elapsed() < 20000 && socket.state() == QAbstractSocket::ConnectedState) {
            if (socket.waitForReadyRead(100))
                break;
            socket.write(drip);
            socket.waitForBytesWritten(1000);
        }
        *elapsedMs = clock.elapsed();
        const QByteArray answer = socket.readAll();
        return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
    }
};
DaemonProcess *HttpSlowClientTest::s_daemon = nullptr;

TEST_F(HttpSlowClientTest, AHeadDribbledLineByLineIsCutAtTheHeadDeadline)
{
    qint64 elapsed = 0;
    EXPECT_EQ(dribble("GET /healthz HTTP/1.1\r\n", "X-Slow: a\r\n", &elapsed), 408);
    EXPECT_LT(elapsed, 10000);
}

TEST_F(HttpSlowClientTest, ABodyDribbledByteByByteIsCutAtTheBodyDeadline)
{
    qint64 elapsed = 0;
    EXPECT_EQ(dribble("POST /webhooks/salla HTTP/1.1\r\nHost: x\r\nContent-Length: 4000\r\n\r\n", "x", &elapsed), 408);
    EXPECT_LT(elapsed, 10000);
}

TEST_F(HttpSlowClientTest, AConnectionThatSaysNothingIsClosedAtTheHeadDeadline)
{
    RawHttp client(port());
    ASSERT_TRUE(client.connect());
    EXPECT_TRUE(client.waitForClose(10000));
}

class HttpFloodTest : public ::testing::Test
{
protected:
    // A daemon with these caps and heads that may take a minute.
    static std::unique_ptr<DaemonProcess> capped(int total, int perClient)
    {
        return startDaemon({{u"NOMO_LOG_RULES"_s, u"nomo.daemon.http.debug=true"_s},
                            {u"NOMO_HTTP_MAX_CONNECTIONS"_s, QString::number(total)},
                            {u"NOMO_HTTP_MAX_CONNECTIONS_PER_CLIENT"_s, QString::number(perClient)},
                            {u"NOMO_HTTP_HEAD_TIMEOUT_MS"_s, u"60000"_s}});
    }
    // `count` connections from 127.0.0.1, each starting a head that never ends; the
    // answers they got within 1.5 s (the held ones have none).
    static std::vector<int> slowHeads(RawClients &flood, int count, quint16 port)
    {
        if (flood.open(count, port, "127.0.0.1") != count)
            ADD_FAILURE() << "could not open " << count << " connections";
        flood.sendAll("GET /healthz HTTP/1.1\r\nX-Slow: ");
        return flood.collect(1500);
    }
};

TEST_F(HttpFloodTest, OneAddressGetsOnlyItsShareAndOthersStillGetIn)
{
    auto daemon = capped(100, 20);
    RawClients flood;
    EXPECT_EQ(countOf(slowHeads(flood, 30, daemon->port()), 503), 10);
    EXPECT_EQ(statusFrom(daemon->port(), "127.0.0.2", "GET /api/v1/status HTTP/1.1\r\nHost: x\r\n\r\n"), 401);
}

TEST_F(HttpFloodTest, ATrustedProxyCountsInTheTotalOnly)
{
    // nginx carries every client's connections; only the total holds for it.
    auto daemon = startDaemon({{u"NOMO_HTTP_MAX_CONNECTIONS"_s, u"40"_s},
                               {u"NOMO_HTTP_MAX_CONNECTIONS_PER_CLIENT"_s, u"10"_s},
                               {u"NOMO_HTTP_TRUSTED_PROXIES"_s, u"127.0.0.1"_s},
                               {u"NOMO_HTTP_HEAD_TIMEOUT_MS"_s, u"60000"_s}});
    RawClients proxy;
    EXPECT_EQ(countOf(slowHeads(proxy, 20, daemon->port()), 503), 0) << "20 from the proxy, past the per-client 10";
    RawClients other;
    ASSERT_EQ(other.open(15, daemon->port(), "127.0.0.2"), 15);
    other.sendAll("GET /healthz HTTP/1.1\r\nX-Slow: ");
    EXPECT_EQ(countOf(other.collect(1500), 503), 5) << "any other address keeps its share";
}

TEST_F(HttpFloodTest, PastTheTotalOnlyHealthChecksGetIn)
{
    auto daemon = capped(30, 1000);
    RawClients flood;
    const std::vector<int> statuses = slowHeads(flood, 40, daemon->port());
    // 30 held; the 2 let in for health checks only are refused too, as their first
    // packet is no health check; 8 refused at the door.
    EXPECT_EQ(countOf(statuses, 503), 10);
    EXPECT_EQ(statusFrom(daemon->port(), "127.0.0.2", kHealthz), 200);
    EXPECT_EQ(statusFrom(daemon->port(), "127.0.0.3", "GET /api/v1/status HTTP/1.1\r\nHost: x\r\n\r\n"), 503);
}

TEST_F(HttpFloodTest, AHealthCheckSlotServesOneCheckAndIsNotHeldAfter)
{
    auto daemon = capped(5, 1000);
    RawClients flood;
    slowHeads(flood, 5, daemon->port()); // the total is taken
    RawHttp check(daemon->port());
    ASSERT_TRUE(check.connect());
    EXPECT_EQ(check.exchange(kHealthz).status, 200);
    // A byte more on that slot is someone holding it: sent away at once.
    check.send("G");
    EXPECT_EQ(check.read(3000).status, 503);
    EXPECT_TRUE(check.waitForClose(3000));
}

TEST_F(HttpFloodTest, HealthzAnswersThroughoutASlowlorisAndEverythingIsReleasedAfter)
{
    auto daemon = capped(200, 50);
    const qint64 pid = daemon->pid();
    const ProcessStats baseline = ProcessStats::of(pid); // listening, no client yet
    ASSERT_EQ(statusFrom(daemon->port(), "127.0.0.2", kHealthz), 200);
    // That client is gone once the daemon has closed its side too.
    ASSERT_TRUE(eventually(pid, [&](const ProcessStats &now) { return now.openSockets <= baseline.openSockets; }));

    std::vector<std::unique_ptr<RawClients>> attackers;
    int refused = 0;
    for (int address = 10; address < 20; ++address) {
        attackers.push_back(std::make_unique<RawClients>());
        attackers.back()->open(50, daemon->port(), "127.0.0." + QByteArray::number(address));
        attackers.back()->sendAll("GET /healthz HTTP/1.1\r\n");
    }
    // 200 are held; the 300 past the total are sent away as the daemon gets to them:
    // 503, or (a health-check slot that heard nothing within its second) a close.
    for (QDeadlineTimer deadline(20000); refused < 300 && !deadline.hasExpired();) {
        refused = 0;
        for (const auto &attacker : attackers) {
            const std::vector<int> statuses = attacker->collect(20);
            refused += countOf(statuses, 503) + countOf(statuses, 0);
        }
    }
    EXPECT_EQ(refused, 300) << [&] {
        std::map<int, int> seen;
        for (const auto &attacker : attackers)
            for (const int status : attacker->collect(0))
                ++seen[status];
        std::string text;
        for (const auto &[status, count] : seen)
            text += std::to_string(status) + ": " + std::to_string(count) + ", ";
        for (const QByteArray &line : daemon->stderrText().split('\n'))
            if (!line.contains("503") && !line.contains("refused a connection"))
                text += "\n" + line.toStdString();
        return text;
    }();
    for (int round = 0; round < 3; ++round) {
        for (const auto &attacker : attackers)
            attacker->sendAll("X-Slow-" + QByteArray::number(round) + ": a\r\n");
        EXPECT_EQ(statusFrom(daemon->port(), "127.0.0.2", kHealthz), 200) << "round " << round;
    }
    EXPECT_TRUE(eventually(pid, [&](const ProcessStats &now) { return now.openSockets >= baseline.openSockets + 150; }))
        << "the flood never reached the daemon";

    attackers.clear(); // every attacker hangs up
    // Sockets, not all descriptors: the daemon may open a database file meanwhile.
    EXPECT_TRUE(eventually(pid, [&](const ProcessStats &now) { return now.openSockets <= baseline.openSockets; }))
        << "sockets left open: " << ProcessStats::of(pid).openSockets << " vs " << baseline.openSockets << "\n"
        << QProcess::execute(u"sh"_s, {u"-c"_s, u"ls -l /proc/%1/fd >&2"_s.arg(pid)});
    // Under AddressSanitizer freed memory is held in quarantine, so it does not return.
    const qint64 slackKiB = qEnvironmentVariableIsSet("ASAN_OPTIONS") ? 96 * 1024 : 16 * 1024;
    EXPECT_LT(ProcessStats::of(pid).residentKiB - baseline.residentKiB, slackKiB);
    EXPECT_EQ(statusFrom(daemon->port(), "127.0.0.2", kHealthz), 200);
}

TEST(DaemonDescriptorLimit, IsRaisedToTheHardLimitAtStart)
{
    DaemonProcess daemon;
    daemon.setChildSetup([] {
        rlimit limit{};
        ::getrlimit(RLIMIT_NOFILE, &limit);
        limit.rlim_cur = std::min<rlim_t>(128, limit.rlim_max);
        ::setrlimit(RLIMIT_NOFILE, &limit);
    });
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    rlimit ours{};
    ::getrlimit(RLIMIT_NOFILE, &ours);
    EXPECT_EQ(ProcessStats::of(daemon.pid()).softDescriptorLimit, static_cast<qint64>(ours.rlim_max));
}

TEST(DaemonDescriptorLimit, ConnectionsStayWithinASmallHardLimitAndHealthzStillAnswers)
{
    // The probe's case: 140 slow clients against a daemon that may hold 128 files.
    DaemonProcess daemon;
    daemon.setEnv(u"NOMO_HTTP_HEAD_TIMEOUT_MS"_s, u"60000"_s);
    daemon.setEnv(u"NOMO_HTTP_MAX_CONNECTIONS_PER_CLIENT"_s, u"1000"_s);
    daemon.setChildSetup([] {
        rlimit limit{128, 128};
        ::setrlimit(RLIMIT_NOFILE, &limit);
    });
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    RawClients flood;
    flood.open(140, daemon.port(), "127.0.0.1");
    flood.sendAll("GET /healthz HTTP/1.1\r\nX-Slow: ");
    const std::vector<int> statuses = flood.collect(1500);
    EXPECT_GT(countOf(statuses, 503), 0);
    EXPECT_EQ(statusFrom(daemon.port(), "127.0.0.2", kHealthz), 200);
    EXPECT_TRUE(daemon.stderrText().contains("serving at most 32 connections"));
}

} // namespace
