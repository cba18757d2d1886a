#include "messages/SmsLength.h"
#include "messages/sms/SmsProviders.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;
using Kind = SendOutcome::Kind;

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(NOMO_SOURCE_DIR "/tests/data/sms/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

// The Arabic body every provider fixture carries (140 characters, UCS-2).
QString fixtureBody()
{
    return QJsonDocument::fromJson(fixture(u"msegat_send_request.json"_s)).object().value(u"msg"_s).toString();
}

sms::Account account(const QString &provider)
{
    return {provider, u"NomoStr-AD"_s, provider == u"unifonic" ? u"nomoTestAppSid0000000000000000"_s : u"0123456789abcdef0123456789abcdef"_s,
            u"nomodemo"_s, QUrl(u"https://gateway.example/base/"_s)};
}

OutboundReply reply(int status, const QByteArray &body)
{
    OutboundReply r;
    r.status = status;
    r.body = body;
    return r;
}
} // namespace

TEST(SmsProviders, TheFixturesBodyIsThreeUcs2Parts)
{
    const SmsLength length = SmsLength::of(fixtureBody());
    EXPECT_EQ(length.encoding, SmsLength::Encoding::Ucs2);
    EXPECT_EQ(length.units, 140);
    EXPECT_EQ(length.parts, 3);
}

TEST(SmsProviders, UnifonicGetsItsDocumentedFormByteForByte)
{
    const OutboundRequest sent = sms::request(account(u"unifonic"_s), u"966500000123"_s, fixtureBody(), u"nomo-outbox-7f3c2a9e-0002"_s, true);
    const QByteArray expected = fixture(u"unifonic_send_request.txt"_s);
    EXPECT_EQ(sent.method, "POST");
    EXPECT_EQ(sent.url.toString(), u"https://gateway.example/base/rest/SMS/messages"_s);
    EXPECT_EQ(sent.contentType, "application/x-www-form-urlencoded");
    EXPECT_EQ(sent.body, expected.mid(expected.indexOf("\r\n\r\n") + 4).trimmed());
    EXPECT_TRUE(QUrlQuery(QString::fromLatin1(sms::request(account(u"unifonic"_s), u"966500000123"_s, u"x"_s, u"c"_s, false).body))
                    .queryItemValue(u"MessageType"_s) == u"3") << "service messages are type 3";
}

TEST(SmsProviders, MsegatAndTaqnyatGetTheirDocumentedJson)
{
    const OutboundRequest msegat = sms::request(account(u"msegat"_s), u"966500000123,966500000124"_s, fixtureBody(), {}, true);
    EXPECT_EQ(msegat.url.path(), u"/base/gw/sendsms.php"_s);
    EXPECT_EQ(QJsonDocument::fromJson(msegat.body).object(), QJsonDocument::fromJson(fixture(u"msegat_send_request.json"_s)).object());

    const OutboundRequest taqnyat = sms::request(account(u"taqnyat"_s), u"966500000123"_s, fixtureBody(), {}, true);
    EXPECT_EQ(taqnyat.url.path(), u"/base/v1/messages"_s);
    QJsonObject expected = QJsonDocument::fromJson(fixture(u"taqnyat_send_request.json"_s)).object();
    expected[u"recipients"_s] = QJsonArray{u"966500000123"_s}; // one shopper a message
    EXPECT_EQ(QJsonDocument::fromJson(taqnyat.body).object(), expected);
    EXPECT_TRUE(std::count(taqnyat.headers.cbegin(), taqnyat.headers.cend(),
                           std::pair<QByteArray, QByteArray>{"Authorization", "Bearer 0123456789abcdef0123456789abcdef"}));
    EXPECT_EQ(taqnyat.retry.maxAttempts, 1) << "no blind repeats: the outbox decides";
}

