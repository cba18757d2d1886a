// An abandoned cart's reminder by SMS, end to end: the store's own Taqnyat account
// (sealed key), a shopper who opted in, the Salla simulator's cart, and the loopback
// gateway double receiving exactly Taqnyat's documented request with the composed
// Arabic text and its opt-out line.
#include "support/ConsoleStack.h"
#include "support/SmsGateway.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

TEST(SmsRecovery, AnOptedInShopperGetsTheReminderThroughTheStoresTaqnyatAccount)
{
    const QString key = u"taqnyat-bearer-of-this-store"_s;
    SmsGateway gateway;
    ASSERT_TRUE(gateway.start(key)) << gateway.stderrText().toStdString();
    ConsoleStack stack;
    stack.daemon().setEnv(u"NOMO_SMS_TAQNYAT_URL"_s, u"http://127.0.0.1:%1"_s.arg(gateway.port()));
    QString why;
    ASSERT_TRUE(stack.start(1, &why)) << why.toStdString();
    const qint64 store = stack.storeIds().constFirst();
    const QString token = stack.issueToken(store).first;

    // A shopper the store knows, who agreed to SMS offers on the storefront.
    ASSERT_EQ(stack.simControl("events", {{u"store_id"_s, store}, {u"event"_s, u"customer.created"_s}}).status, 200);
    ASSERT_TRUE(stack.settle());
    const qint64 shopper = stack.queryValue(u"SELECT salla_id FROM customers ORDER BY id DESC LIMIT 1"_s).toLongLong();
    const QString mobile = stack.queryValue(u"SELECT mobile FROM customers ORDER BY id DESC LIMIT 1"_s).toString();
    QString digits = mobile;
    digits.remove(u'+');
    ASSERT_TRUE(digits.startsWith(u"9665"_s)) << mobile.toStdString();
    // No route records consent yet (the storefront's form does, with its issue): the row it writes.
    ASSERT_TRUE(stack.execute(u"INSERT INTO consents (merchant_id, channel, address, granted, source, changed_at) "
                              "VALUES (%1, 'sms', '%2', TRUE, 'storefront_form', 0)"_s.arg(store).arg(digits)));

    const QJsonObject settings{{u"email"_s, false}, {u"sms"_s, true}, {u"sms_provider"_s, u"taqnyat"_s}, {u"sms_sender"_s, u"NomoStr-AD"_s},
                               {u"second_reminder_hours"_s, 0}, {u"quiet_hours_start"_s, 0}, {u"quiet_hours_end"_s, 0}};
    const QByteArray body = QJsonDocument(QJsonObject{{u"enabled"_s, true}, {u"settings"_s, settings},
                                                      {u"secrets"_s, QJsonObject{{u"sms_api_key"_s, key}}}})
                                .toJson(QJsonDocument::Compact);
    const HttpReply saved = stack.api("PUT", "/api/v1/features/notifications", token, body, {{"If-Match", "\"0\""}});
    ASSERT_EQ(saved.status, 200) << saved.body.constData();
    EXPECT_FALSE(saved.body.contains(key.toUtf8())) << "a secret never comes back";

    ASSERT_EQ(stack.simControl("events", {{u"store_id"_s, store}, {u"event"_s, u"abandoned.cart"_s}, {u"customer_id"_s, shopper}}).status, 200);
    ASSERT_TRUE(stack.settle());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !gateway.requests().isEmpty(); }, 20000)) << stack.daemon().stderrText().toStdString();

    const QJsonObject sent = gateway.requests().constFirst();
    EXPECT_EQ(sent.value(u"path"_s).toString(), u"/v1/messages"_s);
    EXPECT_EQ(sent.value(u"headers"_s).toObject().value(u"Authorization"_s).toString(), u"Bearer "_s + key);
    const QJsonObject json = QJsonDocument::fromJson(sent.value(u"body"_s).toString().toUtf8()).object();
    EXPECT_EQ(json.value(u"recipients"_s).toArray(), QJsonArray{digits});
    EXPECT_EQ(json.value(u"sender"_s).toString(), u"NomoStr-AD"_s);
    const QString text = json.value(u"body"_s).toString();
    EXPECT_TRUE(text.contains(u"سلتك بانتظارك"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"/r/"_s)) << "the checkout link is tracked";
    EXPECT_TRUE(text.section(u'\n', -1).startsWith(u"لإلغاء الاشتراك: "_s)) << "the promotional opt-out line";
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return stack.queryValue(u"SELECT status FROM messages WHERE channel = 'sms'"_s).toString() == u"sent";
    }, 20000));
    EXPECT_FALSE(stack.queryValue(u"SELECT provider_message_id FROM messages WHERE channel = 'sms'"_s).toString().isEmpty());
    EXPECT_EQ(gateway.requests().size(), 1);
}

TEST(SmsRecovery, AShopperWhoNeverOptedInGetsNoSms)
{
    SmsGateway gateway;
    ASSERT_TRUE(gateway.start(u"k"_s)) << gateway.stderrText().toStdString();
    ConsoleStack stack;
    stack.daemon().setEnv(u"NOMO_SMS_TAQNYAT_URL"_s, u"http://127.0.0.1:%1"_s.arg(gateway.port()));
    QString why;
    ASSERT_TRUE(stack.start(1, &why)) << why.toStdString();
    const qint64 store = stack.storeIds().constFirst();
    const QString token = stack.issueToken(store).first;
    const QJsonObject settings{{u"email"_s, false}, {u"sms"_s, true}, {u"sms_provider"_s, u"taqnyat"_s}, {u"sms_sender"_s, u"NomoStr-AD"_s}};
    const QByteArray body = QJsonDocument(QJsonObject{{u"enabled"_s, true}, {u"settings"_s, settings},
                                                      {u"secrets"_s, QJsonObject{{u"sms_api_key"_s, u"k"_s}}}})
                                .toJson(QJsonDocument::Compact);
    ASSERT_EQ(stack.api("PUT", "/api/v1/features/notifications", token, body, {{"If-Match", "\"0\""}}).status, 200);
    ASSERT_EQ(stack.simControl("events", {{u"store_id"_s, store}, {u"event"_s, u"abandoned.cart"_s}}).status, 200);
    ASSERT_TRUE(stack.settle());
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return stack.queryValue(u"SELECT COUNT(*) FROM jobs WHERE kind = 'automation.abandoned_cart' AND status = 'done'"_s).toInt() == 1;
    }, 20000));
    EXPECT_EQ(stack.queryValue(u"SELECT COUNT(*) FROM messages"_s).toInt(), 0) << "no channel reaches them: nothing planned";
    EXPECT_TRUE(gateway.requests().isEmpty());
}
