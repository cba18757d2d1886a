// Broadcasts end to end: a merchant schedules one message to a segment (bought lately,
// not for a while, never, everyone), every problem of a bad request comes back at once,
// at its time the daemon plans one message per shopper it reaches — in batches, each
// once — and the SMTP double receives them; a cancelled broadcast sends nothing more.
#include "support/ConsoleStack.h"
#include "support/SmtpSink.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

class BroadcastsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_smtp.start()) << m_smtp.stderrText().toStdString();
        m_smtp.configure(m_stack.daemon());
        QString why;
        ASSERT_TRUE(m_stack.start(1, &why)) << why.toStdString();
        m_store = m_stack.storeIds().constFirst();
        m_token = m_stack.issueToken(m_store).first;
        const QByteArray body = QJsonDocument(QJsonObject{{u"enabled"_s, true},
                                                          {u"settings"_s, QJsonObject{{u"quiet_hours_start"_s, 0}, {u"quiet_hours_end"_s, 0},
                                                                                      {u"messages_per_day"_s, 10}}}})
                                    .toJson(QJsonDocument::Compact);
        ASSERT_EQ(m_stack.api("PUT", "/api/v1/features/notifications", m_token, body, {{"If-Match", "\"0\""}}).status, 200);
    }

    // A shopper of the store, with an order `daysAgo` days ago (none when negative).
    void shopper(int n, const QString &email, int daysAgo)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        ASSERT_TRUE(m_stack.execute(u"INSERT INTO customers (merchant_id, salla_id, first_name, email, created_at, updated_at) "
                                    "VALUES (%1, %2, 'سارة', %3, 0, 0)"_s.arg(m_store).arg(900000 + n)
                                        .arg(email.isEmpty() ? u"NULL"_s : u"'%1'"_s.arg(email))));
        if (daysAgo < 0)
            return;
        ASSERT_TRUE(m_stack.execute(u"INSERT INTO orders (merchant_id, salla_id, customer_id, status, total_halalas, ordered_at, created_at, updated_at) "
                                    "SELECT %1, %2, id, 'completed', 10000, %3, 0, 0 FROM customers WHERE merchant_id = %1 AND salla_id = %4"_s
                                        .arg(m_store).arg(700000 + n).arg(now - qint64(daysAgo) * 86400000).arg(900000 + n)));
    }
    HttpReply create(const QJsonObject &broadcast, const QByteArray &key = {})
    {
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!key.isEmpty())
            headers.append({"Idempotency-Key", key});
        return m_stack.api("POST", "/api/v1/broadcasts", m_token, QJsonDocument(broadcast).toJson(QJsonDocument::Compact), headers);
    }
    static QJsonObject now(QJsonObject broadcast)
    {
        broadcast.insert(u"send_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        broadcast.insert(u"channels"_s, QJsonArray{u"email"_s});
        return broadcast;
    }
    QSet<QString> recipients()
    {
        QSet<QString> out;
        for (int i = 0; i < m_smtp.messages().size(); ++i)
            for (const QString &line : m_smtp.waitForReading(i).value(u"rcpt_tos"_s).toVariant().toStringList())
                out.insert(line);
        return out;
    }
    QString status(qint64 id) { return m_stack.queryValue(u"SELECT status FROM broadcasts WHERE id = %1"_s.arg(id)).toString(); }

    SmtpSink m_smtp;
    ConsoleStack m_stack;
    qint64 m_store = 0;
    QString m_token;
};

} // namespace

TEST_F(BroadcastsTest, EveryProblemOfABadBroadcastComesBackAtOnceAndNothingIsKept)
{
    const HttpReply refused = create({{u"name"_s, u""_s}, {u"segment"_s, u"vip"_s}, {u"channels"_s, QJsonArray{u"fax"_s}},
                                      {u"send_at"_s, u"tomorrow"_s}, {u"occasion"_s, u"ramadan_start:at_noon"_s},
                                      {u"coupon_id"_s, 424242}, {u"color"_s, u"red"_s}});
    ASSERT_EQ(refused.status, 422) << refused.body.constData();
    QSet<QString> fields;
    for (const QJsonValue &p : refused.json().value(u"error"_s).toObject().value(u"problems"_s).toArray())
        fields.insert(p.toObject().value(u"field"_s).toString());
    EXPECT_EQ(fields, (QSet<QString>{u"name"_s, u"segment"_s, u"channels"_s, u"send_at"_s, u"occasion"_s, u"coupon_id"_s, u"color"_s}));
    const HttpReply days = create(now({{u"name"_s, u"VIP"_s}, {u"segment"_s, u"recent_buyers"_s}, {u"segment_days"_s, 0}}));
    EXPECT_EQ(days.status, 422);
    EXPECT_EQ(days.json().value(u"error"_s).toObject().value(u"field"_s).toString(), u"segment_days"_s);
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM broadcasts"_s).toInt(), 0);
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM jobs WHERE kind = 'broadcast.send'"_s).toInt(), 0);
}

