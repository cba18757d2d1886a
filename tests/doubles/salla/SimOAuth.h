#pragma once

#include "SimClock.h"
#include "SimHttp.h"

#include <QHash>
#include <QString>

#include <optional>

namespace nomo::sim {

class SimData;

// Salla accounts (OAuth 2.0, REFERENCE.md §2): the authorize page with a consent step,
// the token endpoint (authorization_code and refresh_token grants) with Salla's
// lifetimes, single-use rotating refresh tokens whose reuse revokes the whole chain,
// and user/info.
class SimOAuth
{
public:
    struct Token
    {
        QString access;
        QString refresh;
        qint64 storeId = 0;
        QString scope;
        qint64 accessExpiresAt = 0;  // epoch seconds
        qint64 refreshExpiresAt = 0; // epoch seconds
        qint64 family = 0;           // every token refreshed from one install shares it
        bool refreshUsed = false;
    };

    static constexpr qint64 kAccessLifetime = 14 * 24 * 3600; // 14 days
    static constexpr qint64 kRefreshLifetime = 30 * 24 * 3600; // one month
    static constexpr qint64 kCodeLifetime = 10 * 60;
    static const QString kScope;

    SimOAuth(SimData &data, const SimClock &clock, QString clientId, QString clientSecret);

    void setAutoApprove(bool on) { m_autoApprove = on; }
    SimResponse handle(const SimRequest &request);

    // Issues a token pair for a store without a browser (Easy Mode installs).
    Token issue(qint64 storeId, const QString &scope = kScope);
    // The token an API call presents, or why it is refused (401 text).
    std::optional<Token> authenticate(const QByteArray &authorization, QString *why) const;
    void expireAccessTokens(qint64 storeId); // 0 = every store
    void revokeStore(qint64 storeId);
    int refreshCount() const { return m_refreshes; }

private:
    SimResponse authorizePage(const SimRequest &request);
    SimResponse decide(const SimRequest &request);
    SimResponse token(const SimRequest &request);
    SimResponse userInfo(const SimRequest &request);
    QString redirectWithCode(const QString &redirectUri, const QString &state, qint64 storeId, const QString &scope);

    struct PendingAuthorization
    {
        QString redirectUri;
        QString state;
        QString scope;
        qint64 storeId = 0;
    };
    struct Code
    {
        QString redirectUri;
        QString scope;
        qint64 storeId = 0;
        qint64 expiresAt = 0;
    };

    SimData &m_data;
    const SimClock &m_clock;
    QString m_clientId;
    QString m_clientSecret;
    bool m_autoApprove = false;
    QHash<QString, PendingAuthorization> m_pending;
    QHash<QString, Code> m_codes;
    QHash<QString, Token> m_byAccess;
    QHash<QString, QString> m_accessByRefresh;
    QHash<qint64, bool> m_revokedFamilies;
    qint64 m_nextFamily = 1;
    int m_refreshes = 0;
};

} // namespace nomo::sim
