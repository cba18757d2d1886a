// The storefront's email collector end to end: a shopper's sign-up from the store's own
// page (CORS for the store's origins only) joins its list with the words they agreed to,
// and the welcome reaches them through the SMTP double; every bad request is refused
// with the field at fault and nothing kept; a bot's honeypot and a flood get nowhere.
#include "support/ConsoleStack.h"
#include "support/SmtpSink.h"

#include <QJsonDocument>

#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

class StorefrontSubscribeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_smtp.start()) << m_smtp.stderrText().toStdString();
        m_smtp.configure(m_stack.daemon());
        m_stack.daemon().setEnv(u"NOMO_STOREFRONT_SETTINGS_REFRESH_SECONDS"_s, u"0"_s);
        QString why;
        ASSERT_TRUE(m_stack.start(2, &why)) << why.toStdString();
        m_store = m_stack.storeIds().constFirst();
        m_token = m_stack.issueToken(m_store).first;
        const auto on = [&](const QByteArray &feature, const QJsonObject &settings) {
            const QByteArray body = QJsonDocument(QJsonObject{{u"enabled"_s, true}, {u"settings"_s, settings}}).toJson(QJsonDocument::Compact);
            const HttpReply saved = m_stack.api("PUT", "/api/v1/features/" + feature, m_token, body, {{"If-Match", "\"0\""}});
            EXPECT_EQ(saved.status, 200) << saved.body.constData();
        };
        on("email_collector", {});
        on("notifications", {{u"quiet_hours_start"_s, 0}, {u"quiet_hours_end"_s, 0}});
        m_origin = m_stack.storeOrigin(m_store);
    }
    HttpReply subscribe(const QJsonObject &body, const QByteArray &origin = {}, qint64 store = 0)
    {
        return RawHttp::request(m_stack.daemon().port(), "POST", u"/s/%1/subscribe"_s.arg(store ? store : m_store).toUtf8(),
                                QJsonDocument(body).toJson(QJsonDocument::Compact),
                                {{"Content-Type", "application/json"}, {"Origin", origin.isEmpty() ? m_origin : origin}});
    }
    static QJsonObject signUp(const QString &email)
    {
        return {{u"email"_s, email}, {u"consent"_s, true}, {u"wording"_s, u"أوافق على تلقي عروض المتجر بالبريد، ويمكنني إلغاء الاشتراك متى شئت."_s},
                {u"language"_s, u"ar"_s}, {u"page"_s, u"/p/oud-123"_s}};
    }
    int subscribers() { return m_stack.queryValue(u"SELECT COUNT(*) FROM subscribers"_s).toInt(); }

    SmtpSink m_smtp;
    ConsoleStack m_stack;
    qint64 m_store = 0;
    QString m_token;
    QByteArray m_origin;
};

} // namespace

