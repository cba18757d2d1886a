// Salla's own messages (communication apps, REFERENCE.md §4.6): when the store picked
// Nomo Flow as its SMS or email sender, Salla's signed communication.*.send webhooks are
// delivered through the store's own channels — whether or not its automations are on,
// without consent or quiet hours, and ahead of a marketing queue thousands deep.
#include "security/WebhookSignature.h"
#include "support/ConsoleStack.h"
#include "support/SmsGateway.h"
#include "support/SmtpSink.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

class SallaMessagesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_gateway.start(m_key)) << m_gateway.stderrText().toStdString();
        SmtpSink::Options relay;
        ASSERT_TRUE(m_smtp.start(relay)) << m_smtp.stderrText().toStdString();
        m_smtp.configure(m_stack.daemon());
        m_stack.daemon().setEnv(u"NOMO_SMS_TAQNYAT_URL"_s, u"http://127.0.0.1:%1"_s.arg(m_gateway.port()));
        QString why;
        ASSERT_TRUE(m_stack.start(1, &why)) << why.toStdString();
        m_store = m_stack.storeIds().constFirst();
        const QString token = m_stack.issueToken(m_store).first;
        // The store's SMS account; its own automations stay off.
        const QJsonObject settings{{u"sms"_s, true}, {u"sms_provider"_s, u"taqnyat"_s}, {u"sms_sender"_s, u"NomoStr"_s},
                                   {u"quiet_hours_start"_s, 0}, {u"quiet_hours_end"_s, 0}};
        const QByteArray body = QJsonDocument(QJsonObject{{u"enabled"_s, false}, {u"settings"_s, settings},
                                                          {u"secrets"_s, QJsonObject{{u"sms_api_key"_s, m_key}}}})
                                    .toJson(QJsonDocument::Compact);
        ASSERT_EQ(m_stack.api("PUT", "/api/v1/features/notifications", token, body, {{"If-Match", "\"0\""}}).status, 200);
    }

    HttpReply deliver(const QByteArray &event)
    {
        return RawHttp::request(m_stack.daemon().port(), "POST", "/webhooks/salla", event,
                                {{"Content-Type", "application/json"},
                                 {"X-Salla-Security-Strategy", "Signature"},
                                 {"X-Salla-Signature", nomo::WebhookSignature::sign(ConsoleStack::webhookSecret(), event)}});
    }
    QByteArray otp(const QString &code) const
    {
        return u"{\"event\":\"communication.sms.send\",\"merchant\":%1,\"created_at\":\"Mon Nov 10 2025 17:18:13 GMT+0300\","
               "\"data\":{\"notifiable\":[\"+966501234567\"],\"type\":\"auth.otp.verification\",\"content\":\"رمز التحقق: %2\","
               "\"entity\":null,\"locale\":\"ar\",\"meta\":{\"code\":\"%2\"}}}"_s.arg(m_store).arg(code).toUtf8();
    }

    const QString m_key = u"taqnyat-key-of-the-store"_s;
    SmsGateway m_gateway;
    SmtpSink m_smtp;
    ConsoleStack m_stack;
    qint64 m_store = 0;
};

} // namespace

TEST_F(SallaMessagesTest, AnOtpGoesOutAsSallaWroteItOnceEvenIfSallaSendsItTwice)
{
    ASSERT_EQ(deliver(otp(u"7302"_s)).status, 200);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_gateway.requests().isEmpty(); }, 20000)) << m_stack.daemon().stderrText().toStdString();
    const QJsonObject sent = QJsonDocument::fromJson(m_gateway.requests().constFirst().value(u"body"_s).toString().toUtf8()).object();
    EXPECT_EQ(sent.value(u"recipients"_s).toArray(), QJsonArray{u"966501234567"_s});
    EXPECT_EQ(sent.value(u"body"_s).toString(), u"رمز التحقق: 7302"_s) << "Salla's words, no opt-out line: a service message";
    EXPECT_EQ(sent.value(u"sender"_s).toString(), u"NomoStr"_s);
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_stack.queryValue(u"SELECT status FROM messages WHERE automation = 'salla'"_s).toString() == u"sent"; }, 20000));

    // The same delivery again (Salla did not hear the 200): the same message, not a second SMS.
    const HttpReply again = deliver(otp(u"7302"_s));
    EXPECT_EQ(again.status, 200);
    ASSERT_TRUE(m_stack.settle());
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM messages WHERE automation = 'salla'"_s).toInt(), 1);
    EXPECT_EQ(m_gateway.requests().size(), 1);
}

