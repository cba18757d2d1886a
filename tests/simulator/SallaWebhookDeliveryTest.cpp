// Webhook delivery as Salla does it, received by a real HTTP endpoint double.
#include "SimulatorFixture.h"

#include "support/Fixtures.h"
#include "support/WebhookReceiver.h"

#include <QTest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {
class SallaWebhookDeliveryTest : public SimulatorFixture
{
protected:
    void target(const QString &strategy = u"signature"_s)
    {
        ASSERT_EQ(control("webhooks/target",
                          {{u"url"_s, m_receiver.url()},
                           {u"secret"_s, u"nomo-test-webhook-secret"_s},
                           {u"strategy"_s, strategy},
                           {u"retry_interval_ms"_s, 100}})
                      .status,
                  200);
    }
    QJsonArray deliveries() { return get("/_sim/deliveries").json()[u"deliveries"_s].toArray(); }
    WebhookReceiver m_receiver;
};
} // namespace

TEST_F(SallaWebhookDeliveryTest, SignsTheRawBodyWithHmacSha256)
{
    target();
    ASSERT_EQ(control("events", {{u"event"_s, u"order.created"_s}}).status, 200);
    ASSERT_TRUE(m_receiver.waitFor(1));
    const auto received = m_receiver.received().constFirst();
    EXPECT_EQ(received.headers.value("x-salla-security-strategy"), "Signature");
    EXPECT_EQ(received.headers.value("content-type"), "application/json");
    const QByteArray expected =
        QMessageAuthenticationCode::hash(received.body, "nomo-test-webhook-secret", QCryptographicHash::Sha256).toHex();
    EXPECT_EQ(received.headers.value("x-salla-signature"), expected);
    const QJsonObject body = QJsonDocument::fromJson(received.body).object();
    EXPECT_EQ(body[u"event"_s].toString(), u"order.created"_s);
    EXPECT_EQ(body[u"merchant"_s].toInteger(), 1487302251);
}

TEST_F(SallaWebhookDeliveryTest, DeliversFixturesByteForByte)
{
    target();
    ASSERT_EQ(control("fixtures", {{u"file"_s, u"order_created_webhook.json"_s}}).status, 200);
    ASSERT_TRUE(m_receiver.waitFor(1));
    const auto received = m_receiver.received().constFirst();
    EXPECT_EQ(received.body, sallaFixture(u"order_created_webhook.json"_s));
    EXPECT_EQ(received.headers.value("x-salla-signature"), "46221b4e54c3c9d3790ec18d35c9bcb2e6e0cd0f1aa9b5c82d2632ee0d13cebe");
}

TEST_F(SallaWebhookDeliveryTest, TokenStrategySendsTheSecretInAuthorization)
{
    target(u"token"_s);
    ASSERT_EQ(control("events", {{u"event"_s, u"customer.created"_s}}).status, 200);
    ASSERT_TRUE(m_receiver.waitFor(1));
    const auto received = m_receiver.received().constFirst();
    EXPECT_EQ(received.headers.value("x-salla-security-strategy"), "Token");
    EXPECT_EQ(received.headers.value("authorization"), "nomo-test-webhook-secret");
    EXPECT_FALSE(received.headers.contains("x-salla-signature"));
}

TEST_F(SallaWebhookDeliveryTest, RetriesANon2xxThreeMoreTimes)
{
    m_receiver.script({500, 404, 503}, 200);
    target();
    ASSERT_EQ(control("events", {{u"event"_s, u"abandoned.cart"_s}}).status, 200);
    ASSERT_TRUE(m_receiver.waitFor(4));
    const QList<WebhookReceiver::Received> received = m_receiver.received();
    EXPECT_EQ(received[0].body, received[3].body); // the same delivery each time
    QJsonArray list;
    for (int i = 0; i < 50 && (list = deliveries()).first()[u"state"_s].toString() != u"delivered"; ++i)
        QThread::msleep(20);
    const QJsonObject delivery = list.first().toObject();
    EXPECT_EQ(delivery[u"state"_s].toString(), u"delivered"_s);
    const QJsonArray attempts = delivery[u"attempts"_s].toArray();
    ASSERT_EQ(attempts.size(), 4);
    EXPECT_EQ(attempts[0][u"http_status"_s].toInt(), 500);
    EXPECT_EQ(attempts[3][u"http_status"_s].toInt(), 200);
}

TEST_F(SallaWebhookDeliveryTest, GivesUpAfterFourFailedAttempts)
{
    m_receiver.script({}, 500);
    target();
    ASSERT_EQ(control("events", {{u"event"_s, u"customer.created"_s}}).status, 200);
    ASSERT_TRUE(m_receiver.waitFor(4));
    // The simulator says it gave up (the delivery is failed, nothing more is planned);
    // by then a fifth attempt would have been sent before it.
    ASSERT_TRUE(QTest::qWaitFor([&] { return deliveries().first()[u"state"_s].toString() == u"failed"; }, 5000));
    EXPECT_EQ(m_receiver.received().size(), 4);
}

TEST_F(SallaWebhookDeliveryTest, RecordsAnUnreachableEndpointAsFailedAttempts)
{
    ASSERT_EQ(control("webhooks/target", {{u"url"_s, u"http://127.0.0.1:9/nobody"_s}, {u"retry_interval_ms"_s, 50}}).status, 200);
    ASSERT_EQ(control("events", {{u"event"_s, u"customer.created"_s}}).status, 200);
    QJsonObject delivery;
    for (int i = 0; i < 100; ++i) {
        delivery = deliveries().first().toObject();
        if (delivery[u"state"_s].toString() == u"failed")
            break;
        QThread::msleep(20);
    }
    EXPECT_EQ(delivery[u"state"_s].toString(), u"failed"_s);
    EXPECT_FALSE(delivery[u"attempts"_s][0][u"error"_s].toString().isEmpty());
}

TEST_F(SallaWebhookDeliveryTest, InstallSendsEasyModeTokensThatWork)
{
    target();
    const HttpReply installed = control("install");
    ASSERT_EQ(installed.status, 200);
    ASSERT_TRUE(m_receiver.waitFor(2));
    QJsonObject authorize;
    for (const auto &received : m_receiver.received()) {
        const QJsonObject body = QJsonDocument::fromJson(received.body).object();
        if (body[u"event"_s] == u"app.store.authorize"_s)
            authorize = body[u"data"_s].toObject();
    }
    ASSERT_FALSE(authorize.isEmpty());
    EXPECT_GT(authorize[u"expires"_s].toInteger(), 1000000000); // absolute, not a duration
    EXPECT_EQ(get("/admin/v2/store/info", authorize[u"access_token"_s].toString()).status, 200);
}

TEST_F(SallaWebhookDeliveryTest, ALivingStoreStreamsEvents)
{
    target();
    const HttpReply tick = control("tick", {{u"steps"_s, 30}});
    ASSERT_EQ(tick.status, 200);
    const qsizetype emitted = tick.json()[u"events"_s].toArray().size();
    ASSERT_GE(emitted, 20);
    ASSERT_TRUE(m_receiver.waitFor(emitted));
    QSet<QString> kinds;
    for (const auto &received : m_receiver.received())
        kinds.insert(QJsonDocument::fromJson(received.body).object()[u"event"_s].toString());
    EXPECT_TRUE(kinds.contains(u"order.created"_s));
    EXPECT_TRUE(kinds.contains(u"customer.created"_s));
}