TEST_F(StorefrontSubscribeTest, AShopperWhoSignsUpOnTheStoresPageIsOnTheListAndWelcomed)
{
    const HttpReply preflight = RawHttp::request(m_stack.daemon().port(), "OPTIONS", u"/s/%1/subscribe"_s.arg(m_store).toUtf8(), {},
                                                 {{"Origin", m_origin}, {"Access-Control-Request-Method", "POST"}});
    EXPECT_EQ(preflight.status, 204) << preflight.body.constData();
    EXPECT_EQ(preflight.headers.value("access-control-allow-origin"), m_origin);
    EXPECT_EQ(preflight.headers.value("access-control-allow-methods"), "POST");

    const HttpReply joined = subscribe(signUp(u"Sara@Example.com"_s));
    EXPECT_EQ(joined.status, 202) << joined.body.constData();
    EXPECT_EQ(joined.headers.value("access-control-allow-origin"), m_origin);
    EXPECT_TRUE(joined.body.isEmpty()) << "nothing about the list is told";
    EXPECT_EQ(m_stack.queryValue(u"SELECT email FROM subscribers"_s).toString(), u"sara@example.com"_s);
    EXPECT_TRUE(m_stack.queryValue(u"SELECT wording FROM consent_events WHERE channel = 'email'"_s).toString().contains(u"/p/oud-123"_s))
        << "the words agreed to and the page, as PDPL's proof";

    ASSERT_TRUE(QTest::qWaitFor([&] { return m_smtp.messages().size() == 1; }, 20000)) << m_stack.daemon().stderrText().toStdString();
    EXPECT_EQ(m_smtp.waitForReading(0).value(u"rcpt_tos"_s).toVariant().toStringList(), QStringList{u"sara@example.com"_s});
    // The collector's reward (on by default, 10%): a one-use coupon Salla has, its code in the welcome.
    const QString code = m_stack.queryValue(u"SELECT code FROM coupons"_s).toString();
    ASSERT_FALSE(code.isEmpty());
    EXPECT_EQ(m_stack.queryValue(u"SELECT amount FROM coupons"_s).toInt(), 1000) << "10%, in hundredths";
    EXPECT_TRUE(m_stack.queryValue(u"SELECT terms FROM coupons"_s).toString().contains(u"\"usage_limit\":1"_s)) << "one use";
    EXPECT_TRUE(m_smtp.waitForMessage(0).contains(code));

    // The same shopper on another page: the same subscriber, no second welcome, the same answer.
    EXPECT_EQ(subscribe(signUp(u"sara@example.com"_s)).status, 202);
    EXPECT_EQ(subscribers(), 1);
    ASSERT_TRUE(m_stack.settle());
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM messages WHERE automation = 'welcome'"_s).toInt(), 1);
}

TEST_F(StorefrontSubscribeTest, EveryBadSignUpIsRefusedWithItsReasonAndNothingKept)
{
    QJsonObject noConsent = signUp(u"a@example.com"_s);
    noConsent.insert(u"consent"_s, false);
    const HttpReply consent = subscribe(noConsent);
    EXPECT_EQ(consent.status, 422);
    EXPECT_EQ(consent.json().value(u"error"_s).toObject().value(u"field"_s).toString(), u"consent"_s);
    EXPECT_EQ(consent.headers.value("access-control-allow-origin"), m_origin) << "the page can read why";

    const HttpReply email = subscribe(signUp(u"not an address"_s));
    EXPECT_EQ(email.status, 422);
    EXPECT_EQ(email.json().value(u"error"_s).toObject().value(u"field"_s).toString(), u"email"_s);
    QJsonObject noWords = signUp(u"b@example.com"_s);
    noWords.remove(u"wording"_s);
    EXPECT_EQ(subscribe(noWords).status, 422);
    EXPECT_EQ(RawHttp::request(m_stack.daemon().port(), "POST", u"/s/%1/subscribe"_s.arg(m_store).toUtf8(), "{\"email\":",
                               {{"Content-Type", "application/json"}, {"Origin", m_origin}}).status, 400);

    const HttpReply elsewhere = subscribe(signUp(u"c@example.com"_s), "https://evil.example");
    EXPECT_EQ(elsewhere.status, 403);
    EXPECT_TRUE(elsewhere.headers.value("access-control-allow-origin").isEmpty());
    EXPECT_EQ(RawHttp::request(m_stack.daemon().port(), "OPTIONS", u"/s/%1/subscribe"_s.arg(m_store).toUtf8(), {},
                               {{"Origin", "https://evil.example"}}).status, 403);
    EXPECT_EQ(subscribe(signUp(u"d@example.com"_s), {}, 424242).status, 404);

    QJsonObject bot = signUp(u"bot@example.com"_s);
    bot.insert(u"website"_s, u"http://spam.example"_s);
    EXPECT_EQ(subscribe(bot).status, 202) << "a bot is not told it was caught";
    EXPECT_EQ(subscribers(), 0);
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM consent_events"_s).toInt(), 0);

    // The collector switched off: its form answers so.
    const QByteArray off = QJsonDocument(QJsonObject{{u"enabled"_s, false}, {u"settings"_s, QJsonObject{}}}).toJson(QJsonDocument::Compact);
    ASSERT_EQ(m_stack.api("PUT", "/api/v1/features/email_collector", m_token, off, {{"If-Match", "\"1\""}}).status, 200);
    EXPECT_EQ(subscribe(signUp(u"e@example.com"_s)).status, 403);
    EXPECT_EQ(subscribers(), 0);
}

