// Reports end to end: the simulator's orders go through the real daemon, each is
// attributed in its own transaction, the periodic rollup puts the day on the change
// feed, and GET /api/v1/reports/sales adds the period up; a cancel takes the money
// back out. Bad periods get a 400 naming the parameter. A cart reminder's control group
// is sent nothing, and the report compares the two groups.
#include "support/ConsoleStack.h"
#include "support/SmtpSink.h"

#include "reports/Holdout.h"

#include "core/Time.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

TEST(ReportsApi, TheStoresOrdersReachTheReportAndACancelTakesThemBackOut)
{
    ConsoleStack stack;
    stack.daemon().setEnv(u"NOMO_REPORTS_ROLLUP_INTERVAL_SECONDS"_s, u"1"_s);
    QString why;
    ASSERT_TRUE(stack.start(1, &why)) << why.toStdString();
    const qint64 store = stack.storeIds().constFirst();
    const QString token = stack.issueToken(store).first;
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(stack.simControl("events", {{u"store_id"_s, store}, {u"event"_s, u"order.created"_s}}).status, 200);
    ASSERT_TRUE(stack.settle());
    EXPECT_EQ(stack.queryValue(u"SELECT COUNT(*) FROM attributions WHERE merchant_id = %1"_s.arg(store)).toInt(),
              stack.queryValue(u"SELECT COUNT(*) FROM orders WHERE merchant_id = %1"_s.arg(store)).toInt())
        << "every order attributed as it was recorded";

    // What the orders themselves say, by the rule, against what the report says.
    const QString counted = u"SELECT COALESCE(SUM(total_halalas), 0) FROM orders WHERE merchant_id = %1 AND status NOT IN "
                            "('canceled', 'restored', 'restoring') AND (payment_method <> 'cod' OR status IN ('delivered', 'completed'))"_s
                                .arg(store);
    const QDate today = nomo::time::riyadhDay(QDateTime::currentDateTimeUtc());
    const QByteArray path = "/api/v1/reports/sales?from=" + today.addDays(-400 + 1).toString(Qt::ISODate).toLatin1() + "&to="
                            + today.toString(Qt::ISODate).toLatin1();
    const auto reported = [&] { return stack.api("GET", path, token).json().value(u"total"_s).toObject().value(u"revenue_halalas"_s).toInteger(-1); };
    qint64 expected = stack.queryValue(counted).toLongLong();
    EXPECT_TRUE(QTest::qWaitFor([&] { return reported() == expected; }, 20000)) << reported() << " != " << expected;
    const QJsonObject answer = stack.api("GET", path, token).json();
    EXPECT_EQ(answer.value(u"previous"_s).toObject().value(u"to"_s).toString(), today.addDays(-400).toString(Qt::ISODate));
    EXPECT_FALSE(answer.value(u"days"_s).toArray().isEmpty());
    EXPECT_GT(stack.queryValue(u"SELECT COUNT(*) FROM changes WHERE merchant_id = %1 AND entity = 'sales_day'"_s.arg(store)).toInt(), 0);

    // A cancel: the money leaves the report, the order stays attributed to what it was.
    ASSERT_EQ(stack.simControl("events", {{u"store_id"_s, store}, {u"event"_s, u"order.cancelled"_s}}).status, 200);
    ASSERT_TRUE(stack.settle());
    const qint64 after = stack.queryValue(counted).toLongLong();
    EXPECT_TRUE(QTest::qWaitFor([&] { return reported() == after; }, 20000)) << reported() << " != " << after;

    // Bad periods: 400 naming the parameter, nothing else.
    for (const QByteArray &bad : {QByteArray("/api/v1/reports/sales?from=2026-13-01&to=2026-12-01"),
                                  QByteArray("/api/v1/reports/sales?from=2026-12-02&to=2026-12-01"),
                                  QByteArray("/api/v1/reports/sales?from=2024-01-01&to=2026-12-01"),
                                  QByteArray("/api/v1/reports/sales?to=2026-12-01")}) {
        const HttpReply reply = stack.api("GET", bad, token);
        EXPECT_EQ(reply.status, 400) << bad.constData() << " " << reply.body.constData();
        EXPECT_FALSE(reply.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty()) << bad.constData();
    }
    EXPECT_EQ(stack.api("GET", path, QString()).status, 401);
}

