// The console's live "visitors now" against the real daemon: LiveFeed opens
// GET /api/v1/live with the console's token, takes each figure as a shopper's beacon
// lands, counts nothing after a stream ends, and opens the stream again when the
// daemon is back; its line reader takes the SSE forms a proxy may produce.
#include "api/ApiClient.h"
#include "api/LiveFeed.h"
#include "support/ConsoleStack.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {

const QByteArray kOrigin = "https://shop.example";

class LiveFeedTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_stack.daemon().setEnv(u"NOMO_STOREFRONT_EXTRA_ORIGINS"_s, QString::fromLatin1(kOrigin));
        QString why;
        ASSERT_TRUE(m_stack.start(1, &why)) << why.toStdString();
        m_store = m_stack.storeIds().constFirst();
        m_token = m_stack.issueToken(m_store, u"live feed test"_s).first;
        ASSERT_TRUE(m_stack.turnFeature(m_token, "visitor_counter", true));
        m_api = std::make_unique<ApiClient>(QUrl(u"http://127.0.0.1:%1"_s.arg(m_stack.daemon().port())));
        m_api->setToken(m_token);
    }
    int visit(const QByteArray &who)
    {
        return RawHttp::request(m_stack.daemon().port(), "POST", u"/s/%1/collect"_s.arg(m_store).toUtf8(), R"({"lang":"ar","events":[{"type":"pageview","path":"/"}]})",
                                {{"Content-Type", "text/plain;charset=UTF-8"}, {"Origin", kOrigin},
                                 {"User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36 " + who}})
            .status;
    }

    ConsoleStack m_stack;
    qint64 m_store = 0;
    QString m_token;
    std::unique_ptr<ApiClient> m_api;
};

} // namespace

TEST_F(LiveFeedTest, TheConsoleSeesAShoppersVisitWithinASecond)
{
    LiveFeed feed(*m_api);
    feed.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return feed.live(); }, 10000));
    EXPECT_EQ(feed.visitors(), 0);

    QElapsedTimer clock;
    clock.start();
    ASSERT_EQ(visit("first"), 202);
    ASSERT_TRUE(QTest::qWaitFor([&] { return feed.visitors() == 1; }, 10000));
    const qint64 ms = clock.elapsed();
    RecordProperty("beacon_to_console_ms", static_cast<int>(ms));
    std::cout << "beacon to the console's figure: " << ms << " ms\n";
    ASSERT_EQ(visit("second"), 202);
    ASSERT_TRUE(QTest::qWaitFor([&] { return feed.visitors() == 2; }, 10000));

    feed.stop();
    EXPECT_FALSE(feed.live()) << "no figure without a stream";
}

TEST_F(LiveFeedTest, AStreamThatEndsIsOpenedAgainWhenTheDaemonIsBack)
{
    LiveFeed feed(*m_api);
    feed.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return feed.live(); }, 10000));
    // The daemon goes away and comes back on the same address.
    const quint16 port = m_stack.daemon().port();
    ASSERT_EQ(m_stack.daemon().terminate(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !feed.live(); }, 10000)) << "the figure goes with the stream";
    m_stack.daemon().setEnv(u"NOMO_HTTP_LISTEN"_s, u"127.0.0.1:%1"_s.arg(port));
    ASSERT_TRUE(m_stack.daemon().start()) << m_stack.daemon().stderrText().toStdString();
    ASSERT_EQ(m_stack.daemon().port(), port);
    ASSERT_TRUE(QTest::qWaitFor([&] { return feed.live(); }, 15000)) << "opened again by itself";
    EXPECT_EQ(feed.visitors(), 0);
}

TEST(LiveFeedLines, TakesEveryFormOfAnEventAndIgnoresTheRest)
{
    ApiClient api(QUrl(u"http://127.0.0.1:9"_s));
    LiveFeed feed(api);
    QSignalSpy changed(&feed, &LiveFeed::visitorsChanged);
    for (const QByteArray &line : {QByteArray(": still here"), QByteArray("event: visitors"), QByteArray("data: {\"visitors\": 12}"),
                                   QByteArray("")})
        feed.feedLine(line);
    EXPECT_EQ(feed.visitors(), 12);
    // CRLF line ends, no space after the colon, data over two lines.
    for (const QByteArray &line : {QByteArray("event:visitors\r"), QByteArray("data:{\"visitors\":\r"), QByteArray("data: 13}\r"), QByteArray("\r")})
        feed.feedLine(line);
    EXPECT_EQ(feed.visitors(), 13);
    // Another event, a bad figure, no data: nothing changes.
    for (const QByteArray &line : {QByteArray("event: other"), QByteArray("data: {\"visitors\": 99}"), QByteArray(""),
                                   QByteArray("event: visitors"), QByteArray("data: {\"visitors\": -1}"), QByteArray(""),
                                   QByteArray("event: visitors"), QByteArray("data: not json"), QByteArray(""),
                                   QByteArray("event: visitors"), QByteArray("")})
        feed.feedLine(line);
    EXPECT_EQ(feed.visitors(), 13);
    EXPECT_EQ(changed.count(), 2);
}