TEST_F(StorefrontSubscribeTest, AFloodFromOneAddressIsTurnedAway)
{
    int accepted = 0, limited = 0;
    for (int i = 0; i < 14; ++i) {
        const int status = subscribe(signUp(u"flood%1@example.com"_s.arg(i))).status;
        accepted += status == 202;
        limited += status == 429;
    }
    EXPECT_EQ(accepted, 10) << "ten sign-ups from one address in ten minutes";
    EXPECT_EQ(limited, 4);
    EXPECT_EQ(subscribers(), 10);
}

TEST_F(StorefrontSubscribeTest, AShopperDeletedAtTheirRequestLeavesOnlyTheRecordThatStopsMessages)
{
    ASSERT_EQ(subscribe(signUp(u"huda@example.com"_s)).status, 202);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_smtp.messages().size() == 1; }, 20000)) << m_stack.daemon().stderrText().toStdString();
    ASSERT_TRUE(m_stack.settle());
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_stack.queryValue(u"SELECT status FROM messages"_s).toString() == u"sent"; }, 20000));
    const qint64 id = m_stack.queryValue(u"SELECT id FROM subscribers"_s).toLongLong();
    // A message still to go, as a broadcast would leave one.
    ASSERT_TRUE(m_stack.execute(u"INSERT INTO messages (merchant_id, automation, channel, language, marketing, recipient, due_at, "
                                "idempotency_key, created_at, updated_at) VALUES (%1, 'broadcast', 'email', 'ar', TRUE, "
                                "'huda@example.com', 0, 'later', 0, 0)"_s.arg(m_store)));

    // Another store's console cannot reach them.
    ASSERT_EQ(m_stack.storeIds().size(), 2);
    const QString otherToken = m_stack.issueToken(m_stack.storeIds().at(1)).first;
    EXPECT_EQ(m_stack.api("DELETE", "/api/v1/subscribers/" + QByteArray::number(id), otherToken).status, 404);
    EXPECT_EQ(subscribers(), 1);

    const HttpReply erased = m_stack.api("DELETE", "/api/v1/subscribers/" + QByteArray::number(id), m_token);
    ASSERT_EQ(erased.status, 200) << erased.body.constData();
    EXPECT_EQ(erased.json().value(u"messages_erased"_s).toInt(), 2);
    EXPECT_EQ(subscribers(), 0);
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM messages WHERE recipient LIKE '%huda%' OR body_text LIKE '%huda%'"_s).toInt(), 0);
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM messages"_s).toInt(), 2) << "the counts stay, addressed to no one";
    EXPECT_EQ(m_stack.queryValue(u"SELECT status FROM messages WHERE idempotency_key = 'later'"_s).toString(), u"cancelled"_s);
    EXPECT_FALSE(m_stack.queryValue(u"SELECT granted FROM consents WHERE address = 'huda@example.com'"_s).toBool());
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM consent_events WHERE address = 'huda@example.com'"_s).toInt(), 1);
    EXPECT_EQ(m_stack.queryValue(u"SELECT source FROM consent_events WHERE address = 'huda@example.com'"_s).toString(), u"erasure_request"_s);
    EXPECT_EQ(m_stack.queryValue(u"SELECT op FROM changes WHERE entity = 'subscriber' ORDER BY seq DESC LIMIT 1"_s).toString(), u"delete"_s);

    EXPECT_EQ(m_stack.api("DELETE", "/api/v1/subscribers/" + QByteArray::number(id), m_token).status, 404) << "gone is gone";
    EXPECT_EQ(m_stack.api("DELETE", "/api/v1/subscribers/abc", m_token).status, 404);

    // Signing up again is a new consent: a new subscriber, welcomed again.
    ASSERT_EQ(subscribe(signUp(u"huda@example.com"_s)).status, 202);
    EXPECT_EQ(subscribers(), 1);
    EXPECT_TRUE(m_stack.queryValue(u"SELECT granted FROM consents WHERE address = 'huda@example.com'"_s).toBool());
}

