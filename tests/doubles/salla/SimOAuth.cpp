#include "SimOAuth.h"

#include "SimData.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace nomo::sim {

const QString SimOAuth::kScope =
    u"settings.read customers.read orders.read carts.read marketing.read_write webhooks.read_write offline_access"_s;

namespace {

// Salla's tokens look like ory_at_<43 chars>.<43 chars> (base64url of 32 bytes).
QString oryToken(const char *prefix)
{
    auto part = [] {
        QByteArray bytes(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
        return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return QString::fromLatin1(prefix) + part() + u'.' + part();
}

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

SimOAuth::SimOAuth(SimData &data, const SimClock &clock, QString clientId, QString clientSecret)
    : m_data(data)
    , m_clock(clock)
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
{
}

SimResponse SimOAuth::handle(const SimRequest &request)
{
    const QString route = request.segments.mid(1).join(u'/'); // after "oauth2"
    if (route == u"auth" && request.method == "GET")
        return authorizePage(request);
    if (route == u"auth/decision" && request.method == "POST")
        return decide(request);
    if (route == u"token" && request.method == "POST")
        return token(request);
    if (route == u"user/info" && request.method == "GET")
        return userInfo(request);
    return sallaError(404, u"error"_s, u"الصفحة غير موجودة"_s);
}

SimResponse SimOAuth::authorizePage(const SimRequest &request)
{
    const QString clientId = request.queryValue(u"client_id"_s);
    const QString redirectUri = request.queryValue(u"redirect_uri"_s);
    const QString state = request.queryValue(u"state"_s);
    QString scope = request.queryValue(u"scope"_s);
    if (clientId != m_clientId)
        return oauthError(400, u"invalid_client"_s, u"Client authentication failed (unknown client_id)."_s);
    if (request.queryValue(u"response_type"_s) != u"code")
        return oauthError(400, u"unsupported_response_type"_s, u"response_type must be code."_s);
    const QUrl redirect(redirectUri);
    if (!redirect.isValid() || redirect.scheme().isEmpty() || redirect.host().isEmpty())
        return oauthError(400, u"invalid_request"_s, u"redirect_uri is missing or invalid."_s);
    // Resource scopes come from the app's Portal configuration; offline_access only
    // when asked for (without it no refresh token is issued).
    const bool offline = scope.split(u' ').contains(u"offline_access"_s);
    scope = kScope;
    if (!offline)
        scope.remove(u" offline_access"_s);
    const qint64 storeId = request.queryValue(u"store_id"_s).toLongLong();
    const qint64 chosen = m_data.store(storeId) ? storeId : m_data.storeIds().constFirst();
    if (m_autoApprove)
        return SimResponse::redirect(redirectWithCode(redirectUri, state, chosen, scope));

    const QString id = QString::fromLatin1(QByteArray::number(QRandomGenerator::global()->generate64(), 16));
    m_pending.insert(id, PendingAuthorization{redirectUri, state, scope, chosen});
    QString options;
    for (const qint64 store : m_data.storeIds()) {
        options += u"<option value=\"%1\"%2>%3</option>"_s.arg(store)
                       .arg(store == chosen ? u" selected"_s : QString())
                       .arg(escapeHtml(m_data.store(store)->name));
    }
    const QString page =
        uR"(<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>سلة — السماح بالوصول</title></head>
<body><main><h1>تطبيق Nomo Flow يطلب الوصول إلى متجرك</h1>
<p>الصلاحيات المطلوبة: <code>%1</code></p>
<form method="post" action="/oauth2/auth/decision">
<input type="hidden" name="request" value="%2">
<label>المتجر <select name="store_id">%3</select></label>
<button type="submit" name="decision" value="approve" id="approve">السماح</button>
<button type="submit" name="decision" value="deny" id="deny">رفض</button>
</form></main></body></html>)"_s.arg(escapeHtml(scope), id, options);
    return SimResponse::html(200, page);
}

SimResponse SimOAuth::decide(const SimRequest &request)
{
    const QUrlQuery form = request.form();
    const QString id = form.queryItemValue(u"request"_s, QUrl::FullyDecoded);
    if (!m_pending.contains(id))
        return oauthError(400, u"invalid_request"_s, u"The authorization request is unknown or was already answered."_s);
    const PendingAuthorization pending = m_pending.take(id);
    if (form.queryItemValue(u"decision"_s) != u"approve") {
        QUrl redirect(pending.redirectUri);
        QUrlQuery query(redirect);
        query.addQueryItem(u"error"_s, u"access_denied"_s);
        query.addQueryItem(u"error_description"_s, u"The resource owner denied the request."_s);
        query.addQueryItem(u"state"_s, pending.state);
        redirect.setQuery(query);
        return SimResponse::redirect(redirect.toString(QUrl::FullyEncoded));
    }
    const qint64 store = form.queryItemValue(u"store_id"_s).toLongLong();
    return SimResponse::redirect(
        redirectWithCode(pending.redirectUri, pending.state, m_data.store(store) ? store : pending.storeId, pending.scope));
}

QString SimOAuth::redirectWithCode(const QString &redirectUri, const QString &state, qint64 storeId, const QString &scope)
{
    const QString code = oryToken("ory_ac_");
    m_codes.insert(code, Code{redirectUri, scope, storeId, m_clock.nowSecs() + kCodeLifetime});
    QUrl redirect(redirectUri);
    QUrlQuery query(redirect);
    query.addQueryItem(u"code"_s, code);
    query.addQueryItem(u"scope"_s, scope);
    query.addQueryItem(u"state"_s, state);
    redirect.setQuery(query);
    return redirect.toString(QUrl::FullyEncoded);
}

SimOAuth::Token SimOAuth::issue(qint64 storeId, const QString &scope)
{
    Token token;
    token.access = oryToken("ory_at_");
    if (scope.split(u' ').contains(u"offline_access"_s))
        token.refresh = oryToken("ory_rt_");
    token.storeId = storeId;
    token.scope = scope;
    token.accessExpiresAt = m_clock.nowSecs() + kAccessLifetime;
    token.refreshExpiresAt = m_clock.nowSecs() + kRefreshLifetime;
    token.family = m_nextFamily++;
    m_byAccess.insert(token.access, token);
    if (!token.refresh.isEmpty())
        m_accessByRefresh.insert(token.refresh, token.access);
    return token;
}

SimResponse SimOAuth::token(const SimRequest &request)
{
    const QUrlQuery form = request.form();
    auto field = [&form](const QString &name) { return form.queryItemValue(name, QUrl::FullyDecoded); };
    if (field(u"client_id"_s) != m_clientId || field(u"client_secret"_s) != m_clientSecret)
        return oauthError(401, u"invalid_client"_s, u"Client authentication failed (unknown client or wrong secret)."_s);
    const QString grant = field(u"grant_type"_s);

    auto tokenResponse = [this](const Token &token) {
        QJsonObject body{{u"access_token"_s, token.access},
                         {u"expires_in"_s, token.accessExpiresAt - m_clock.nowSecs()},
                         {u"scope"_s, token.scope},
                         {u"token_type"_s, u"bearer"_s}};
        if (!token.refresh.isEmpty())
            body.insert(u"refresh_token"_s, token.refresh);
        return SimResponse::json(200, body);
    };

    if (grant == u"authorization_code") {
        const QString code = field(u"code"_s);
        if (!m_codes.contains(code))
            return oauthError(400, u"invalid_grant"_s,
                              u"The provided authorization grant is invalid, expired, revoked, or was issued to another client."_s);
        const Code stored = m_codes.take(code); // single use: a replay finds nothing
        if (stored.expiresAt < m_clock.nowSecs())
            return oauthError(400, u"invalid_grant"_s, u"The authorization code has expired."_s);
        if (field(u"redirect_uri"_s) != stored.redirectUri)
            return oauthError(400, u"invalid_grant"_s, u"The redirect_uri does not match the one of the authorization request."_s);
        return tokenResponse(issue(stored.storeId, stored.scope));
    }
    if (grant == u"refresh_token") {
        const QString refresh = field(u"refresh_token"_s);
        const QString access = m_accessByRefresh.value(refresh);
        if (access.isEmpty() || !m_byAccess.contains(access))
            return oauthError(400, u"invalid_grant"_s, u"The refresh token is malformed or not known."_s);
        Token &old = m_byAccess[access];
        if (m_revokedFamilies.value(old.family))
            return oauthError(400, u"invalid_grant"_s, u"The refresh token has been revoked."_s);
        if (old.refreshUsed) {
            // Reuse: Salla invalidates the whole chain; the merchant must reinstall.
            m_revokedFamilies.insert(old.family, true);
            return oauthError(400, u"invalid_grant"_s,
                              u"The refresh token was already used. All tokens issued from it have been revoked."_s);
        }
        if (old.refreshExpiresAt < m_clock.nowSecs())
            return oauthError(400, u"invalid_grant"_s, u"The refresh token has expired."_s);
        old.refreshUsed = true;
        const Token previous = old; // issue() inserts into m_byAccess: no reference survives it
        Token next = issue(previous.storeId, previous.scope);
        next.family = previous.family;
        m_byAccess.insert(next.access, next);
        ++m_refreshes;
        return tokenResponse(next);
    }
    return oauthError(400, u"unsupported_grant_type"_s, u"grant_type must be authorization_code or refresh_token."_s);
}

std::optional<SimOAuth::Token> SimOAuth::authenticate(const QByteArray &authorization, QString *why) const
{
    if (!authorization.startsWith("Bearer ")) {
        *why = u"The access token is invalid"_s;
        return std::nullopt;
    }
    const QString access = QString::fromLatin1(authorization.mid(7).trimmed());
    const auto it = m_byAccess.constFind(access);
    if (it == m_byAccess.cend() || m_revokedFamilies.value(it->family) || it->accessExpiresAt <= m_clock.nowSecs()) {
        *why = u"The access token is invalid"_s;
        return std::nullopt;
    }
    return *it;
}

SimResponse SimOAuth::userInfo(const SimRequest &request)
{
    QString why;
    const auto token = authenticate(request.header("Authorization"), &why);
    if (!token)
        return sallaError(401, u"Unauthorized"_s, why);
    return SimResponse::json(200, sallaOk(200, m_data.userInfo(*m_data.store(token->storeId), token->scope, token->accessExpiresAt)));
}

void SimOAuth::expireAccessTokens(qint64 storeId)
{
    for (Token &token : m_byAccess) {
        if (storeId == 0 || token.storeId == storeId)
            token.accessExpiresAt = std::min(token.accessExpiresAt, m_clock.nowSecs());
    }
}

void SimOAuth::revokeStore(qint64 storeId)
{
    for (const Token &token : std::as_const(m_byAccess)) {
        if (token.storeId == storeId)
            m_revokedFamilies.insert(token.family, true);
    }
}

} // namespace nomo::sim
