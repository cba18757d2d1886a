// Reports end to end: the simulator's orders go through the real daemon, each is
// attributed in its own transaction, the periodic rollup puts the day on the change
// feed, and GET /api/v1/reports/sales adds the period up; a cancel takes the money
// back out. Bad periods get a 400 naming the parameter.
#include "support/ConsoleStack.h"

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