TEST_F(StorefrontSubscribeTest, AMobileNumberJoinsWithItsOwnConsentForTheChannelsTheStoreSends)
{
    const auto notifications = [&](bool sms, bool whatsapp, const QByteArray &version) {
        const QByteArray body = QJsonDocument(QJsonObject{{u"enabled"_s, true},
                                                          {u"settings"_s, QJsonObject{{u"sms"_s, sms}, {u"whatsapp"_s, whatsapp},
                                                                                      {u"quiet_hours_start"_s, 0}, {u"quiet_hours_end"_s, 0}}}})
                                    .toJson(QJsonDocument::Compact);
        const HttpReply saved = m_stack.api("PUT", "/api/v1/features/notifications", m_token, body, {{"If-Match", version}});
        ASSERT_EQ(saved.status, 200) << saved.body.constData();
    };
    // The store sends no SMS or WhatsApp: the form has no number to take.
    QJsonObject withPhone = signUp(u"amal@example.com"_s);
    withPhone.insert(u"phone"_s, u"٠٥٥١٢٣٤٥٦٧"_s); // typed with Arabic-Indic digits
    withPhone.insert(u"phone_consent"_s, true);
    withPhone.insert(u"phone_wording"_s, u"أوافق على أن يراسلني المتجر بالعروض عبر الرسائل النصية وواتساب على هذا الرقم."_s);
    const HttpReply none = subscribe(withPhone);
    EXPECT_EQ(none.status, 422);
    EXPECT_EQ(none.json()[u"error"_s][u"field"_s].toString(), u"phone"_s);

    notifications(true, true, "\"1\"");
    const auto refusedAt = [&](const QString &field, const QJsonValue &value) {
        QJsonObject bad = withPhone;
        bad.insert(field, value);
        const HttpReply refused = subscribe(bad);
        EXPECT_EQ(refused.status, 422) << field.toStdString();
        return refused.json()[u"error"_s][u"field"_s].toString();
    };
    EXPECT_EQ(refusedAt(u"phone"_s, u"12345"_s), u"phone"_s);
    EXPECT_EQ(refusedAt(u"phone"_s, u"0551234567 0551234567 0551234567"_s), u"phone"_s);
    EXPECT_EQ(refusedAt(u"phone_consent"_s, false), u"phone_consent"_s);
    EXPECT_EQ(refusedAt(u"phone_wording"_s, QString()), u"phone_wording"_s);
    EXPECT_EQ(subscribers(), 0) << "a refused number keeps the address out too";

    ASSERT_EQ(subscribe(withPhone).status, 202);
    EXPECT_EQ(subscribers(), 1);
    for (const QString &channel : {u"sms"_s, u"whatsapp"_s}) {
        EXPECT_TRUE(m_stack.queryValue(u"SELECT granted FROM consents WHERE channel = '%1' AND address = '966551234567'"_s.arg(channel)).toBool())
            << channel.toStdString();
        EXPECT_TRUE(m_stack.queryValue(u"SELECT wording FROM consent_events WHERE channel = '%1'"_s.arg(channel)).toString().contains(u"/p/oud-123"_s));
    }
    // Without a number, the address alone, as before.
    EXPECT_EQ(subscribe(signUp(u"lama@example.com"_s)).status, 202);
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM consents WHERE channel = 'sms'"_s).toInt(), 1);
}
