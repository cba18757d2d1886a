#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

namespace nomo {

class SallaAccountsClient;
class TokenCipher;

// Hands out a merchant's Salla access token, refreshing it before it expires (a day
// ahead, REFERENCE.md §2.4) or when the API said 401. Refreshes are single-flight per
// merchant: callers that need a token while a refresh is under way wait for that one
// refresh, because a second use of a refresh token makes Salla revoke the whole chain.
// Across daemon instances sharing PostgreSQL, the refresh runs under an advisory lock
// on the merchant: an instance that finds it taken waits for the other's new tokens.
// Both new tokens are saved (sealed) before anyone is answered. A refresh Salla
// refuses marks the merchant needs_reauth and is not tried again until a reinstall.
class SallaTokenManager : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<QString>)>;

    SallaTokenManager(QString connectionName, SallaAccountsClient &accounts, const TokenCipher &cipher,
                      const Clock &clock = Clock::system(), QObject *parent = nullptr);

    void accessToken(qint64 merchantId, Callback done);
    // The token `rejected` was refused by the API: refresh unless someone already did.
    void refreshAfterRejection(qint64 merchantId, const QString &rejected, Callback done);

private:
    void refresh(qint64 merchantId, Callback done);
    void refreshLocked(qint64 merchantId, const QString &refreshToken, bool holdsAdvisoryLock);
    void awaitOtherInstance(qint64 merchantId, qint64 versionBefore, int polls);
    void releaseAdvisoryLock(qint64 merchantId);
    void finish(qint64 merchantId, const Result<QString> &result);

    QString m_connection;
    SallaAccountsClient &m_accounts;
    const TokenCipher &m_cipher;
    const Clock &m_clock;
    QHash<qint64, QList<Callback>> m_waiting; // merchants with a refresh in flight
};

} // namespace nomo
