#pragma once

#include "core/Clock.h"

#include <QObject>
#include <QString>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace nomo {

class SallaAccountsClient;
class TokenCipher;

// Custom Mode install (REFERENCE.md §2.1), for private and development apps:
//   GET /oauth/salla/install   -> 302 to Salla's authorize page with a fresh `state`
//   GET /oauth/salla/callback  -> state checked (stored, single-use, expiring), code
//                                 exchanged, user/info read, merchant and sealed tokens
//                                 saved in one transaction, then a page saying so.
// Apps on the Salla App Store use Easy Mode instead (tokens by webhook).
class SallaOAuthRoutes : public QObject
{
    Q_OBJECT

public:
    SallaOAuthRoutes(QString connectionName, SallaAccountsClient &accounts, const TokenCipher &cipher, QString redirectUri,
                     int stateLifetimeSeconds, QObject *parent = nullptr);

    void install(QHttpServer &server);
    void setRedirectUri(const QString &uri) { m_redirectUri = uri; }

private:
    void callback(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    QString m_connection;
    SallaAccountsClient &m_accounts;
    const TokenCipher &m_cipher;
    QString m_redirectUri;
    int m_stateLifetimeSeconds;
};

} // namespace nomo
