// The console's browser sign-in end to end over real HTTP and a real SMTP exchange:
// the daemon's page, the emailed one-time link (caught by an SMTP double), the
// loopback redirect and the PKCE code exchange.
#include "support/ConsoleStack.h"
#include "support/SmtpSink.h"

#include "repositories/SignInRepository.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

const QString kVerifier = u"dBjftJeZ4CVP-mJ92K9qYPT8vr6sZfH2u1pJkdQ3WmgXoQ"_s; // 46 chars, RFC 7636 alphabet
const QString kRedirect = u"http://127.0.0.1:53682/callback"_s;

// On both engines: the sign-in's SQL (hashed links and codes) runs on SQLite and PostgreSQL.
class ConsoleSignInTest : public ::testing::TestWithParam<TestEngine>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_smtp.start()) << m_smtp.stderrText().toStdString();
        m_smtp.configure(m_stack.daemon());
        m_stack.daemon().setEnv(u"NOMO_MAIL_FROM"_s, u"signin@nomo.test"_s);
        // Custom Mode configured too, as for a private app: "Sign in with Salla" is offered.
        m_stack.daemon().setEnv(u"NOMO_SALLA_CLIENT_ID"_s, u"nomo-sim-client"_s);
        m_stack.daemon().setEnv(u"NOMO_SALLA_CLIENT_SECRET"_s, u"nomo-sim-client-secret"_s);
        QString why;
        bool unavailable = false;
        if (!m_stack.start(1, &why, GetParam(), &unavailable)) {
            if (unavailable && !TestDatabase::postgresRequired())
                GTEST_SKIP() << why.toStdString();
            FAIL() << why.toStdString();
        }
        m_store = m_stack.storeIds().constFirst();
        m_email = m_stack.merchantEmail(m_store);
        ASSERT_FALSE(m_email.isEmpty());
    }

    QByteArray signInPath(const QString &lang, const QString &redirect = kRedirect,
                          const QString &challenge = nomo::SignInRepository::challengeOf(kVerifier))
    {
        QUrlQuery query;
        query.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
        query.addQueryItem(u"state"_s, u"st-42"_s);
        query.addQueryItem(u"code_challenge"_s, challenge);
        query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
        query.addQueryItem(u"device_name"_s, u"Office%20PC"_s);
        query.addQueryItem(u"lang"_s, lang);
        return "/signin?" + query.toString(QUrl::FullyEncoded).toLatin1();
    }
    // Opens the page and submits the email; returns the form's page.
    HttpReply submitEmail(const QString &email, const QString &lang = u"ar"_s, const QString &redirect = kRedirect)
    {
        const HttpReply page = RawHttp::get(m_stack.daemon().port(), signInPath(lang, redirect));
        const auto match = QRegularExpression(u"name=\"request\" value=\"([^\"]+)\""_s).match(QString::fromUtf8(page.body));
        if (page.status != 200 || !match.hasMatch())
            return page;
        const QByteArray form = "request=" + QUrl::toPercentEncoding(match.captured(1)) + "&email=" + QUrl::toPercentEncoding(email);
        return RawHttp::request(m_stack.daemon().port(), "POST", "/signin/email", form,
                                {{"Content-Type", "application/x-www-form-urlencoded"}});
    }
    QByteArray linkPath(const QString &mailText)
    {
        const auto match = QRegularExpression(u"http://127\\.0\\.0\\.1:\\d+(/signin/link\\?token=[A-Za-z0-9_-]+)"_s).match(mailText);
        return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
    }
    HttpReply exchange(const QString &code, const QString &verifier = kVerifier, const QString &redirect = kRedirect)
    {
        const QJsonObject body{{u"grant_type"_s, u"authorization_code"_s},
                               {u"code"_s, code},
                               {u"code_verifier"_s, verifier},
                               {u"redirect_uri"_s, redirect},
                               {u"device_name"_s, u"Office PC"_s}};
        return RawHttp::request(m_stack.daemon().port(), "POST", "/api/v1/token", QJsonDocument(body).toJson(QJsonDocument::Compact),
                                {{"Content-Type", "application/json"}});
    }
    // The whole browser part: page, email, link; returns the loopback redirect.
    QUrl approveByEmail(const QString &redirect = kRedirect, int messageIndex = 0)
    {
        if (submitEmail(m_email, u"ar"_s, redirect).status != 200)
            return {};
        const QByteArray link = linkPath(m_smtp.waitForMessage(messageIndex));
        if (link.isEmpty())
            return {};
        const HttpReply back = RawHttp::get(m_stack.daemon().port(), link);
        if (back.status != 302)
            return {};
        return QUrl(QString::fromLatin1(back.headers.value("location")));
    }

    SmtpSink m_smtp;
    ConsoleStack m_stack;
    qint64 m_store = 0;
    QString m_email;
};

} // namespace

