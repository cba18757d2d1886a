// The OAuth 2.0 flows our daemon will run against the simulator, over real HTTP:
// consent, code exchange, refresh rotation, refresh reuse, expiry and revocation.
#include "SimulatorFixture.h"

#include <QUrl>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {
class SallaOAuthFlowTest : public SimulatorFixture
{
protected:
    int apiStatus(const QString &token) { return get("/admin/v2/store/info", token).status; }
    void advanceDays(int days) { ASSERT_EQ(control("clock/advance", {{u"seconds"_s, days * 86400.0}}).status, 200); }
};
} // namespace

TEST_F(SallaOAuthFlowTest, CodeFlowThroughConsentIssuesWorkingTokens)
{
    const QJsonObject tokens = signIn();
    EXPECT_TRUE(tokens[u"access_token"_s].toString().startsWith(u"ory_at_"_s));
    EXPECT_TRUE(tokens[u"refresh_token"_s].toString().startsWith(u"ory_rt_"_s));
    EXPECT_TRUE(tokens[u"scope"_s].toString().contains(u"marketing.read_write"_s));
    EXPECT_EQ(apiStatus(tokens[u"access_token"_s].toString()), 200);
}

TEST_F(SallaOAuthFlowTest, DenyingConsentRedirectsWithAccessDenied)
{
    QUrlQuery query;
    query.addQueryItem(u"client_id"_s, QString::fromLatin1(kClientId));
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(kRedirect));
    query.addQueryItem(u"state"_s, u"abc"_s);
    const HttpReply page = get("/oauth2/auth?" + query.toString(QUrl::FullyEncoded).toUtf8());
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("dir=\"rtl\""));
    const QString id = QString::fromUtf8(page.body).section(u"name=\"request\" value=\""_s, 1).section(u'"', 0, 0);
    QUrlQuery decision;
    decision.addQueryItem(u"request"_s, id);
    decision.addQueryItem(u"decision"_s, u"deny"_s);
    const HttpReply redirect = postForm("/oauth2/auth/decision", decision);
    ASSERT_EQ(redirect.status, 302);
    const QUrlQuery back(QUrl(QString::fromUtf8(redirect.headers.value("location"))));
    EXPECT_EQ(back.queryItemValue(u"error"_s), u"access_denied"_s);
    EXPECT_EQ(back.queryItemValue(u"state"_s), u"abc"_s);
    EXPECT_FALSE(back.hasQueryItem(u"code"_s));
}

TEST_F(SallaOAuthFlowTest, RefusesAnUnknownClient)
{
    const HttpReply page = get("/oauth2/auth?client_id=intruder&response_type=code&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb");
    EXPECT_EQ(page.status, 400);
    EXPECT_EQ(page.json()[u"error"_s].toString(), u"invalid_client"_s);
}

TEST_F(SallaOAuthFlowTest, ACodeWorksOnceAndOnlyWithItsRedirectUri)
{
    const QString code = authorizeThroughConsent();
    const HttpReply wrongRedirect = exchangeCode(code, u"http://127.0.0.1:9/elsewhere"_s);
    EXPECT_EQ(wrongRedirect.status, 400);
    EXPECT_EQ(wrongRedirect.json()[u"error"_s].toString(), u"invalid_grant"_s);
    // The failed attempt consumed it, as a replay would.
    const HttpReply replay = exchangeCode(code);
    EXPECT_EQ(replay.status, 400);
    EXPECT_EQ(replay.json()[u"error"_s].toString(), u"invalid_grant"_s);
}

TEST_F(SallaOAuthFlowTest, AnExpiredCodeIsRefused)
{
    const QString code = authorizeThroughConsent();
    ASSERT_EQ(control("clock/advance", {{u"seconds"_s, 11 * 60}}).status, 200);
    EXPECT_EQ(exchangeCode(code).json()[u"error"_s].toString(), u"invalid_grant"_s);
}

