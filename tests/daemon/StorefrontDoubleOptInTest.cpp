// The email collector's double opt-in end to end: with it on, a sign-up from the store's
// page puts nobody on the list; the confirmation email (through the SMTP double) links
// to a page whose GET confirms nothing (mail scanners open links) and whose button does:
// then, and only then, the subscriber, their consent as given on the form (and their
// number's), and the welcome. One confirmation a day per address; a link past its
// seven days is gone.
#include "support/ConsoleStack.h"
#include "support/SmtpSink.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

class StorefrontDoubleOptInTest : public ::testing::Test
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
        ASSERT_TRUE(m_stack.turnFeature(m_token, "email_collector", true, {{u"double_opt_in"_s, true}}));
        ASSERT_TRUE(m_stack.turnFeature(m_token, "notifications", true,
                                        {{u"sms"_s, true}, {u"quiet_hours_start"_s, 0}, {u"quiet_hours_end"_s, 0}}));
        m_origin = m_stack.storeOrigin(m_store);
    }
    HttpReply subscribe(const QJsonObject &body)
    {
        return RawHttp::request(m_stack.daemon().port(), "POST", u"/s/%1/subscribe"_s.arg(m_store).toUtf8(),
                                QJsonDocument(body).toJson(QJsonDocument::Compact),
                                {{"Content-Type", "application/json"}, {"Origin", m_origin}});
    }
    static QJsonObject signUp(const QString &email)
    {
        return {{u"email"_s, email},
                {u"consent"_s, true},
                {u"wording"_s, u"أوافق على تلقي عروض المتجر بالبريد، ويمكنني إلغاء الاشتراك متى شئت."_s},
                {u"language"_s, u"ar"_s},
                {u"page"_s, u"/p/oud-123"_s},
                {u"phone"_s, u"0551234567"_s},
                {u"phone_consent"_s, true},
                {u"phone_wording"_s, u"أوافق على أن يراسلني المتجر بالعروض عبر الرسائل النصية على هذا الرقم."_s}};
    }
    // The path of the confirmation link in email `index` ("/c/<token>"), empty if none.
    QByteArray confirmationPath(int index)
    {
        const QString text = m_smtp.waitForMessage(index);
        const QRegularExpressionMatch link = QRegularExpression(u"https?://[^\\s/]+(/c/[A-Za-z0-9_-]{22})"_s).match(text);
        EXPECT_TRUE(link.hasMatch()) << text.toStdString();
        return link.captured(1).toUtf8();
    }
    HttpReply open(const QByteArray &method, const QByteArray &path)
    {
        return RawHttp::request(m_stack.daemon().port(), method, path, {},
                                {{"Content-Type", "application/x-www-form-urlencoded"}});
    }
    int count(const QString &sql) { return m_stack.queryValue(sql).toInt(); }

    SmtpSink m_smtp;
    ConsoleStack m_stack;
    qint64 m_store = 0;
    QString m_token;
    QByteArray m_origin;
};

} // namespace