TEST_P(ConsoleSignInTest, ThePageIsArabicRightToLeftByDefaultAndEnglishOnRequest)
{
    const HttpReply arabic = RawHttp::get(m_stack.daemon().port(), signInPath(u"ar"_s));
    ASSERT_EQ(arabic.status, 200);
    EXPECT_TRUE(arabic.headers.value("content-type").startsWith("text/html"));
    EXPECT_TRUE(arabic.body.contains("dir=\"rtl\""));
    EXPECT_TRUE(arabic.body.contains("lang=\"ar\""));
    EXPECT_TRUE(QString::fromUtf8(arabic.body).contains(u"البريد الإلكتروني"_s));
    EXPECT_TRUE(arabic.headers.contains("content-security-policy"));
    const HttpReply english = RawHttp::get(m_stack.daemon().port(), signInPath(u"en"_s));
    EXPECT_TRUE(english.body.contains("dir=\"ltr\""));
    EXPECT_TRUE(english.body.contains("Store email"));
}

TEST_P(ConsoleSignInTest, RefusesRedirectsThatAreNotLoopbackAndChallengesThatAreNotS256)
{
    for (const QString &redirect : {u"http://localhost:5000/cb"_s, u"https://evil.example/cb"_s, u"http://127.0.0.1/cb"_s})
        EXPECT_EQ(RawHttp::get(m_stack.daemon().port(), signInPath(u"en"_s, redirect)).status, 400) << redirect.toStdString();
    EXPECT_EQ(RawHttp::get(m_stack.daemon().port(), signInPath(u"en"_s, kRedirect, u"short"_s)).status, 400);
}

TEST_P(ConsoleSignInTest, TheEmailedLinkLeadsBackToTheConsoleWhoseVerifierGetsAWorkingToken)
{
    const QUrl back = approveByEmail();
    ASSERT_TRUE(back.isValid());
    EXPECT_EQ(back.toString(QUrl::RemoveQuery), kRedirect);
    const QUrlQuery query(back);
    EXPECT_EQ(query.queryItemValue(u"state"_s), u"st-42"_s);
    const QString code = query.queryItemValue(u"code"_s);
    ASSERT_FALSE(code.isEmpty());

    // The email: to the store's address, from the configured sender, both languages.
    QByteArray raw;
    const QString text = m_smtp.waitForMessage(0, &raw);
    EXPECT_TRUE(raw.contains(QByteArray("To: <" + m_email.toUtf8() + ">")));
    EXPECT_TRUE(raw.contains("Subject: =?UTF-8?B?"));
    EXPECT_TRUE(text.contains(u"نمو فلو"_s) && text.contains(u"Nomo Flow"_s));

    const HttpReply token = exchange(code);
    ASSERT_EQ(token.status, 200) << token.body.toStdString();
    const QString accessToken = token.json()[u"access_token"_s].toString();
    EXPECT_GE(accessToken.size(), 43 + 5) << "at least 256 random bits";
    EXPECT_EQ(token.json()[u"merchant"_s][u"id"_s].toInteger(), m_store);
    const HttpReply devices = m_stack.api("GET", "/api/v1/devices", accessToken);
    ASSERT_EQ(devices.status, 200);
    EXPECT_TRUE(devices.body.contains("Office PC"));

    // Everything was good once.
    EXPECT_EQ(exchange(code).status, 400);
    EXPECT_EQ(RawHttp::get(m_stack.daemon().port(), linkPath(text)).status, 400);
}

