// A provider account's pace: a store's SMS gateway account is sent no more than
// sms.messages_per_second; the sends over it wait without spending a try, and Salla's
// OTPs never wait behind them.
#include "security/WebhookSignature.h"
#include "support/ConsoleStack.h"
#include "support/SmsGateway.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

TEST(SendPacing, AGatewayAccountIsSentNoFasterThanItsPaceAndNothingIsLost)
{
    const QString key = u"taqnyat-key"_s;
    SmsGateway gateway;
    ASSERT_TRUE(gateway.start(key)) << gateway.stderrText().toStdString();
    ConsoleStack stack;
    stack.daemon().setEnv(u"NOMO_SMS_TAQNYAT_URL"_s, u"http://127.0.0.1:%1"_s.arg(gateway.port()));
    stack.daemon().setEnv(u"NOMO_SMS_MESSAGES_PER_SECOND"_s, u"2"_s);
    QString why;
    ASSERT_TRUE(stack.start(1, &why)) << why.toStdString();
    const qint64 store = stack.storeIds().constFirst();
    const QString token = stack.issueToken(store).first;
    const QJsonObject settings{{u"sms"_s, true}, {u"sms_provider"_s, u"taqnyat"_s}, {u"sms_sender"_s, u"NomoStr"_s},
                               {u"quiet_hours_start"_s, 0}, {u"quiet_hours_end"_s, 0}};
    const QByteArray body = QJsonDocument(QJsonObject{{u"enabled"_s, true}, {u"settings"_s, settings},
                                                      {u"secrets"_s, QJsonObject{{u"sms_api_key"_s, key}}}})
                                .toJson(QJsonDocument::Compact);
    ASSERT_EQ(stack.api("PUT", "/api/v1/features/notifications", token, body, {{"If-Match", "\"0\""}}).status, 200);

    // Ten order updates due now (service messages: no consent needed), each with its send job.
    constexpr int kCount = 10;
    ASSERT_TRUE(stack.execute(
        u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
        "INSERT INTO messages (merchant_id, automation, channel, language, marketing, recipient, step, status, due_at, "
        "idempotency_key, subject, body_text, created_at, updated_at) SELECT %1, 'order_update', 'sms', 'ar', FALSE, "
        "'96650000' || (1000 + i), 0, 'scheduled', 0, 'pace:' || i, '', 'طلبك في الطريق', 0, 0 FROM n"_s.arg(store).arg(kCount)));
    ASSERT_TRUE(stack.execute(
        u"INSERT INTO jobs (kind, merchant_id, unique_key, payload, status, run_at, attempts, max_attempts, created_at, updated_at) "
        "SELECT 'message.send', %1, 'pace:' || id, '{\"message_id\":' || id || '}', 'pending', 0, 0, 3, 0, 0 FROM messages "
        "WHERE idempotency_key LIKE 'pace:%'"_s.arg(store)));
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return gateway.requests().size() >= 1; }, 20000));
    const qint64 first = clock.elapsed();
    ASSERT_TRUE(QTest::qWaitFor([&] { return gateway.requests().size() == kCount; }, 30000)) << gateway.requests().size();
    const qint64 spread = clock.elapsed() - first;
    // Two at once, then two a second: the last no sooner than (10 − 2) / 2 = 4 s after the first.
    EXPECT_GE(spread, 3500) << "the pace held the sends back (ms: " << spread << ")";
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return stack.queryValue(u"SELECT COUNT(*) FROM messages WHERE idempotency_key LIKE 'pace:%' AND status = 'sent'"_s).toInt() == kCount;
    }, 20000));
    EXPECT_EQ(stack.queryValue(u"SELECT MAX(attempts) FROM jobs WHERE unique_key LIKE 'pace:%'"_s).toInt(), 1)
        << "waiting for the pace spent no try (three allowed)";
    EXPECT_EQ(stack.queryValue(u"SELECT COUNT(*) FROM jobs WHERE unique_key LIKE 'pace:%' AND status = 'failed'"_s).toInt(), 0);
}
