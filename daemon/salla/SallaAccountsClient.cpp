#include "salla/SallaAccountsClient.h"

#include "core/Clock.h"
#include "json/JsonReader.h"
#include "salla/SallaPayloads.h"

#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr int kTimeoutMs = 30000;

QUrl endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(base.path().chopped(base.path().endsWith(u'/') ? 1 : 0) + path);
    return url;
}
} // namespace

SallaAccountsClient::SallaAccountsClient(QUrl accountsUrl, QString clientId, QString clientSecret, const Clock &clock,
                                         QObject *parent)
    : QObject(parent)
    , m_accountsUrl(std::move(accountsUrl))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_clock(clock)
{
}

QUrl SallaAccountsClient::authorizeUrl(const QString &redirectUri, const QString &state) const
{
    QUrl url = endpoint(m_accountsUrl, u"/oauth2/auth"_s);
    QUrlQuery query;
    query.addQueryItem(u"client_id"_s, m_clientId);
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
    // Without offline_access Salla issues no refresh token (REFERENCE.md §2.2).
    query.addQueryItem(u"scope"_s, u"offline_access"_s);
    query.addQueryItem(u"state"_s, state);
    url.setQuery(query);
    return url;
}

void SallaAccountsClient::call(QNetworkRequest request, const QByteArray *form, std::function<void(Result<QJsonObject>)> done)
{
    request.setTransferTimeout(kTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = form ? m_network.post(request, *form) : m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0)
            return done(fail(ErrorCode::Unavailable, u"salla.unreachable"_s, u"Salla accounts did not answer: "_s + reply->errorString()));
        auto object = parseJsonObject(body);
        if (status < 200 || status > 299) {
            const QString error = object ? object->value(u"error"_s).toString() : QString();
            const ErrorCode code = status == 401 || error == u"invalid_grant" || error == u"invalid_client"
                ? ErrorCode::Unauthorized
                : status >= 500 ? ErrorCode::Unavailable
                                : ErrorCode::InvalidArgument;
            return done(fail(code, u"salla.refused"_s, u"Salla accounts answered %1 %2"_s.arg(status).arg(error)));
        }
        done(std::move(object));
    });
}

void SallaAccountsClient::tokenRequest(const QList<std::pair<QString, QString>> &fields, std::function<void(Result<SallaTokens>)> done)
{
    QUrlQuery form;
    for (const auto &[name, value] : fields)
        form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    form.addQueryItem(u"client_id"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_clientId)));
    form.addQueryItem(u"client_secret"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_clientSecret)));
    QNetworkRequest request(endpoint(m_accountsUrl, u"/oauth2/token"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    const QByteArray body = form.toString(QUrl::FullyEncoded).toLatin1();
    call(request, &body, [this, done = std::move(done)](Result<QJsonObject> answer) {
        if (!answer)
            return done(fail(answer.error()));
        done(salla::readTokenResponse(*answer, m_clock.nowUtc()));
    });
}

void SallaAccountsClient::exchangeCode(const QString &code, const QString &redirectUri, std::function<void(Result<SallaTokens>)> done)
{
    tokenRequest({{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, code}, {u"redirect_uri"_s, redirectUri}}, std::move(done));
}

void SallaAccountsClient::refresh(const QString &refreshToken, std::function<void(Result<SallaTokens>)> done)
{
    tokenRequest({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refreshToken}}, std::move(done));
}

void SallaAccountsClient::userInfo(const QString &accessToken, std::function<void(Result<Merchant>)> done)
{
    QNetworkRequest request(endpoint(m_accountsUrl, u"/oauth2/user/info"_s));
    request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    call(request, nullptr, [done = std::move(done)](Result<QJsonObject> answer) {
        if (!answer)
            return done(fail(answer.error()));
        done(salla::readUserInfo(*answer));
    });
}

} // namespace nomo