// RFC 6749 §4.1.3: the exchange's redirect_uri is the very string the sign-in began
// with, not one that merely normalises to it.
TEST_P(ConsoleSignInTest, TheRedirectUriIsComparedAsTheExactStringItStartedWith)
{
    const QList<std::pair<QString, QString>> lookalikes{
        {u"http://127.0.0.1:53682/%7Ecb"_s, u"http://127.0.0.1:53682/~cb"_s},
        {u"http://[0:0:0:0:0:0:0:1]:53682/cb"_s, u"http://[::1]:53682/cb"_s},
    };
    int message = 0;
    for (const auto &[exact, lookalike] : lookalikes) {
        SCOPED_TRACE(exact.toStdString());
        const QString refusedCode = QUrlQuery(approveByEmail(exact, message++)).queryItemValue(u"code"_s);
        ASSERT_FALSE(refusedCode.isEmpty());
        EXPECT_EQ(exchange(refusedCode, kVerifier, lookalike).status, 400);
        const QString code = QUrlQuery(approveByEmail(exact, message++)).queryItemValue(u"code"_s);
        ASSERT_FALSE(code.isEmpty());
        const HttpReply token = exchange(code, kVerifier, exact);
        EXPECT_EQ(token.status, 200) << token.body.toStdString();
    }
    // A query of the console's own stays, with the code and state added to it.
    const QUrl back = approveByEmail(u"http://127.0.0.1:53682/cb?x=1"_s, message++);
    EXPECT_EQ(QUrlQuery(back).queryItemValue(u"x"_s), u"1"_s);
    EXPECT_EQ(exchange(QUrlQuery(back).queryItemValue(u"code"_s), kVerifier, u"http://127.0.0.1:53682/cb?x=1"_s).status, 200);
}

TEST_P(ConsoleSignInTest, AWrongVerifierGetsNothingAndSpendsTheCode)
{
    const QUrl back = approveByEmail();
    const QString code = QUrlQuery(back).queryItemValue(u"code"_s);
    ASSERT_FALSE(code.isEmpty());
    const HttpReply wrong = exchange(code, u"A"_s.repeated(43));
    EXPECT_EQ(wrong.status, 400);
    EXPECT_EQ(wrong.json()[u"error"_s][u"code"_s].toString(), u"invalid_grant"_s);
    EXPECT_EQ(exchange(code).status, 400) << "a guessed verifier gets one try";
}

TEST_P(ConsoleSignInTest, AnEmailOfNoStoreGetsTheSamePageAndNoMail)
{
    const HttpReply known = submitEmail(m_email, u"en"_s);
    ASSERT_FALSE(m_smtp.waitForMessage(0).isEmpty());
    const HttpReply unknown = submitEmail(u"nobody@example.com"_s, u"en"_s);
    EXPECT_EQ(unknown.status, 200);
    EXPECT_EQ(unknown.body, known.body);
    // The answer goes out before the lookup; the daemon says when it found no store.
    ASSERT_TRUE(m_stack.daemon().waitForLog("sign-in asked for an email of no installed store"));
    EXPECT_EQ(m_smtp.messages().size(), 1);
}