TEST_F(BroadcastsTest, EachSegmentReachesItsShoppersOnce)
{
    shopper(1, u"recent@example.com"_s, 3);
    shopper(2, u"lapsed@example.com"_s, 120);
    shopper(3, u"never@example.com"_s, -1);
    shopper(4, QString(), 2); // no address: nobody to write to
    const QJsonObject eid = now({{u"name"_s, u"عروض العيد"_s}, {u"segment"_s, u"recent_buyers"_s}, {u"segment_days"_s, 30},
                                 {u"occasion"_s, u"eid_al_fitr:morning"_s}});
    const HttpReply recent = create(eid, "broadcast-recent-1");
    ASSERT_EQ(recent.status, 201) << recent.body.constData();
    const qint64 id = recent.json().value(u"id"_s).toInteger();
    EXPECT_EQ(recent.json().value(u"status"_s).toString(), u"scheduled"_s);
    // The same request again (the console retried): the same broadcast, not a second one.
    EXPECT_EQ(create(eid, "broadcast-recent-1").json().value(u"id"_s).toInteger(), id);

    ASSERT_TRUE(QTest::qWaitFor([&] { return status(id) == u"sent"; }, 20000)) << m_stack.daemon().stderrText().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_smtp.messages().size() == 1; }, 20000));
    EXPECT_EQ(recipients(), QSet<QString>{u"recent@example.com"_s});

    const HttpReply lapsed = create(now({{u"name"_s, u"اشتقنا إليك"_s}, {u"segment"_s, u"lapsed"_s}, {u"segment_days"_s, 60}}));
    const HttpReply never = create(now({{u"name"_s, u"أول طلب"_s}, {u"segment"_s, u"never_bought"_s}}));
    ASSERT_EQ(lapsed.status, 201);
    ASSERT_EQ(never.status, 201);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_smtp.messages().size() == 3; }, 20000));
    EXPECT_EQ(recipients(), (QSet<QString>{u"recent@example.com"_s, u"lapsed@example.com"_s, u"never@example.com"_s}));

    const HttpReply list = m_stack.api("GET", "/api/v1/broadcasts", m_token);
    ASSERT_EQ(list.status, 200);
    const QJsonArray items = list.json().value(u"broadcasts"_s).toArray();
    ASSERT_EQ(items.size(), 3);
    for (const QJsonValue &item : items) {
        EXPECT_EQ(item.toObject().value(u"planned"_s).toInt(), 1) << item.toObject().value(u"name"_s).toString().toStdString();
        EXPECT_TRUE(QTest::qWaitFor([&] {
            return m_stack.api("GET", "/api/v1/broadcasts", m_token).json().value(u"broadcasts"_s).toArray().at(0).toObject()
                       .value(u"counts"_s).toObject().value(u"sent"_s).toInt() == 1;
        }, 10000));
    }
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM messages WHERE broadcast_id = %1"_s.arg(id)).toInt(), 1);
}

