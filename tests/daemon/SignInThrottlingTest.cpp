// The sign-in cannot be used to flood a store's inbox or the daemon's tables: starts
// are rate-limited per client address and bounded in number, one email goes out per
// sign-in request, and Custom Mode installs are limited the same way.
#include "support/ConsoleStack.h"
#include "support/RawClients.h"
#include "support/SmtpSink.h"

#include "repositories/SignInRepository.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

const QString kVerifier = u"dBjftJeZ4CVP-mJ92K9qYPT8vr6sZfH2u1pJkdQ3WmgXoQ"_s;

class SignInThrottlingTest : public ::testing::Test
{
protected:
    void start(const QList<std::pair<QString, QString>> &settings = {})
    {
        ASSERT_TRUE(m_smtp.start()) << m_smtp.stderrText().toStdString();
        m_smtp.configure(m_stack.daemon());
        m_stack.daemon().setEnv(u"NOMO_SALLA_CLIENT_ID"_s, u"nomo-sim-client"_s);
        m_stack.daemon().setEnv(u"NOMO_SALLA_CLIENT_SECRET"_s, u"nomo-sim-client-secret"_s);
        for (const auto &[name, value] : settings)
            m_stack.daemon().setEnv(name, value);
        QString why;
        ASSERT_TRUE(m_stack.start(1, &why)) << why.toStdString();
        m_store = m_stack.storeIds().constFirst();
        m_email = m_stack.merchantEmail(m_store);
    }

    static QByteArray signInPath(const QString &redirect = u"http://127.0.0.1:53682/callback"_s)
    {
        QUrlQuery query;
        query.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
        query.addQueryItem(u"state"_s, u"st-1"_s);
        query.addQueryItem(u"code_challenge"_s, nomo::SignInRepository::challengeOf(kVerifier));
        query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
        return "/signin?" + query.toString(QUrl::FullyEncoded).toLatin1();
    }
    QString startSignIn()
    {
        const HttpReply page = RawHttp::get(port(), signInPath());
        return QRegularExpression(u"name=\"request\" value=\"([^\"]+)\""_s).match(QString::fromUtf8(page.body)).captured(1);
    }
    HttpReply postEmail(const QString &request, const QString &email)
    {
        const QByteArray form = "request=" + QUrl::toPercentEncoding(request) + "&email=" + QUrl::toPercentEncoding(email);
        return RawHttp::request(port(), "POST", "/signin/email", form, {{"Content-Type", "application/x-www-form-urlencoded"}});
    }
    qint64 rows(const QString &table)
    {
        const QVariant count = m_stack.queryValue(u"SELECT COUNT(*) FROM "_s + table);
        return count.isValid() ? count.toLongLong() : -1;
    }
    quint16 port() { return m_stack.daemon().port(); }

    SmtpSink m_smtp;
    ConsoleStack m_stack;
    qint64 m_store = 0;
    QString m_email;
};

} // namespace

TEST_F(SignInThrottlingTest, ThirtyPostsForOneSignInSendOneEmail)
{
    start();
    const QString request = startSignIn();
    ASSERT_FALSE(request.isEmpty());
    QList<int> statuses;
    for (int i = 0; i < 30; ++i)
        statuses.append(postEmail(request, m_email).status);
    EXPECT_EQ(statuses.count(200), 5);
    EXPECT_EQ(statuses.count(429), 25);
    ASSERT_FALSE(m_smtp.waitForMessage(0).isEmpty());
    // The four later asks were turned down by the store's one-email rule, as the log says.
    ASSERT_TRUE(m_stack.daemon().waitForLog("sign-in link not issued", 4));
    EXPECT_EQ(m_smtp.messages().size(), 1);
}

TEST_F(SignInThrottlingTest, EmailAsksFromOneAddressAreLimitedAcrossSignIns)
{
    start();
    QList<int> statuses;
    for (int i = 0; i < 12; ++i)
        statuses.append(postEmail(startSignIn(), u"nobody@example.com"_s).status);
    EXPECT_EQ(statuses.count(200), 10);
    EXPECT_EQ(statuses.count(429), 2);
}

