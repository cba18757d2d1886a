// The daemon's one outbound caller against a loopback HTTP double that answers from
// a script: what is retried and what is not, Retry-After in both forms, the headers
// every attempt carries, and logs without secrets.
#include "outbound/OutboundCaller.h"
#include "support/WebhookReceiver.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <optional>

using namespace Qt::StringLiterals;
using namespace nomo;
using nomo::test::WebhookReceiver;
using Answer = WebhookReceiver::Answer;

namespace {

class OutboundCallerTest : public ::testing::Test
{
protected:
    OutboundReply call(OutboundRequest request)
    {
        std::optional<OutboundReply> answer;
        m_caller.send(std::move(request), [&](OutboundReply reply) { answer = std::move(reply); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 30000));
        return answer.value_or(OutboundReply{});
    }
    OutboundRequest request(const QByteArray &method, int attempts)
    {
        OutboundRequest r;
        r.method = method;
        r.url = QUrl(u"http://127.0.0.1:%1/v1/things"_s.arg(m_server.port()));
        r.retry = RetryPolicy{attempts, 20, 5000, true};
        r.purpose = u"test"_s;
        if (method != "GET") {
            r.body = "{\"a\":1}";
            r.contentType = "application/json";
        }
        return r;
    }

    WebhookReceiver m_server;
    OutboundCaller m_caller{u"test"_s};
};

// Captures what the daemon logs while alive.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) {
            s_lines.append(message);
        });
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    QString text() const { return s_lines.join(u'\n'); }

private:
    static inline QStringList s_lines;
    QtMessageHandler m_previous;
};

} // namespace

TEST_F(OutboundCallerTest, AGetIsRetriedThroughServerErrorsWithOneRequestId)
{
    m_server.scriptAnswers({Answer{500, {}, "{}", false, false}, Answer{502, {}, "{}", false, false}});
    const OutboundReply reply = call(request("GET", 5));
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.attempts, 3);
    const auto received = m_server.received();
    ASSERT_EQ(received.size(), 3);
    for (const auto &r : received)
        EXPECT_EQ(r.headers.value("x-request-id"), reply.requestId) << "one id across the attempts";
    EXPECT_EQ(reply.requestId.size(), 24);
}

TEST_F(OutboundCallerTest, AGetSurvivesDroppedConnections)
{
    const Answer drop{200, {}, "{}", true, false};
    m_server.scriptAnswers({drop, drop, drop, drop});
    EXPECT_EQ(call(request("GET", 5)).status, 200); // resent by Qt's transport or by us
}

TEST_F(OutboundCallerTest, APostIsNotRetriedAfterAnAnswerThatMayHaveDoneTheWrite)
{
    m_server.scriptAnswers({Answer{500, {}, "{}", false, false}});
    EXPECT_EQ(call(request("POST", 5)).status, 500);
    m_server.scriptAnswers({Answer{502, {}, "{}", false, false}});
    EXPECT_EQ(call(request("POST", 5)).status, 502);
    EXPECT_EQ(m_server.received().size(), 2) << "each POST went out once";
    EXPECT_EQ(m_server.received().constLast().headers.value("connection"), "close") << "never on a kept-alive connection";
}

TEST_F(OutboundCallerTest, APostIsRetriedWhenTheServerSaysItDidNothingOrWithAnIdempotencyKey)
{
    m_server.scriptAnswers({Answer{429, {}, "{}", false, false}, Answer{503, {}, "{}", false, false}});
    EXPECT_EQ(call(request("POST", 5)).status, 200);
    EXPECT_EQ(m_server.received().size(), 3);

    OutboundRequest keyed = request("POST", 5);
    keyed.idempotencyKey = "msg-7f3a";
    m_server.scriptAnswers({Answer{500, {}, "{}", false, false}, Answer{502, {}, "{}", false, false}});
    EXPECT_EQ(call(keyed).status, 200);
    const auto received = m_server.received();
    ASSERT_EQ(received.size(), 6);
    for (qsizetype i = 3; i < 6; ++i)
        EXPECT_EQ(received[i].headers.value("idempotency-key"), "msg-7f3a");
}

