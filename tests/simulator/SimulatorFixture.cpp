#include "SimulatorFixture.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace nomo::test {

void SimulatorFixture::SetUp()
{
    ASSERT_TRUE(m_sim.start(arguments())) << m_sim.stderrText().toStdString();
}

HttpReply SimulatorFixture::get(const QByteArray &path, const QString &token)
{
    QList<std::pair<QByteArray, QByteArray>> headers{{"Accept", "application/json"}};
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
    return RawHttp::request(port(), "GET", path, {}, headers);
}

HttpReply SimulatorFixture::sendJson(const QByteArray &method, const QByteArray &path, const QJsonObject &body, const QString &token)
{
    QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
    return RawHttp::request(port(), method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpReply SimulatorFixture::postForm(const QByteArray &path, const QUrlQuery &form)
{
    return RawHttp::request(port(), "POST", path, form.toString(QUrl::FullyEncoded).toUtf8(),
                            {{"Content-Type", "application/x-www-form-urlencoded"}});
}

HttpReply SimulatorFixture::control(const QByteArray &path, const QJsonObject &body)
{
    return sendJson("POST", "/_sim/" + path, body);
}

QString SimulatorFixture::authorizeThroughConsent(const QString &state)
{
    QUrlQuery query;
    query.addQueryItem(u"client_id"_s, QString::fromLatin1(kClientId));
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(kRedirect));
    query.addQueryItem(u"scope"_s, u"offline_access"_s);
    query.addQueryItem(u"state"_s, state);
    const HttpReply page = get("/oauth2/auth?" + query.toString(QUrl::FullyEncoded).toUtf8());
    EXPECT_EQ(page.status, 200);
    const auto match = QRegularExpression(uR"re(name="request" value="([0-9a-f]+)")re"_s).match(QString::fromUtf8(page.body));
    EXPECT_TRUE(match.hasMatch()) << page.body.toStdString();
    QUrlQuery decision;
    decision.addQueryItem(u"request"_s, match.captured(1));
    decision.addQueryItem(u"decision"_s, u"approve"_s);
    const HttpReply redirect = postForm("/oauth2/auth/decision", decision);
    EXPECT_EQ(redirect.status, 302);
    const QUrl location(QString::fromUtf8(redirect.headers.value("location")));
    EXPECT_EQ(QUrlQuery(location).queryItemValue(u"state"_s), state);
    return QUrlQuery(location).queryItemValue(u"code"_s, QUrl::FullyDecoded);
}

HttpReply SimulatorFixture::exchangeCode(const QString &code, const QString &redirect)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
    form.addQueryItem(u"code"_s, code);
    form.addQueryItem(u"client_id"_s, QString::fromLatin1(kClientId));
    form.addQueryItem(u"client_secret"_s, QString::fromLatin1(kClientSecret));
    form.addQueryItem(u"redirect_uri"_s, redirect);
    return postForm("/oauth2/token", form);
}

HttpReply SimulatorFixture::refresh(const QString &refreshToken)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"refresh_token"_s, refreshToken);
    form.addQueryItem(u"client_id"_s, QString::fromLatin1(kClientId));
    form.addQueryItem(u"client_secret"_s, QString::fromLatin1(kClientSecret));
    return postForm("/oauth2/token", form);
}

QJsonObject SimulatorFixture::signIn()
{
    const HttpReply reply = exchangeCode(authorizeThroughConsent());
    EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
    return reply.json();
}

} // namespace nomo::test
