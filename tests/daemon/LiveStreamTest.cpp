// The console's live "visitors now" (GET /api/v1/live, Server-Sent Events) against a
// real daemon: the figure on connecting, a new one within a flush of a shopper's
// beacon, nothing from another store, only for a signed-in console, a bounded number
// of streams a store; the time from beacon to event is recorded (docs/benchmarks.md).
#include "support/ConsoleStack.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

const QByteArray kOrigin = "https://shop.example";

// One open stream, read as a console would: the events' data, in order.
class Stream
{
public:
    Stream(quint16 port, const QString &token)
    {
        m_socket.connectToHost(u"127.0.0.1"_s, port);
        if (!m_socket.waitForConnected(5000))
            return;
        m_socket.write("GET /api/v1/live HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\nAuthorization: Bearer "
                       + token.toUtf8() + "\r\n\r\n");
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { m_received += m_socket.readAll(); });
    }
    QByteArray head() const { return m_received.left(m_received.indexOf("\r\n\r\n")); }
    // The visitors figures sent so far.
    QList<int> figures() const
    {
        QList<int> out;
        const QByteArray body = m_received.mid(m_received.indexOf("\r\n\r\n") + 4);
        for (const QByteArray &block : body.split('\n'))
            if (block.startsWith("data: "))
                out << QJsonDocument::fromJson(block.mid(6)).object().value(u"visitors"_s).toInt();
        return out;
    }
    bool waitFor(const std::function<bool()> &fact, int ms = 10000) { return QTest::qWaitFor(fact, ms); }
    const QByteArray &received() const { return m_received; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

class LiveStreamTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_stack.daemon().setEnv(u"NOMO_STOREFRONT_EXTRA_ORIGINS"_s, QString::fromLatin1(kOrigin));
        m_stack.daemon().setEnv(u"NOMO_STOREFRONT_SETTINGS_REFRESH_SECONDS"_s, u"0"_s);
        QString why;
        ASSERT_TRUE(m_stack.start(2, &why)) << why.toStdString();
        m_store = m_stack.storeIds().at(0);
        m_other = m_stack.storeIds().at(1);
        m_token = m_stack.issueToken(m_store).first;
        ASSERT_TRUE(m_stack.turnFeature(m_token, "visitor_data", true));
        ASSERT_TRUE(m_stack.turnFeature(m_stack.issueToken(m_other).first, "visitor_data", true));
    }
    int visit(qint64 store, const QByteArray &who)
    {
        const QByteArray agent = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Version/17.4 Mobile Safari/604.1 " + who;
        return RawHttp::request(m_stack.daemon().port(), "POST", u"/s/%1/collect"_s.arg(store).toUtf8(),
                                R"({"lang":"ar","events":[{"type":"pageview","path":"/"}]})",
                                {{"Content-Type", "text/plain;charset=UTF-8"}, {"Origin", kOrigin}, {"User-Agent", agent}})
            .status;
    }

    ConsoleStack m_stack;
    qint64 m_store = 0;
    qint64 m_other = 0;
    QString m_token;
};

} // namespace

TEST_F(LiveStreamTest, TheFigureComesOnConnectingAndMovesWithinAFlushOfABeacon)
{
    Stream stream(m_stack.daemon().port(), m_token);
    ASSERT_TRUE(stream.waitFor([&] { return stream.figures().size() == 1; })) << stream.received().constData();
    EXPECT_TRUE(stream.head().startsWith("HTTP/1.1 200")) << stream.head().constData();
    EXPECT_TRUE(stream.head().toLower().contains("content-type: text/event-stream"));
    EXPECT_EQ(stream.figures(), QList<int>{0});

    QElapsedTimer clock;
    clock.start();
    ASSERT_EQ(visit(m_store, "shopper-1"), 202);
    ASSERT_TRUE(stream.waitFor([&] { return stream.figures().size() == 2; })) << stream.received().constData();
    const qint64 latencyMs = clock.elapsed();
    EXPECT_EQ(stream.figures().constLast(), 1);
    RecordProperty("beacon_to_console_ms", static_cast<int>(latencyMs));
    std::cout << "beacon to console: " << latencyMs << " ms\n";

    // Another store's shoppers move another figure; this one's second shopper moves this.
    ASSERT_EQ(visit(m_other, "elsewhere"), 202);
    ASSERT_EQ(visit(m_store, "shopper-2"), 202);
    ASSERT_TRUE(stream.waitFor([&] { return stream.figures().size() == 3; })) << stream.received().constData();
    EXPECT_EQ(stream.figures(), (QList<int>{0, 1, 2}));
    // The same shopper again is the same visitor: no new event.
    ASSERT_EQ(visit(m_store, "shopper-2"), 202);
    ASSERT_EQ(visit(m_store, "shopper-3"), 202);
    ASSERT_TRUE(stream.waitFor([&] { return stream.figures().size() == 4; }));
    EXPECT_EQ(stream.figures(), (QList<int>{0, 1, 2, 3}));
}

TEST_F(LiveStreamTest, OnlyASignedInConsoleAndABoundedNumberOfStreamsAStore)
{
    EXPECT_EQ(RawHttp::request(m_stack.daemon().port(), "GET", "/api/v1/live", {}).status, 401);
    EXPECT_EQ(RawHttp::request(m_stack.daemon().port(), "GET", "/api/v1/live", {}, {{"Authorization", "Bearer not-a-token"}}).status, 401);

    std::vector<std::unique_ptr<Stream>> open;
    for (int i = 0; i < 10; ++i) {
        open.push_back(std::make_unique<Stream>(m_stack.daemon().port(), m_token));
        ASSERT_TRUE(open.back()->waitFor([&] { return open.back()->figures().size() == 1; })) << i;
    }
    const HttpReply refused = RawHttp::request(m_stack.daemon().port(), "GET", "/api/v1/live", {}, {{"Authorization", "Bearer " + m_token.toUtf8()}});
    EXPECT_EQ(refused.status, 429) << refused.body.constData();
    EXPECT_EQ(refused.headers.value("retry-after"), "30");

    // A stream that closes makes room.
    open.pop_back();
    Stream again(m_stack.daemon().port(), m_token);
    EXPECT_TRUE(again.waitFor([&] { return again.figures().size() == 1; })) << again.received().constData();
}