TEST_F(StorefrontDoubleOptInTest, ASignUpJoinsTheListOnlyWhenItsOwnerPressesTheEmailsButton)
{
    ASSERT_EQ(subscribe(signUp(u"Sara@Example.com"_s)).status, 202);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM subscribers"_s), 0) << "nobody joins before confirming";
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM consent_events"_s), 0) << "no consent is on record yet, for the address or the number";

    ASSERT_TRUE(QTest::qWaitFor([&] { return m_smtp.messages().size() == 1; }, 20000)) << m_stack.daemon().stderrText().toStdString();
    EXPECT_EQ(m_smtp.waitForReading(0).value(u"rcpt_tos"_s).toVariant().toStringList(), QStringList{u"sara@example.com"_s});
    QByteArray raw;
    const QString text = m_smtp.waitForMessage(0, &raw);
    EXPECT_TRUE(text.contains(u"تأكيد الاشتراك"_s)) << "in the language they signed up in";
    EXPECT_FALSE(raw.contains("List-Unsubscribe")) << "a service message: they are on no list to leave";
    const QByteArray path = confirmationPath(0);
    ASSERT_FALSE(path.isEmpty());

    // What a mail scanner or a link preview does: nothing changes.
    const HttpReply shown = open("GET", path);
    EXPECT_EQ(shown.status, 200);
    EXPECT_TRUE(shown.body.contains("method=\"post\"")) << shown.body.constData();
    EXPECT_TRUE(shown.body.contains("sara@example.com"));
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM subscribers"_s), 0);

    // The form again the same day: its latest words kept, no second email.
    ASSERT_EQ(subscribe(signUp(u"sara@example.com"_s)).status, 202);
    ASSERT_TRUE(m_stack.settle());
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM messages WHERE automation = 'confirm_subscription'"_s), 1);

    const HttpReply confirmed = open("POST", path);
    EXPECT_EQ(confirmed.status, 200) << confirmed.body.constData();
    EXPECT_TRUE(QString::fromUtf8(confirmed.body).contains(u"تم تأكيد اشتراكك"_s));
    EXPECT_EQ(m_stack.queryValue(u"SELECT email FROM subscribers"_s).toString(), u"sara@example.com"_s);
    EXPECT_EQ(m_stack.queryValue(u"SELECT source FROM consent_events WHERE channel = 'email'"_s).toString(), u"email_confirmation"_s);
    EXPECT_TRUE(m_stack.queryValue(u"SELECT wording FROM consent_events WHERE channel = 'email'"_s).toString().contains(u"/p/oud-123"_s))
        << "the words agreed to on the form and the page, as PDPL's proof";
    EXPECT_TRUE(m_stack.queryValue(u"SELECT granted FROM consents WHERE channel = 'sms' AND address = '966551234567'"_s).toBool())
        << "the number's consent, confirmed with the address";

    // Confirmed: the welcome, now.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_smtp.messages().size() == 2; }, 20000)) << m_stack.daemon().stderrText().toStdString();
    EXPECT_TRUE(m_smtp.waitForMessage(1).contains(u"شكرًا لاشتراكك"_s));

    // The button pressed again: the same list, no second welcome.
    EXPECT_EQ(open("POST", path).status, 200);
    ASSERT_TRUE(m_stack.settle());
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM subscribers"_s), 1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM messages WHERE automation = 'welcome'"_s), 1);
    EXPECT_TRUE(QString::fromUtf8(open("GET", path).body).contains(u"بالفعل"_s)) << "the page says it is done";
}

TEST_F(StorefrontDoubleOptInTest, ALinkPastItsSevenDaysOrNotOursConfirmsNothing)
{
    ASSERT_EQ(subscribe(signUp(u"late@example.com"_s)).status, 202);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_smtp.messages().size() == 1; }, 20000));
    const QByteArray path = confirmationPath(0);
    ASSERT_FALSE(path.isEmpty());
    ASSERT_TRUE(m_stack.execute(u"UPDATE subscriber_confirmations SET created_at = created_at - %1"_s.arg(8LL * 24 * 3600 * 1000)));

    EXPECT_EQ(open("GET", path).status, 404);
    EXPECT_EQ(open("POST", path).status, 404);
    EXPECT_EQ(open("POST", "/c/not-a-token").status, 404);
    EXPECT_EQ(open("POST", "/c/AAAAAAAAAAAAAAAAAAAAAA").status, 404);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM subscribers"_s), 0);

    // Past its day, the form sends a new link; the old one stays dead.
    ASSERT_EQ(subscribe(signUp(u"late@example.com"_s)).status, 202);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_smtp.messages().size() == 2; }, 20000));
    const QByteArray fresh = confirmationPath(1);
    EXPECT_NE(fresh, path);
    EXPECT_EQ(open("POST", path).status, 404);
    EXPECT_EQ(open("POST", fresh).status, 200);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM subscribers"_s), 1);
}