TEST(SmsProviders, EachSuccessIsSentWithTheGatewaysId)
{
    const SendOutcome unifonic = sms::outcome(u"unifonic"_s, reply(200, fixture(u"unifonic_success_response.json"_s)));
    EXPECT_EQ(unifonic.kind, Kind::Sent);
    EXPECT_EQ(unifonic.providerMessageId, u"3200017889310"_s);
    EXPECT_EQ(sms::outcome(u"unifonic"_s, reply(200, R"({"success":"true","errorCode":"ER-00","data":{"MessageID":"7"}})")).kind, Kind::Sent);
    EXPECT_EQ(sms::outcome(u"msegat"_s, reply(200, fixture(u"msegat_response.json"_s))).kind, Kind::Sent);
    EXPECT_EQ(sms::outcome(u"msegat"_s, reply(200, R"({"code":1,"message":"Success"})")).kind, Kind::Sent);
    EXPECT_EQ(sms::outcome(u"msegat"_s, reply(200, R"({"code":"M0000","message":"Success"})")).kind, Kind::Sent);
    const SendOutcome taqnyat = sms::outcome(u"taqnyat"_s, reply(201, fixture(u"taqnyat_success_response.json"_s)));
    EXPECT_EQ(taqnyat.kind, Kind::Sent);
    EXPECT_EQ(taqnyat.providerMessageId, u"5452899970"_s);
}

TEST(SmsProviders, ErrorCodesAreSortedIntoRetryRefusedAndOursToFix)
{
    struct Case
    {
        const char *provider;
        int status;
        QByteArray body;
        Kind kind;
    };
    const QList<Case> cases{
        {"unifonic", 401, R"({"success":false,"errorCode":"ER-401","message":"Unauthorized"})", Kind::Configuration},
        {"unifonic", 480, R"({"success":false,"message":"Sender not allowed"})", Kind::Configuration},
        {"unifonic", 410, R"({"success":false,"message":"Invalid recipient"})", Kind::Rejected},
        {"unifonic", 482, R"({"success":false,"message":"Invalid destination"})", Kind::Rejected},
        {"unifonic", 200, R"({"success":false,"errorCode":"ER-01","message":"No balance"})", Kind::Configuration},
        {"unifonic", 200, R"({"success":false,"errorCode":"ER-03","message":"Invalid number"})", Kind::Rejected},
        {"unifonic", 429, R"({})", Kind::Temporary},
        {"unifonic", 503, R"({})", Kind::Temporary},
        {"msegat", 200, R"({"code":"M0002","message":"Invalid login info"})", Kind::Configuration},
        {"msegat", 200, R"({"code":"1060","message":"Balance is not enough"})", Kind::Configuration},
        {"msegat", 200, R"({"code":"M0030","message":"Sender Name should ended with AD"})", Kind::Configuration},
        {"msegat", 200, R"({"code":"1120","message":"Mobile numbers is not correct"})", Kind::Rejected},
        {"msegat", 200, R"({"code":"1140","message":"Message is too long"})", Kind::Rejected},
        {"msegat", 502, R"(<html>bad gateway</html>)", Kind::Temporary},
        {"taqnyat", 401, R"({"statusCode":401,"message":"Unauthorized"})", Kind::Configuration},
        {"taqnyat", 400, R"({"statusCode":400,"message":"Invalid recipients"})", Kind::Rejected},
        {"taqnyat", 500, R"({})", Kind::Temporary},
    };
    for (const Case &c : cases)
        EXPECT_EQ(sms::outcome(QString::fromLatin1(c.provider), reply(c.status, c.body)).kind, c.kind)
            << c.provider << " " << c.status << " " << c.body.constData();
    OutboundReply slow = reply(429, "{}");
    slow.headers.insert("retry-after", "30");
    EXPECT_EQ(sms::outcome(u"taqnyat"_s, slow).retryAfterMs, 30000);
}

TEST(SmsProviders, NoAnswerIsTemporaryOnlyWhenTheRequestNeverLeft)
{
    OutboundReply refused = reply(0, {});
    refused.networkError = u"Connection refused"_s;
    refused.neverSent = true;
    EXPECT_EQ(sms::outcome(u"unifonic"_s, refused).kind, Kind::Temporary);
    OutboundReply timedOut = reply(0, {});
    timedOut.networkError = u"Operation canceled"_s;
    EXPECT_EQ(sms::outcome(u"unifonic"_s, timedOut).kind, Kind::Unknown) << "it may have been sent: no blind repeat";
}