TEST_F(SallaMessagesTest, AnOtpOvertakesAThousandsDeepMarketingQueue)
{
    // 3,000 shoppers with a marketing email each, due now with its send job (the shape a
    // broadcast leaves behind), and the tool on.
    ASSERT_TRUE(m_stack.execute(u"UPDATE merchant_features SET enabled = TRUE WHERE feature_key = 'notifications'"_s));
    ASSERT_TRUE(m_stack.execute(
        u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
        "INSERT INTO customers (merchant_id, salla_id, first_name, email, created_at, updated_at) "
        "SELECT %1, 800000000 + i, 'سارة', 'shopper' || i || '@example.com', 0, 0 FROM n"_s.arg(m_store)));
    ASSERT_TRUE(m_stack.execute(
        u"INSERT INTO messages (merchant_id, automation, channel, language, marketing, customer_id, recipient, step, status, due_at, "
        "idempotency_key, created_at, updated_at) SELECT %1, 'broadcast', 'email', 'ar', TRUE, id, email, 0, 'scheduled', 0, "
        "'drain:' || id, 0, 0 FROM customers WHERE salla_id > 800000000 AND salla_id <= 800003000"_s.arg(m_store)));
    ASSERT_TRUE(m_stack.execute(
        u"INSERT INTO jobs (kind, merchant_id, unique_key, payload, status, run_at, attempts, max_attempts, created_at, updated_at) "
        "SELECT 'message.send', %1, 'drain:' || id, '{\"message_id\":' || id || '}', 'pending', 0, 0, 12, 0, 0 FROM messages "
        "WHERE idempotency_key LIKE 'drain:%'"_s.arg(m_store)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_smtp.messages().isEmpty(); }, 20000)) << "the drain is under way";

    ASSERT_EQ(deliver(otp(u"4401"_s)).status, 200);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_gateway.requests().isEmpty(); }, 20000)) << m_stack.daemon().stderrText().toStdString();
    const int stillWaiting = m_stack.queryValue(u"SELECT COUNT(*) FROM messages WHERE automation = 'broadcast' AND status = 'scheduled'"_s).toInt();
    EXPECT_GT(stillWaiting, 0) << "the OTP did not wait for the marketing queue";
}

TEST_F(SallaMessagesTest, ASendTestReachesTheMerchantAndSaysWhatTheProviderAnswered)
{
    const QString token = m_stack.issueToken(m_store).first;
    const auto test = [&](const QJsonObject &body) {
        return m_stack.api("POST", "/api/v1/messages/test", token, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    const HttpReply email = test({{u"channel"_s, u"email"_s}, {u"to"_s, u"owner@noura.example"_s}});
    ASSERT_EQ(email.status, 200) << email.body.constData();
    EXPECT_TRUE(email.json().value(u"sent"_s).toBool()) << email.body.constData();
    const QJsonObject mail = m_smtp.waitForReading(0);
    EXPECT_EQ(mail.value(u"rcpt_tos"_s).toArray(), QJsonArray{u"owner@noura.example"_s});
    EXPECT_TRUE(mail.value(u"subject"_s).toString().startsWith(u"سلتك في "_s));
    EXPECT_FALSE(mail.value(u"headers"_s).toObject().contains(u"List-Unsubscribe"_s));

    const HttpReply sms = test({{u"channel"_s, u"sms"_s}, {u"to"_s, u"0560987654"_s}, {u"automation"_s, u"welcome"_s}});
    ASSERT_EQ(sms.status, 200) << sms.body.constData();
    EXPECT_TRUE(sms.json().value(u"sent"_s).toBool()) << sms.body.constData();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_gateway.requests().isEmpty(); }, 20000));
    const QJsonObject sent = QJsonDocument::fromJson(m_gateway.requests().constFirst().value(u"body"_s).toString().toUtf8()).object();
    EXPECT_EQ(sent.value(u"recipients"_s).toArray(), QJsonArray{u"966560987654"_s});
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM messages"_s).toInt(), 0) << "a test is not a message of the store's";

    EXPECT_EQ(test({{u"channel"_s, u"fax"_s}, {u"to"_s, u"1"_s}}).status, 422);
    EXPECT_EQ(test({{u"channel"_s, u"email"_s}, {u"to"_s, u"not-an-address"_s}}).status, 422);
    int answered = 2;
    while (test({{u"channel"_s, u"email"_s}, {u"to"_s, u"owner@noura.example"_s}}).status == 200)
        ++answered;
    EXPECT_EQ(answered, 10) << "ten tests an hour";
}
