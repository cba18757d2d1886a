#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Merchant.h"
#include "domain/SallaTokens.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace nomo {

// Salla accounts (OAuth 2.0, REFERENCE.md §2) seen from the daemon: the code exchange
// and user/info. Asynchronous: answers arrive by callback on the caller's thread, and
// nothing here ever waits. The base URL is configurable (the simulator in tests).
class OutboundCaller;
struct OutboundRequest;

class SallaAccountsClient : public QObject
{
    Q_OBJECT

public:
    SallaAccountsClient(QUrl accountsUrl, QString clientId, QString clientSecret, const Clock &clock = Clock::system(),
                        QObject *parent = nullptr);

    QUrl authorizeUrl(const QString &redirectUri, const QString &state) const;
    // Custom Mode is configured (a client id and secret to run OAuth with).
    bool hasClient() const { return !m_clientId.isEmpty() && !m_clientSecret.isEmpty(); }
    void exchangeCode(const QString &code, const QString &redirectUri, std::function<void(Result<SallaTokens>)> done);
    void userInfo(const QString &accessToken, std::function<void(Result<Merchant>)> done);
    // grant_type=refresh_token: both tokens come back new; the old refresh token is dead.
    void refresh(const QString &refreshToken, std::function<void(Result<SallaTokens>)> done);

private:
    void tokenRequest(const QList<std::pair<QString, QString>> &fields, std::function<void(Result<SallaTokens>)> done);
    void call(OutboundRequest request, std::function<void(Result<QJsonObject>)> done);

    QUrl m_accountsUrl;
    QString m_clientId;
    QString m_clientSecret;
    const Clock &m_clock; // turns expires_in into a time
    OutboundCaller *m_caller;
};

} // namespace nomo