TEST_F(OutboundCallerTest, ARefusedConnectionIsRetriedEvenForAPost)
{
    OutboundRequest r = request("POST", 3);
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    r.url.setPort(closed.serverPort());
    closed.close(); // nobody listens there now
    const OutboundReply reply = call(r);
    EXPECT_EQ(reply.status, 0);
    EXPECT_EQ(reply.attempts, 3);
}

TEST_F(OutboundCallerTest, RetryAfterIsHonouredInSecondsAndAsADate)
{
    m_server.scriptAnswers({Answer{429, {{"Retry-After", "1"}}, "{}", false, false}});
    EXPECT_EQ(call(request("GET", 3)).status, 200);
    auto received = m_server.received();
    ASSERT_EQ(received.size(), 2);
    EXPECT_GE(received[1].arrivedMs - received[0].arrivedMs, 950) << "waited as asked, not the 20 ms backoff";

    const QDateTime now(QDate(2026, 12, 1), QTime(12, 0, 0), QTimeZone::utc());
    EXPECT_EQ(OutboundCaller::retryAfterMs("Tue, 01 Dec 2026 12:00:30 GMT", now), 30000);
    EXPECT_EQ(OutboundCaller::retryAfterMs("120", now), 120000);
    EXPECT_EQ(OutboundCaller::retryAfterMs("soon", now), std::nullopt);
    EXPECT_EQ(OutboundCaller::retryAfterMs("", now), std::nullopt);
}

TEST_F(OutboundCallerTest, ARetryAfterLongerThanTheCallerWaitsIsHandedBack)
{
    m_server.scriptAnswers({Answer{429, {{"Retry-After", "3600"}}, "{}", false, false}});
    const OutboundReply reply = call(request("GET", 3));
    EXPECT_EQ(reply.status, 429) << "a job retries later instead of a socket waiting an hour";
    EXPECT_EQ(reply.headers.value("retry-after"), "3600");
    EXPECT_EQ(m_server.received().size(), 1);
}

TEST_F(OutboundCallerTest, ATimeoutEndsTheCall)
{
    m_server.scriptAnswers({Answer{200, {}, "{}", false, true}}); // never answers
    OutboundRequest r = request("POST", 3);
    r.timeoutMs = 200;
    const OutboundReply reply = call(r);
    EXPECT_EQ(reply.status, 0);
    EXPECT_EQ(m_server.received().size(), 1) << "a timed-out POST may have done the write: not sent again";
}

TEST_F(OutboundCallerTest, LogsNameTheCallButNeverItsSecrets)
{
    LogCapture logs;
    QLoggingCategory::setFilterRules(u"nomo.daemon.outbound.debug=true"_s);
    OutboundRequest r = request("GET", 2);
    QUrlQuery query;
    query.addQueryItem(u"access_token"_s, u"sekrit-token-value"_s);
    query.addQueryItem(u"page"_s, u"2"_s);
    r.url.setQuery(query);
    r.headers = {{"Authorization", "Bearer sekrit-bearer"}};
    m_server.scriptAnswers({Answer{503, {}, "{}", false, false}});
    EXPECT_EQ(call(r).status, 200);
    QLoggingCategory::setFilterRules(QString());
    const QString text = logs.text();
    EXPECT_TRUE(text.contains(u"page=2"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"503"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"sekrit"_s)) << text.toStdString();
}

TEST(OutboundCallerUrls, JoinPutsOneSlashBetween)
{
    EXPECT_EQ(OutboundCaller::join(QUrl(u"https://api.salla.dev/admin/v2"_s), u"/orders"_s).toString(),
              u"https://api.salla.dev/admin/v2/orders"_s);
    EXPECT_EQ(OutboundCaller::join(QUrl(u"https://api.salla.dev/admin/v2/"_s), u"orders"_s).toString(),
              u"https://api.salla.dev/admin/v2/orders"_s);
    EXPECT_EQ(OutboundCaller::join(QUrl(u"http://127.0.0.1:8080"_s), u"/oauth2/token"_s).toString(),
              u"http://127.0.0.1:8080/oauth2/token"_s);
}
