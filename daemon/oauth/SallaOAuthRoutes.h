#pragma once

#include "core/Clock.h"
#include "http/RateLimiter.h"

#include <QObject>
#include <QString>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;

namespace nomo {
namespace http {
class Routes;
}

class SallaAccountsClient;
class Subscriptions;
class TokenCipher;

// Custom Mode install (REFERENCE.md §2.1), for private and development apps:
//   GET /oauth/salla/install   -> 302 to Salla's authorize page with a fresh `state`
//   GET /oauth/salla/callback  -> state checked (stored, single-use, expiring), code
//                                 exchanged, user/info read, merchant and sealed tokens
//                                 saved in one transaction, then a page saying so.
// Apps on the Salla App Store use Easy Mode instead (tokens by webhook).
// Starting an authorization writes a row: starts are rate-limited per client
// address and the unfinished states bounded in number.
class SallaOAuthRoutes : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int stateLifetimeSeconds = 600;
        int startsPerAddress = 30; // per 10 minutes
        int pendingMax = 5000;     // unfinished states held at once
    };

    SallaOAuthRoutes(QString connectionName, SallaAccountsClient &accounts, const TokenCipher &cipher,
                     const Subscriptions &subscriptions, QString redirectUri, Limits limits, QObject *parent = nullptr);

    void install(http::Routes &routes);
    void setRedirectUri(const QString &uri) { m_redirectUri = uri; }

private:
    void callback(const QHttpServerRequest &request, QHttpServerResponder &&responder, const QByteArray &requestId);
    // A fresh state and the 302 to Salla, or the page that says why not.
    QHttpServerResponse authorize(const QHttpServerRequest &request, const QString &signInRequest);

    QString m_connection;
    SallaAccountsClient &m_accounts;
    const TokenCipher &m_cipher;
    const Subscriptions &m_subscriptions;
    QString m_redirectUri;
    Limits m_limits;
    RateLimiter m_starts;
};

} // namespace nomo