TEST_F(BroadcastsTest, ABigSegmentIsPlannedInBatchesEachShopperOnce)
{
    ASSERT_TRUE(m_stack.execute(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1234) "
                                "INSERT INTO customers (merchant_id, salla_id, first_name, email, created_at, updated_at) "
                                "SELECT %1, 800000000 + i, 'نورة', 'shopper' || i || '@example.com', 0, 0 FROM n"_s.arg(m_store)));
    const qint64 before = m_stack.queryValue(u"SELECT COUNT(*) FROM customers WHERE email IS NOT NULL"_s).toLongLong();
    // Later, so all batches are planned before any is sent: planning is what is checked here.
    const HttpReply made = create(now({{u"name"_s, u"الجمعة البيضاء"_s}, {u"segment"_s, u"everyone"_s}}));
    ASSERT_EQ(made.status, 201) << made.body.constData();
    const qint64 id = made.json().value(u"id"_s).toInteger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return status(id) == u"sent"; }, 30000)) << status(id).toStdString();
    EXPECT_EQ(m_stack.queryValue(u"SELECT planned FROM broadcasts WHERE id = %1"_s.arg(id)).toLongLong(), before);
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(DISTINCT customer_id) FROM messages WHERE broadcast_id = %1"_s.arg(id)).toLongLong(), before);
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM messages WHERE broadcast_id = %1"_s.arg(id)).toLongLong(), before);
    // The broadcast says "sent" inside its last batch's job; the queue marks that job done just after.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return m_stack.queryValue(u"SELECT COUNT(*) FROM jobs WHERE kind = 'broadcast.send' AND status = 'done'"_s).toInt() >= 3; }, 10000))
        << "1,234 shoppers in batches of 500";
}

TEST_F(BroadcastsTest, ACancelledBroadcastSendsNothingAndASentOneCannotBeCancelled)
{
    shopper(1, u"one@example.com"_s, 1);
    QJsonObject later = now({{u"name"_s, u"رمضان"_s}, {u"segment"_s, u"everyone"_s}, {u"occasion"_s, u"ramadan_start:after_iftar"_s}});
    later.insert(u"send_at"_s, QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate));
    const HttpReply made = create(later);
    ASSERT_EQ(made.status, 201);
    const qint64 id = made.json().value(u"id"_s).toInteger();
    const HttpReply cancelled = m_stack.api("POST", u"/api/v1/broadcasts/%1/cancel"_s.arg(id).toUtf8(), m_token, "{}");
    ASSERT_EQ(cancelled.status, 200) << cancelled.body.constData();
    EXPECT_EQ(cancelled.json().value(u"status"_s).toString(), u"cancelled"_s);
    EXPECT_EQ(m_stack.api("POST", "/api/v1/broadcasts/99999/cancel", m_token, "{}").status, 404);

    // Its planning job, run now, plans nothing.
    ASSERT_TRUE(m_stack.execute(u"UPDATE jobs SET run_at = 0 WHERE kind = 'broadcast.send'"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return m_stack.queryValue(u"SELECT status FROM jobs WHERE kind = 'broadcast.send'"_s).toString() == u"done";
    }, 20000));
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM messages WHERE broadcast_id = %1"_s.arg(id)).toInt(), 0);

    const HttpReply sent = create(now({{u"name"_s, u"الآن"_s}, {u"segment"_s, u"everyone"_s}}));
    const qint64 sentId = sent.json().value(u"id"_s).toInteger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_smtp.messages().size() == 1; }, 20000));
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return m_stack.queryValue(u"SELECT COUNT(*) FROM messages WHERE broadcast_id = %1 AND status = 'sent'"_s.arg(sentId)).toInt() == 1;
    }, 20000));
    const HttpReply late = m_stack.api("POST", u"/api/v1/broadcasts/%1/cancel"_s.arg(sentId).toUtf8(), m_token, "{}");
    EXPECT_EQ(late.status, 409) << late.body.constData();
}