TEST_P(ConsoleSignInTest, ACustomModeStoreSignsInThroughSallasOwnConsent)
{
    const HttpReply page = RawHttp::get(m_stack.daemon().port(), signInPath(u"ar"_s));
    const auto match = QRegularExpression(u"href=\"(/signin/salla\\?request=[^\"]+)\""_s).match(QString::fromUtf8(page.body));
    ASSERT_TRUE(match.hasMatch()) << "the page offers Sign in with Salla";
    const HttpReply toSalla = RawHttp::get(m_stack.daemon().port(), match.captured(1).toLatin1());
    ASSERT_EQ(toSalla.status, 302);
    const QUrl authorize(QString::fromLatin1(toSalla.headers.value("location")));
    ASSERT_EQ(authorize.port(), m_stack.simulator().port());

    // At Salla: the consent page, approved for our store.
    const HttpReply consent = RawHttp::get(m_stack.simulator().port(), authorize.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    ASSERT_EQ(consent.status, 200);
    const QString request = QRegularExpression(u"name=\"request\" value=\"([0-9a-f]+)\""_s).match(QString::fromUtf8(consent.body)).captured(1);
    const QByteArray form = "request=" + request.toLatin1() + "&decision=approve&store_id=" + QByteArray::number(m_store);
    const HttpReply decided = RawHttp::request(m_stack.simulator().port(), "POST", "/oauth2/auth/decision", form,
                                               {{"Content-Type", "application/x-www-form-urlencoded"}});
    ASSERT_EQ(decided.status, 302);
    const QUrl callback(QString::fromLatin1(decided.headers.value("location")));

    // Back at the daemon: the store is proven, the browser goes home to the console.
    const HttpReply back = RawHttp::get(m_stack.daemon().port(), callback.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    ASSERT_EQ(back.status, 302) << back.body.toStdString();
    const QUrl loopback(QString::fromLatin1(back.headers.value("location")));
    EXPECT_EQ(loopback.toString(QUrl::RemoveQuery), kRedirect);
    EXPECT_EQ(QUrlQuery(loopback).queryItemValue(u"state"_s), u"st-42"_s);
    const HttpReply token = exchange(QUrlQuery(loopback).queryItemValue(u"code"_s));
    ASSERT_EQ(token.status, 200) << token.body.toStdString();
    EXPECT_EQ(token.json()[u"merchant"_s][u"id"_s].toInteger(), m_store);
    EXPECT_TRUE(m_smtp.messages().isEmpty()) << "no email in this path";
}

// A store that uninstalls takes its consoles with it: a code approved before is not
// exchanged, and a token refused then is not revived by a reinstall.
TEST_P(ConsoleSignInTest, ACodeApprovedBeforeAnUninstallIsNotExchanged)
{
    const QString code = QUrlQuery(approveByEmail()).queryItemValue(u"code"_s);
    ASSERT_FALSE(code.isEmpty());
    ASSERT_EQ(m_stack.simControl("uninstall", {{u"store_id"_s, m_store}}).status, 200);
    ASSERT_TRUE(m_stack.settle());
    const HttpReply refused = exchange(code);
    EXPECT_EQ(refused.status, 400) << refused.body.toStdString();
    EXPECT_EQ(refused.json()[u"error"_s][u"code"_s].toString(), u"invalid_grant"_s);
}

// The exchange checks the store itself: an uninstall that commits while a code is being
// exchanged (here, the status changed under an approved code) gets no device, and the
// code stays spent for when the store comes back.
TEST_P(ConsoleSignInTest, TheExchangeRefusesAStoreThatIsNoLongerInstalled)
{
    const QString code = QUrlQuery(approveByEmail()).queryItemValue(u"code"_s);
    ASSERT_FALSE(code.isEmpty());
    ASSERT_TRUE(m_stack.execute(u"UPDATE merchants SET status = 'uninstalled' WHERE id = %1"_s.arg(m_store)));
    const HttpReply refused = exchange(code);
    EXPECT_EQ(refused.status, 400) << refused.body.toStdString();
    EXPECT_EQ(refused.json()[u"error"_s][u"code"_s].toString(), u"invalid_grant"_s);
    EXPECT_TRUE(refused.body.contains("no longer installed")) << refused.body.toStdString();
    ASSERT_TRUE(m_stack.execute(u"UPDATE merchants SET status = 'active' WHERE id = %1"_s.arg(m_store)));
    EXPECT_EQ(exchange(code).status, 400);
}

TEST_P(ConsoleSignInTest, ATokenRefusedAfterAnUninstallStaysRefusedAfterAReinstall)
{
    const QString token = m_stack.issueToken(m_store).first;
    ASSERT_FALSE(token.isEmpty());
    ASSERT_EQ(m_stack.api("GET", "/api/v1/devices", token).status, 200);
    ASSERT_EQ(m_stack.simControl("uninstall", {{u"store_id"_s, m_store}}).status, 200);
    ASSERT_TRUE(m_stack.settle());
    EXPECT_EQ(m_stack.api("GET", "/api/v1/devices", token).status, 401);

    ASSERT_EQ(m_stack.simControl("install", {{u"store_id"_s, m_store}}).status, 200);
    ASSERT_TRUE(m_stack.settle());
    EXPECT_EQ(m_stack.api("GET", "/api/v1/devices", token).status, 401);
    // The store itself is back: a new sign-in gets a working token.
    const QString fresh = m_stack.issueToken(m_store).first;
    ASSERT_FALSE(fresh.isEmpty());
    EXPECT_EQ(m_stack.api("GET", "/api/v1/devices", fresh).status, 200);
}

INSTANTIATE_TEST_SUITE_P(Engines, ConsoleSignInTest, ::testing::Values(TestEngine::Sqlite, TestEngine::Postgres), engineName);
