// RFC 8252 sign-in: PKCE, the loopback receiver, and the whole flow with a browser
// opener that follows the URL itself and a loopback daemon that issues the token.
#include "api/ApiClient.h"
#include "auth/LoopbackReceiver.h"
#include "auth/Pkce.h"
#include "auth/SignInFlow.h"
#include "support/FakeDaemon.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

TEST(Pkce, VerifierIsBase64UrlOfTheRightLengthAndChallengeIsItsSha256)
{
    const Pkce pkce = Pkce::generate();
    EXPECT_GE(pkce.verifier.size(), 43);
    EXPECT_LE(pkce.verifier.size(), 128);
    EXPECT_TRUE(QRegularExpression(u"^[A-Za-z0-9_-]+$"_s).match(pkce.verifier).hasMatch());
    EXPECT_FALSE(pkce.challenge.contains(u'='));
    // RFC 7636 appendix B.
    EXPECT_EQ(Pkce::challengeFor(u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s), u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
    EXPECT_NE(Pkce::generate().verifier, pkce.verifier);
}

TEST(LoopbackReceiver, IgnoresJunkAndOtherPathsThenTakesTheCallback)
{
    LoopbackReceiver receiver;
    ASSERT_TRUE(receiver.listen());
    EXPECT_EQ(receiver.redirectUri().host(), u"127.0.0.1"_s);
    QSignalSpy received(&receiver, &LoopbackReceiver::callbackReceived);
    auto ask = [&](const QByteArray &request) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(receiver.redirectUri().port()));
        EXPECT_TRUE(socket.waitForConnected(2000));
        socket.write(request);
        // The receiver lives on this thread: wait by running the event loop, not by blocking.
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        closed.wait(3000);
        return socket.readAll();
    };
    EXPECT_TRUE(ask("\x16\x03\x01 junk\r\n\r\n").startsWith("HTTP/1.1 400"));
    EXPECT_TRUE(ask("GET /other HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 404"));
    EXPECT_TRUE(ask("GET /callback?code=abc HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 400"));
    EXPECT_EQ(received.size(), 0);
    const QByteArray page = ask("GET /callback?code=abc&state=xyz HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_TRUE(page.startsWith("HTTP/1.1 200"));
    EXPECT_TRUE(page.contains("<html"));
    ASSERT_EQ(received.size(), 1);
    EXPECT_EQ(received[0].at(0).toString(), u"abc"_s);
    EXPECT_EQ(received[0].at(1).toString(), u"xyz"_s);
}