// Win-back, the automation beside broadcasts: a customer who stopped buying hears from
// the store once per lapse; a recent buyer and one long gone (a broadcast's) do not.
TEST_F(BroadcastsTest, AWinBackReachesACustomerWhoStoppedBuyingOncePerLapse)
{
    const QByteArray body = QJsonDocument(QJsonObject{{u"enabled"_s, true},
                                                      {u"settings"_s, QJsonObject{{u"quiet_hours_start"_s, 0}, {u"quiet_hours_end"_s, 0},
                                                                                  {u"win_back_days"_s, 30}}}})
                                .toJson(QJsonDocument::Compact);
    ASSERT_EQ(m_stack.api("PUT", "/api/v1/features/notifications", m_token, body, {{"If-Match", "\"1\""}}).status, 200);
    shopper(1, u"lapsed@example.com"_s, 40);
    shopper(2, u"recent@example.com"_s, 5);
    shopper(3, u"long-gone@example.com"_s, 100);
    ASSERT_TRUE(m_stack.execute(u"UPDATE jobs SET run_at = 0 WHERE kind = 'automation.win_back'"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_smtp.messages().size() == 1; }, 20000)) << m_stack.daemon().stderrText().toStdString();
    EXPECT_EQ(recipients(), QSet<QString>{u"lapsed@example.com"_s});
    EXPECT_EQ(m_stack.queryValue(u"SELECT automation FROM messages"_s).toString(), u"win_back"_s);

    // The next pass finds the same lapse: nothing new.
    const qint64 runAt = m_stack.queryValue(u"SELECT run_at FROM jobs WHERE kind = 'automation.win_back'"_s).toLongLong();
    ASSERT_TRUE(m_stack.execute(u"UPDATE jobs SET run_at = 0 WHERE kind = 'automation.win_back'"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] {
        const qint64 next = m_stack.queryValue(u"SELECT run_at FROM jobs WHERE kind = 'automation.win_back'"_s).toLongLong();
        return next != 0 && next != runAt;
    }, 20000)) << "the periodic job ran again";
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM messages WHERE automation = 'win_back'"_s).toInt(), 1);
}

// Welcome, the automation of a new subscriber: one email in the language they joined in,
// with their own one-use coupon once Salla has it. (The storefront's collector writes the
// subscriber and its job through SubscriberRepository::join; here the rows it writes.)
TEST_F(BroadcastsTest, ANewSubscriberIsWelcomedOnceWithTheirOwnCoupon)
{
    const QByteArray body = QJsonDocument(QJsonObject{{u"enabled"_s, true},
                                                      {u"settings"_s, QJsonObject{{u"quiet_hours_start"_s, 0}, {u"quiet_hours_end"_s, 0},
                                                                                  {u"welcome_coupon_percent"_s, 10}}}})
                                .toJson(QJsonDocument::Compact);
    ASSERT_EQ(m_stack.api("PUT", "/api/v1/features/notifications", m_token, body, {{"If-Match", "\"1\""}}).status, 200);
    ASSERT_TRUE(m_stack.execute(u"INSERT INTO subscribers (merchant_id, email, source, language, consent_at, created_at) "
                                "VALUES (%1, 'new@example.com', 'widget', 'ar', 0, 0)"_s.arg(m_store)));
    const qint64 subscriber = m_stack.queryValue(u"SELECT id FROM subscribers WHERE email = 'new@example.com'"_s).toLongLong();
    for (int i = 0; i < 2; ++i) // the event seen twice: one welcome
        ASSERT_TRUE(m_stack.execute(
            u"INSERT INTO jobs (kind, merchant_id, unique_key, payload, status, run_at, attempts, max_attempts, created_at, updated_at) "
            "VALUES ('automation.welcome', %1, 'welcome-%3', '{\"subject_id\":%2}', 'pending', 0, 0, 8, 0, 0)"_s.arg(m_store).arg(subscriber).arg(i)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_smtp.messages().size() == 1; }, 30000)) << m_stack.daemon().stderrText().toStdString();
    const QJsonObject mail = m_smtp.waitForReading(0);
    EXPECT_EQ(mail.value(u"rcpt_tos"_s).toVariant().toStringList(), QStringList{u"new@example.com"_s});
    const QString text = mail.value(u"text"_s).toString();
    EXPECT_TRUE(text.contains(u"أهلًا بك"_s) || text.contains(u"شكرًا لاشتراكك"_s)) << text.toStdString();
    const QString code = m_stack.queryValue(u"SELECT c.code FROM coupons c JOIN messages m ON m.coupon_id = c.id WHERE m.automation = 'welcome'"_s).toString();
    EXPECT_TRUE(code.startsWith(u"HELLO"_s)) << code.toStdString();
    EXPECT_TRUE(text.contains(code)) << "the coupon is in the welcome, as Salla has it";
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return m_stack.queryValue(u"SELECT COUNT(*) FROM jobs WHERE kind = 'automation.welcome' AND status = 'done'"_s).toInt() == 2;
    }, 20000));
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM messages WHERE automation = 'welcome'"_s).toInt(), 1);
}
