// The one pipeline in front of every route, against a real daemon: each answer says
// which request it was (and the log says so too), limits answer 429 with
// Retry-After per client address and per signed-in console, and probes and Salla's
// webhooks are never throttled by them.
#include "support/ConsoleStack.h"
#include "support/RawHttp.h"

#include "security/WebhookSignature.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

class RequestPipelineTest : public ::testing::Test
{
protected:
    void start(int perClient, int perDevice, const QString &trustedProxies = QString())
    {
        m_stack.daemon().setEnv(u"NOMO_HTTP_TRUSTED_PROXIES"_s, trustedProxies);
        m_stack.daemon().setEnv(u"NOMO_HTTP_REQUESTS_PER_MINUTE_PER_CLIENT"_s, QString::number(perClient));
        m_stack.daemon().setEnv(u"NOMO_CONSOLE_REQUESTS_PER_MINUTE_PER_DEVICE"_s, QString::number(perDevice));
        QString why;
        ASSERT_TRUE(m_stack.start(1, &why)) << why.toStdString();
        std::tie(m_token, std::ignore) = m_stack.issueToken(m_stack.storeIds().constFirst(), u"laptop"_s);
        std::tie(m_other, std::ignore) = m_stack.issueToken(m_stack.storeIds().constFirst(), u"phone"_s);
        ASSERT_FALSE(m_token.isEmpty());
    }
    quint16 port() { return m_stack.daemon().port(); }

    ConsoleStack m_stack;
    QString m_token, m_other;
};

} // namespace

TEST_F(RequestPipelineTest, EveryAnswerNamesItsRequestAndTheLogSaysTheSame)
{
    start(1000, 1000);
    const HttpReply made = m_stack.api("GET", "/api/v1/status", m_token);
    ASSERT_EQ(made.status, 200);
    EXPECT_TRUE(QRegularExpression(u"^[0-9a-f]{24}$"_s).match(QString::fromLatin1(made.headers.value("x-request-id"))).hasMatch())
        << made.headers.value("x-request-id").toStdString();

    // A proxy's id is kept; a malformed one is replaced.
    const HttpReply kept = m_stack.api("GET", "/api/v1/features", m_token, {}, {{"X-Request-Id", "proxy-4f2a-0001"}});
    EXPECT_EQ(kept.headers.value("x-request-id"), "proxy-4f2a-0001");
    const HttpReply replaced = m_stack.api("GET", "/api/v1/features", m_token, {}, {{"X-Request-Id", "<script>"}});
    EXPECT_NE(replaced.headers.value("x-request-id"), "<script>");
    EXPECT_FALSE(replaced.headers.value("x-request-id").isEmpty());

    // Refusals carry it too: no token, a bad webhook.
    EXPECT_FALSE(m_stack.api("GET", "/api/v1/status", QString()).headers.value("x-request-id").isEmpty());
    const HttpReply unsigned_ = RawHttp::request(port(), "POST", "/webhooks/salla", "{}", {{"Content-Type", "application/json"}});
    EXPECT_EQ(unsigned_.status, 401);
    EXPECT_FALSE(unsigned_.headers.value("x-request-id").isEmpty());
    EXPECT_EQ(unsigned_.headers.value("x-content-type-options"), "nosniff");

    // What the daemon logged while saving a feature names the request.
    const QByteArray body = R"({"enabled": true, "settings": {}})";
    const HttpReply saved = m_stack.api("PUT", "/api/v1/features/visitor_counter", m_token, body,
                                        {{"If-Match", "0"}, {"X-Request-Id", "trace-saving-feature-1"}});
    ASSERT_EQ(saved.status, 200) << saved.body.toStdString();
    ASSERT_TRUE(m_stack.daemon().waitForLog("saved feature"));
    bool found = false;
    for (const QByteArray &line : m_stack.daemon().stderrText().split('\n'))
        if (line.contains("saved feature"))
            found = found || line.contains("trace-saving-feature-1");
    EXPECT_TRUE(found) << "the log line of the save does not carry its request id";
}

TEST_F(RequestPipelineTest, ADeviceOverItsLimitGets429WithRetryAfterAndOthersCarryOn)
{
    start(1000, 5);
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(m_stack.api("GET", "/api/v1/status", m_token).status, 200) << i;
    const HttpReply refused = m_stack.api("GET", "/api/v1/status", m_token);
    EXPECT_EQ(refused.status, 429);
    EXPECT_EQ(refused.json()[u"error"_s][u"code"_s].toString(), u"rate_limited"_s);
    EXPECT_GE(refused.headers.value("retry-after").toInt(), 1);
    EXPECT_EQ(m_stack.api("GET", "/api/v1/status", m_other).status, 200) << "another console of the store is not held back";
}

TEST_F(RequestPipelineTest, AClientAddressOverItsLimitGets429ButProbesAndWebhooksPass)
{
    start(10, 1000);
    int refused = 0;
    int retryAfter = 0;
    for (int i = 0; i < 15; ++i) {
        const HttpReply reply = RawHttp::get(port(), "/signin");
        if (reply.status == 429) {
            ++refused;
            retryAfter = reply.headers.value("retry-after").toInt();
        }
    }
    EXPECT_GE(refused, 5) << "the per-address budget was ten a minute";
    EXPECT_GE(retryAfter, 1);
    EXPECT_EQ(RawHttp::get(port(), "/healthz").status, 200);
    EXPECT_EQ(RawHttp::get(port(), "/readyz").status, 200);
    // Salla's deliveries come from few addresses in bursts: signed ones are never refused for rate.
    const QByteArray event = R"({"event":"app.settings.updated","merchant":1,"created_at":"2025-11-23T09:00:00Z","data":{}})";
    const HttpReply webhook = RawHttp::request(port(), "POST", "/webhooks/salla", event,
                                               {{"Content-Type", "application/json"},
                                                {"X-Salla-Security-Strategy", "Signature"},
                                                {"X-Salla-Signature", nomo::WebhookSignature::sign(ConsoleStack::webhookSecret(), event)}});
    EXPECT_EQ(webhook.status, 200) << webhook.body.toStdString();
}

TEST_F(RequestPipelineTest, BehindATrustedProxyEachForwardedClientHasItsOwnBudget)
{
    start(5, 1000, u"127.0.0.1 ::1"_s);
    // /signin without its parameters answers 400; only whether it is throttled matters.
    auto from = [this](const QByteArray &client) {
        return RawHttp::request(port(), "GET", "/signin", {}, {{"X-Forwarded-For", client}}).status;
    };
    for (int i = 0; i < 5; ++i)
        ASSERT_NE(from("203.0.113.1"), 429) << i;
    EXPECT_EQ(from("203.0.113.1"), 429);
    EXPECT_NE(from("203.0.113.2"), 429) << "another shopper behind the same proxy is not held back";
    // A client cannot choose its address: the proxy's own hop is the rightmost one.
    EXPECT_EQ(from("198.51.100.7, 203.0.113.1"), 429);
}

TEST_F(RequestPipelineTest, WithoutTrustedProxiesTheHeaderIsIgnored)
{
    start(5, 1000);
    for (int i = 0; i < 5; ++i)
    {
        const HttpReply reply = RawHttp::request(port(), "GET", "/signin", {}, {{"X-Forwarded-For", QByteArray("203.0.113.") + QByteArray::number(i)}});
        ASSERT_NE(reply.status, 429) << i;
    }
    EXPECT_EQ(RawHttp::request(port(), "GET", "/signin", {}, {{"X-Forwarded-For", "203.0.113.99"}}).status, 429);
}
