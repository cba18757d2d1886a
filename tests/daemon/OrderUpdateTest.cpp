// Order updates end to end: the simulator's order moves on, the daemon tells the
// shopper by email in the store's words for that status — a service message, with no
// unsubscribe link and no consent asked — once per status.
#include "support/ConsoleStack.h"
#include "support/SmtpSink.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

TEST(OrderUpdate, TheShopperHearsOfTheStatusTheStoreChoseInItsWords)
{
    SmtpSink smtp;
    ASSERT_TRUE(smtp.start()) << smtp.stderrText().toStdString();
    ConsoleStack stack;
    smtp.configure(stack.daemon());
    QString why;
    ASSERT_TRUE(stack.start(1, &why)) << why.toStdString();
    const qint64 store = stack.storeIds().constFirst();
    const QString token = stack.issueToken(store).first;
    // The simulator moves a new order to in_progress (now and then it cancels it instead).
    const QJsonObject settings{{u"order_updates"_s, true}, {u"order_update_statuses"_s, u"in_progress, canceled"_s}};
    const QByteArray body = QJsonDocument(QJsonObject{{u"enabled"_s, true}, {u"settings"_s, settings}}).toJson(QJsonDocument::Compact);
    ASSERT_EQ(stack.api("PUT", "/api/v1/features/notifications", token, body, {{"If-Match", "\"0\""}}).status, 200);

    ASSERT_EQ(stack.simControl("events", {{u"store_id"_s, store}, {u"event"_s, u"order.created"_s}}).status, 200);
    ASSERT_TRUE(stack.settle());
    EXPECT_TRUE(smtp.messages().isEmpty()) << "under_review is not one of the store's statuses";
    ASSERT_EQ(stack.simControl("events", {{u"store_id"_s, store}, {u"event"_s, u"order.status.updated"_s}}).status, 200);
    ASSERT_TRUE(stack.settle());

    const QJsonObject mail = smtp.waitForReading(0, 20000);
    ASSERT_FALSE(mail.isEmpty()) << stack.daemon().stderrText().toStdString();
    const QString status = stack.queryValue(u"SELECT status FROM orders ORDER BY id DESC LIMIT 1"_s).toString();
    const QString words = status == u"canceled" ? u"ملغي"_s : u"قيد التنفيذ"_s;
    const QString number = stack.queryValue(u"SELECT reference_id FROM orders ORDER BY id DESC LIMIT 1"_s).toString();
    EXPECT_EQ(mail.value(u"subject"_s).toString(), u"طلبك رقم %1: %2"_s.arg(number, words)) << status.toStdString();
    EXPECT_TRUE(mail.value(u"text"_s).toString().contains(words));
    EXPECT_FALSE(mail.value(u"headers"_s).toObject().contains(u"List-Unsubscribe"_s)) << "a service message";
    EXPECT_FALSE(mail.value(u"html"_s).toString().contains(u"إلغاء الاشتراك"_s));
    const QString email = stack.queryValue(u"SELECT c.email FROM orders o JOIN customers c ON c.id = o.customer_id ORDER BY o.id DESC LIMIT 1"_s).toString();
    EXPECT_EQ(mail.value(u"rcpt_tos"_s).toArray(), QJsonArray{email});
    EXPECT_EQ(stack.queryValue(u"SELECT COUNT(*) FROM messages WHERE automation = 'order_update'"_s).toInt(), 1);
    EXPECT_EQ(stack.queryValue(u"SELECT marketing FROM messages WHERE automation = 'order_update'"_s).toBool(), false);
}