TEST_F(SallaOAuthFlowTest, WrongClientSecretIsInvalidClient)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
    form.addQueryItem(u"code"_s, authorizeThroughConsent());
    form.addQueryItem(u"client_id"_s, QString::fromLatin1(kClientId));
    form.addQueryItem(u"client_secret"_s, u"guess"_s);
    form.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(kRedirect));
    const HttpReply reply = postForm("/oauth2/token", form);
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.json()[u"error"_s].toString(), u"invalid_client"_s);
}

TEST_F(SallaOAuthFlowTest, RefreshRotatesBothTokens)
{
    const QJsonObject first = signIn();
    const HttpReply second = refresh(first[u"refresh_token"_s].toString());
    ASSERT_EQ(second.status, 200) << second.body.toStdString();
    EXPECT_NE(second.json()[u"access_token"_s], first[u"access_token"_s]);
    EXPECT_NE(second.json()[u"refresh_token"_s], first[u"refresh_token"_s]);
    EXPECT_EQ(apiStatus(second.json()[u"access_token"_s].toString()), 200);
    // The new refresh token works in turn.
    EXPECT_EQ(refresh(second.json()[u"refresh_token"_s].toString()).status, 200);
}

TEST_F(SallaOAuthFlowTest, ReusingARefreshTokenRevokesTheWholeChain)
{
    const QJsonObject first = signIn();
    const HttpReply second = refresh(first[u"refresh_token"_s].toString());
    ASSERT_EQ(second.status, 200);
    const HttpReply reuse = refresh(first[u"refresh_token"_s].toString());
    EXPECT_EQ(reuse.status, 400);
    EXPECT_EQ(reuse.json()[u"error"_s].toString(), u"invalid_grant"_s);
    // Salla then revokes every token issued from it: the merchant must reinstall.
    EXPECT_EQ(apiStatus(second.json()[u"access_token"_s].toString()), 401);
    EXPECT_EQ(refresh(second.json()[u"refresh_token"_s].toString()).json()[u"error"_s].toString(), u"invalid_grant"_s);
}

TEST_F(SallaOAuthFlowTest, AccessTokensExpireAfterFourteenDays)
{
    const QJsonObject tokens = signIn();
    advanceDays(13);
    EXPECT_EQ(apiStatus(tokens[u"access_token"_s].toString()), 200);
    advanceDays(1);
    const HttpReply expired = get("/admin/v2/store/info", tokens[u"access_token"_s].toString());
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(expired.json()[u"error"_s][u"message"_s].toString(), u"The access token is invalid"_s);
    // The refresh token still works within its month.
    EXPECT_EQ(refresh(tokens[u"refresh_token"_s].toString()).status, 200);
}

TEST_F(SallaOAuthFlowTest, RefreshTokensExpireAfterAMonth)
{
    const QJsonObject tokens = signIn();
    advanceDays(31);
    const HttpReply reply = refresh(tokens[u"refresh_token"_s].toString());
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.json()[u"error"_s].toString(), u"invalid_grant"_s);
}

TEST_F(SallaOAuthFlowTest, ExpiringOnDemandForcesA401)
{
    const QJsonObject tokens = signIn();
    ASSERT_EQ(control("tokens/expire").status, 200);
    EXPECT_EQ(apiStatus(tokens[u"access_token"_s].toString()), 401);
    EXPECT_EQ(refresh(tokens[u"refresh_token"_s].toString()).status, 200);
}

TEST_F(SallaOAuthFlowTest, UninstallRevokesTokens)
{
    const QJsonObject tokens = signIn();
    ASSERT_EQ(control("uninstall").status, 200);
    EXPECT_EQ(apiStatus(tokens[u"access_token"_s].toString()), 401);
    EXPECT_EQ(refresh(tokens[u"refresh_token"_s].toString()).json()[u"error"_s].toString(), u"invalid_grant"_s);
}

TEST_F(SallaOAuthFlowTest, UserInfoNeedsAValidToken)
{
    EXPECT_EQ(get("/oauth2/user/info").status, 401);
    EXPECT_EQ(get("/oauth2/user/info", signIn()[u"access_token"_s].toString()).status, 200);
}