TEST(ReportsApi, AHeldBackShopperIsRemindedOfNothingAndTheReportComparesTheGroups)
{
    SmtpSink smtp;
    ASSERT_TRUE(smtp.start({})) << smtp.stderrText().toStdString();
    ConsoleStack stack;
    smtp.configure(stack.daemon());
    stack.daemon().setEnv(u"NOMO_MAIL_FROM"_s, u"messages@nomo.test"_s);
    stack.daemon().setEnv(u"NOMO_REPORTS_ROLLUP_INTERVAL_SECONDS"_s, u"1"_s);
    QString why;
    ASSERT_TRUE(stack.start(1, &why)) << why.toStdString();
    const qint64 store = stack.storeIds().constFirst();
    const QString token = stack.issueToken(store).first;
    // Half held back, so that a dozen carts surely fill both groups.
    const QJsonObject settings{{u"quiet_hours_start"_s, 0}, {u"quiet_hours_end"_s, 0}, {u"holdout_percent"_s, 50}};
    const QByteArray body = QJsonDocument(QJsonObject{{u"enabled"_s, true}, {u"settings"_s, settings}}).toJson(QJsonDocument::Compact);
    ASSERT_EQ(stack.api("PUT", "/api/v1/features/notifications", token, body, {{"If-Match", "\"0\""}}).status, 200);
    const int carts = 12;
    for (int i = 0; i < carts; ++i)
        ASSERT_EQ(stack.simControl("events", {{u"store_id"_s, store}, {u"event"_s, u"abandoned.cart"_s}}).status, 200);
    ASSERT_TRUE(stack.settle());

    // Every cart is a unit of the experiment once its plan has run (a job after the
    // event), in the group the shopper's hash gives.
    const auto units = [&] {
        return stack.queryValue(u"SELECT COUNT(*) FROM holdout_units WHERE merchant_id = %1 AND tool = 'abandoned_cart'"_s.arg(store)).toInt();
    };
    const int left = stack.queryValue(u"SELECT COUNT(*) FROM abandoned_carts WHERE merchant_id = %1"_s.arg(store)).toInt();
    EXPECT_EQ(left, carts);
    EXPECT_TRUE(QTest::qWaitFor([&] { return units() == left; }, 20000)) << units() << " units of " << left << " carts";
    const int reachable = units();
    int held = 0;
    for (int i = 0; i < reachable; ++i) {
        const QString row = u"FROM holdout_units WHERE merchant_id = %1 AND tool = 'abandoned_cart' ORDER BY unit_key LIMIT 1 OFFSET %2"_s.arg(store).arg(i);
        // The hash is of Salla's id for the shopper.
        const qint64 customer = stack.queryValue(u"SELECT salla_id FROM customers WHERE id = (SELECT customer_id "_s + row + u")"_s).toLongLong();
        const bool isHeld = stack.queryValue(u"SELECT held_back "_s + row).toInt() != 0;
        const qint64 cart = stack.queryValue(u"SELECT substr(unit_key, 6) "_s + row).toLongLong();
        EXPECT_EQ(isHeld, nomo::holdout::heldBack(store, u"abandoned_cart"_s, nomo::holdout::customerShopper(customer), 50)) << cart;
        const int messages = stack.queryValue(u"SELECT COUNT(*) FROM messages WHERE merchant_id = %1 AND cart_id = %2"_s.arg(store).arg(cart)).toInt();
        if (isHeld)
            EXPECT_EQ(messages, 0) << "cart " << cart << ": its shopper is in the control group";
        else
            EXPECT_GT(messages, 0) << "cart " << cart << ": its shopper gets the reminders";
        held += isHeld;
    }
    EXPECT_GT(held, 0);
    EXPECT_LT(held, reachable);

    // The report: both groups, and no verdict from a dozen carts.
    const QDate today = nomo::time::riyadhDay(QDateTime::currentDateTimeUtc());
    const QByteArray path = "/api/v1/reports/sales?from=" + today.addDays(-2).toString(Qt::ISODate).toLatin1() + "&to="
                            + today.toString(Qt::ISODate).toLatin1();
    QJsonObject lift;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            for (const QJsonValue &tool : stack.api("GET", path, token).json().value(u"lift"_s).toArray())
                if (tool[u"tool"_s] == u"abandoned_cart"_s)
                    lift = tool.toObject();
            return lift.value(u"treated_shoppers"_s).toInt() + lift.value(u"held_back_shoppers"_s).toInt() == reachable;
        },
        20000))
        << QJsonDocument(lift).toJson().constData();
    EXPECT_EQ(lift.value(u"held_back_shoppers"_s).toInt(), held);
    EXPECT_EQ(lift.value(u"verdict"_s).toString(), u"not_yet"_s);
}