TEST_F(SignInThrottlingTest, AnEmailOfNoStoreGetsTheSameAnswerAndNoEmail)
{
    start();
    const HttpReply unknown = postEmail(startSignIn(), u"nobody@example.com"_s);
    const HttpReply known = postEmail(startSignIn(), m_email);
    EXPECT_EQ(unknown.status, 200);
    EXPECT_EQ(unknown.body, known.body);
    EXPECT_EQ(unknown.headers, known.headers);
    ASSERT_FALSE(m_smtp.waitForMessage(0).isEmpty());
    ASSERT_TRUE(m_stack.daemon().waitForLog("sign-in asked for an email of no installed store"));
    EXPECT_EQ(m_smtp.messages().size(), 1);
}

TEST_F(SignInThrottlingTest, StartsFromOneAddressAreLimitedAndOthersStillStart)
{
    start({{u"NOMO_CONSOLE_SIGNIN_STARTS_PER_ADDRESS"_s, u"5"_s}});
    const qint64 before = rows(u"signin_requests"_s);
    QList<int> statuses;
    HttpReply refused;
    for (int i = 0; i < 40; ++i) {
        const HttpReply reply = RawHttp::get(port(), signInPath());
        statuses.append(reply.status);
        if (reply.status == 429)
            refused = reply;
    }
    EXPECT_EQ(statuses.count(200), 5);
    EXPECT_EQ(statuses.count(429), 35);
    EXPECT_GE(refused.headers.value("retry-after").toInt(), 1);
    EXPECT_TRUE(QString::fromUtf8(refused.body).contains(u"طلبات دخول كثيرة"_s));
    EXPECT_EQ(rows(u"signin_requests"_s) - before, 5);
    EXPECT_EQ(statusFrom(port(), "127.0.0.2", "GET " + signInPath() + " HTTP/1.1\r\nHost: x\r\n\r\n"), 200);
}

TEST_F(SignInThrottlingTest, CustomModeInstallStartsAreLimitedToo)
{
    start({{u"NOMO_CONSOLE_SIGNIN_STARTS_PER_ADDRESS"_s, u"5"_s}});
    QList<int> statuses;
    for (int i = 0; i < 40; ++i)
        statuses.append(RawHttp::get(port(), "/oauth/salla/install").status);
    EXPECT_EQ(statuses.count(302), 5);
    EXPECT_EQ(statuses.count(429), 35);
    EXPECT_EQ(rows(u"oauth_states"_s), 5);
}

TEST_F(SignInThrottlingTest, UnfinishedSignInsAreBoundedInNumber)
{
    start({{u"NOMO_CONSOLE_SIGNIN_STARTS_PER_ADDRESS"_s, u"1000"_s}, {u"NOMO_CONSOLE_SIGNIN_PENDING_MAX"_s, u"10"_s}});
    QList<int> statuses;
    for (int i = 0; i < 15; ++i)
        statuses.append(RawHttp::get(port(), signInPath()).status);
    EXPECT_EQ(statuses.count(200), 10);
    EXPECT_EQ(statuses.count(503), 5);
    EXPECT_EQ(rows(u"signin_requests"_s), 10);
    QList<int> installs;
    for (int i = 0; i < 15; ++i)
        installs.append(RawHttp::get(port(), "/oauth/salla/install").status);
    EXPECT_EQ(installs.count(302), 10);
    EXPECT_EQ(installs.count(503), 5);
}

TEST_F(SignInThrottlingTest, ALongRedirectUriIsRefused)
{
    start();
    const HttpReply reply = RawHttp::get(port(), signInPath(u"http://127.0.0.1:5000/"_s + u"a"_s.repeated(600)));
    EXPECT_EQ(reply.status, 400);
    EXPECT_TRUE(reply.body.contains("redirect_uri is over 512 characters"));
}
