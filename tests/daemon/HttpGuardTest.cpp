// The guard in front of QHttpServer, exercised over real sockets against the real
// daemon binary: oversized heads and bodies, chunked bodies and idle connections.
#include "support/ServerProcess.h"
#include "support/RawHttp.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::test::DaemonProcess;
using nomo::test::RawHttp;

namespace {
class HttpGuardTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_daemon = new DaemonProcess;
        s_daemon->setEnv(u"NOMO_HTTP_MAX_BODY_BYTES"_s, u"4096"_s);
        s_daemon->setEnv(u"NOMO_HTTP_MAX_HEADER_BYTES"_s, u"2048"_s);
        s_daemon->setEnv(u"NOMO_HTTP_IDLE_TIMEOUT_MS"_s, u"700"_s);
        ASSERT_TRUE(s_daemon->start()) << s_daemon->stderrText().toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_daemon;
        s_daemon = nullptr;
    }
    static quint16 port() { return s_daemon->port(); }
    static DaemonProcess *s_daemon;
};
DaemonProcess *HttpGuardTest::s_daemon = nullptr;
} // namespace

TEST_F(HttpGuardTest, RefusesABodyOverTheLimitBeforeReadingIt)
{
    RawHttp client(port());
    ASSERT_TRUE(client.connect());
    // Only the head is sent: the refusal must not wait for 10 MB that never come.
    const auto reply = client.exchange("POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 10485760\r\n\r\n", 3000);
    EXPECT_EQ(reply.status, 413);
    EXPECT_EQ(reply.json()[u"error"_s][u"code"_s].toString(), u"payload_too_large"_s);
    EXPECT_TRUE(client.waitForClose(3000));
}

TEST_F(HttpGuardTest, AcceptsABodyExactlyAtTheLimit)
{
    const auto reply = RawHttp::request(port(), "POST", "/nowhere", QByteArray(4096, 'x'));
    EXPECT_EQ(reply.status, 404); // through the guard to the router
}

TEST_F(HttpGuardTest, RefusesChunkedBodies)
{
    const auto reply = RawHttp(port()).exchange(
        "POST /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
    EXPECT_EQ(reply.status, 411);
    EXPECT_EQ(reply.json()[u"error"_s][u"code"_s].toString(), u"length_required"_s);
}

TEST_F(HttpGuardTest, RefusesAHeadOverTheLimit)
{
    const QByteArray huge = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Junk: " + QByteArray(4000, 'a') + "\r\n\r\n";
    const auto reply = RawHttp(port()).exchange(huge);
    EXPECT_EQ(reply.status, 431);
}

TEST_F(HttpGuardTest, RefusesAnEndlessHeadWithoutItsEnd)
{
    RawHttp client(port());
    ASSERT_TRUE(client.connect());
    client.send("GET /healthz HTTP/1.1\r\nX-Slow: " + QByteArray(3000, 'a'));
    EXPECT_EQ(client.read(3000).status, 431);
}

TEST_F(HttpGuardTest, RefusesAnInvalidContentLength)
{
    const auto reply = RawHttp(port()).exchange("POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n");
    EXPECT_EQ(reply.status, 400);
}

TEST_F(HttpGuardTest, FollowsKeepAliveRequestAfterRequest)
{
    RawHttp client(port());
    ASSERT_TRUE(client.connect());
    // A small body, then a GET, then an oversized body: the third is judged on its own.
    EXPECT_EQ(client.exchange("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello").status, 404);
    EXPECT_EQ(client.exchange("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").status, 200);
    EXPECT_EQ(client.exchange("POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n").status, 413);
}

TEST_F(HttpGuardTest, FollowsRequestsThatArriveInOnePacket)
{
    RawHttp client(port());
    ASSERT_TRUE(client.connect());
    client.send("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabcGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(client.read().status, 404);
    EXPECT_EQ(client.read().status, 200);
}

TEST_F(HttpGuardTest, ClosesAnIdleConnection)
{
    RawHttp client(port());
    ASSERT_TRUE(client.connect());
    EXPECT_EQ(client.exchange("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").status, 200);
    EXPECT_TRUE(client.waitForClose(5000)); // idle timeout is 700 ms here
}

TEST_F(HttpGuardTest, ClosesAHalfSentRequest)
{
    RawHttp client(port());
    ASSERT_TRUE(client.connect());
    client.send("GET /healthz HTTP/1.1\r\nHo");
    EXPECT_TRUE(client.waitForClose(5000));
}
