#include "salla/SallaAccountsClient.h"

#include "core/Clock.h"
#include "json/JsonReader.h"
#include "salla/SallaPayloads.h"

#include "outbound/OutboundCaller.h"
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr int kTimeoutMs = 30000;

QUrl endpoint(const QUrl &base, const QString &path)
{
    return OutboundCaller::join(base, path);
}
} // namespace

SallaAccountsClient::SallaAccountsClient(QUrl accountsUrl, QString clientId, QString clientSecret, const Clock &clock,
                                         QObject *parent)
    : QObject(parent)
    , m_accountsUrl(std::move(accountsUrl))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_clock(clock)
    , m_caller(new OutboundCaller(u"salla-accounts"_s, this))
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

void SallaAccountsClient::call(OutboundRequest request, std::function<void(Result<QJsonObject>)> done)
{
    request.timeoutMs = kTimeoutMs;
    // A code can be exchanged once: a token request is retried only where it cannot
    // have reached Salla (the caller's rules for a POST); user-info is a GET.
    request.retry = RetryPolicy::attempts(3);
    m_caller->send(std::move(request), [done = std::move(done)](OutboundReply reply) {
        if (reply.status == 0)
            return done(fail(ErrorCode::Unavailable, u"salla.unreachable"_s, u"Salla accounts did not answer: "_s + reply.networkError));
        auto object = parseJsonObject(reply.body);
        if (!reply.ok()) {
            const QString error = object ? object->value(u"error"_s).toString() : QString();
            const ErrorCode code = reply.status == 401 || error == u"invalid_grant" || error == u"invalid_client"
                ? ErrorCode::Unauthorized
                : reply.status >= 500 || reply.status == 429 ? ErrorCode::Unavailable
                                                             : ErrorCode::InvalidArgument;
            return done(fail(code, u"salla.refused"_s, u"Salla accounts answered %1 %2"_s.arg(reply.status).arg(error)));
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
    OutboundRequest request;
    request.method = "POST";
    request.url = endpoint(m_accountsUrl, u"/oauth2/token"_s);
    request.contentType = "application/x-www-form-urlencoded";
    request.body = form.toString(QUrl::FullyEncoded).toLatin1();
    request.purpose = u"token"_s;
    call(request, [this, done = std::move(done)](Result<QJsonObject> answer) {
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
    OutboundRequest request;
    request.url = endpoint(m_accountsUrl, u"/oauth2/user/info"_s);
    request.headers = {{"Authorization", "Bearer " + accessToken.toLatin1()}};
    request.purpose = u"user-info"_s;
    call(request, [done = std::move(done)](Result<QJsonObject> answer) {
        if (!answer)
            return done(fail(answer.error()));
        done(salla::readUserInfo(*answer));
    });
}

} // namespace nomo