namespace {
// The browser: opens the sign-in URL's redirect_uri with a code and the given state,
// as the daemon's page does once the merchant is proven.
struct FollowingBrowser
{
    QNetworkAccessManager network;
    QUrl opened;
    QString stateOverride;
    bool operator()(const QUrl &url)
    {
        opened = url;
        const QUrlQuery query(url);
        QUrl back(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QUrlQuery answer;
        answer.addQueryItem(u"code"_s, u"the-code"_s);
        answer.addQueryItem(u"state"_s, stateOverride.isEmpty() ? query.queryItemValue(u"state"_s) : stateOverride);
        back.setQuery(answer);
        QNetworkReply *reply = network.get(QNetworkRequest(back));
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        return true;
    }
};
} // namespace

TEST(SignInFlow, TradesTheCodeAndVerifierForAToken)
{
    FakeDaemon daemon;
    QString challenge;
    daemon.on("POST /api/v1/token", [](const FakeRequest &request) {
        const QJsonObject body = request.json();
        if (body.value(u"grant_type"_s) != u"authorization_code"_s || body.value(u"code"_s) != u"the-code"_s)
            return FakeReply{400, {}};
        return FakeReply{200, {{u"access_token"_s, u"console-token-1"_s}, {u"token_type"_s, u"Bearer"_s}, {u"device_id"_s, 7},
                               {u"merchant"_s, QJsonObject{{u"id"_s, 1487302251}, {u"name"_s, u"متجر التجربة"_s}}}}};
    });
    ApiClient api(daemon.baseUrl());
    SignInFlow flow(api);
    FollowingBrowser browser;
    flow.setBrowserOpener([&browser](const QUrl &url) { return browser(url); });
    flow.setLanguage(u"en"_s);
    QSignalSpy signedIn(&flow, &SignInFlow::signedIn);
    ASSERT_TRUE(flow.start());
    ASSERT_TRUE(signedIn.wait(5000));
    EXPECT_EQ(signedIn[0].at(0).toString(), u"console-token-1"_s);
    EXPECT_EQ(signedIn[0].at(1).toString(), u"متجر التجربة"_s);

    const QUrlQuery query(browser.opened);
    EXPECT_EQ(browser.opened.path(), u"/signin"_s);
    EXPECT_EQ(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    EXPECT_EQ(query.queryItemValue(u"lang"_s), u"en"_s);
    EXPECT_TRUE(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded).startsWith(u"http://127.0.0.1:"_s));
    const QJsonObject exchange = daemon.requestsTo("POST /api/v1/token").first().json();
    EXPECT_EQ(Pkce::challengeFor(exchange.value(u"code_verifier"_s).toString()), query.queryItemValue(u"code_challenge"_s));
    EXPECT_EQ(exchange.value(u"redirect_uri"_s).toString(), query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    EXPECT_FALSE(exchange.value(u"device_name"_s).toString().isEmpty());
}

TEST(SignInFlow, ASignInStartedAgainAfterOneLeftUnfinishedListensAgainAndCompletes)
{
    FakeDaemon daemon;
    daemon.on("POST /api/v1/token", [](const FakeRequest &) {
        return FakeReply{200, {{u"access_token"_s, u"console-token-2"_s}, {u"token_type"_s, u"Bearer"_s}, {u"device_id"_s, 8},
                               {u"merchant"_s, QJsonObject{{u"id"_s, 1487302251}, {u"name"_s, u"متجر التجربة"_s}}}}};
    });
    ApiClient api(daemon.baseUrl());
    SignInFlow flow(api);
    // The first time the merchant closes the browser without signing in.
    flow.setBrowserOpener([](const QUrl &) { return true; });
    ASSERT_TRUE(flow.start());
    FollowingBrowser browser;
    flow.setBrowserOpener([&browser](const QUrl &url) { return browser(url); });
    QSignalSpy signedIn(&flow, &SignInFlow::signedIn);
    QSignalSpy failed(&flow, &SignInFlow::failed);
    ASSERT_TRUE(flow.start()) << "the second attempt gets a listener of its own";
    ASSERT_TRUE(signedIn.wait(5000)) << failed.size();
    EXPECT_EQ(signedIn[0].at(0).toString(), u"console-token-2"_s);
}

TEST(SignInFlow, RefusesACallbackWithAnotherState)
{
    FakeDaemon daemon;
    ApiClient api(daemon.baseUrl());
    SignInFlow flow(api);
    FollowingBrowser browser;
    browser.stateOverride = u"forged"_s;
    flow.setBrowserOpener([&browser](const QUrl &url) { return browser(url); });
    QSignalSpy failed(&flow, &SignInFlow::failed);
    ASSERT_TRUE(flow.start());
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed[0].at(0).value<SignInFlow::Failure>(), SignInFlow::Failure::StateMismatch);
    EXPECT_TRUE(daemon.requestsTo("POST /api/v1/token").isEmpty());
}

TEST(SignInFlow, ATokenAnswerThatDoesNotReadIsAFailedExchangeNotASignIn)
{
    FakeDaemon daemon;
    daemon.on("POST /api/v1/token", [](const FakeRequest &) {
        // A 200 whose token is missing: nothing to keep, and the merchant is told it failed.
        return FakeReply{200, {{u"token_type"_s, u"Bearer"_s}, {u"device_id"_s, 7},
                               {u"merchant"_s, QJsonObject{{u"id"_s, 1487302251}, {u"name"_s, u"متجر التجربة"_s}}}}};
    });
    ApiClient api(daemon.baseUrl());
    SignInFlow flow(api);
    FollowingBrowser browser;
    flow.setBrowserOpener([&browser](const QUrl &url) { return browser(url); });
    QSignalSpy signedIn(&flow, &SignInFlow::signedIn);
    QSignalSpy failed(&flow, &SignInFlow::failed);
    ASSERT_TRUE(flow.start());
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed[0].at(0).value<SignInFlow::Failure>(), SignInFlow::Failure::Exchange);
    EXPECT_TRUE(failed[0].at(1).toString().contains(u"sign_in_token.access_token"_s)) << failed[0].at(1).toString().toStdString();
    EXPECT_TRUE(signedIn.isEmpty());
}
