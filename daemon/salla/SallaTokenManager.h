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
    void finish(qint64 merchantId, const Result<QString> &result);

    QString m_connection;
    SallaAccountsClient &m_accounts;
    const TokenCipher &m_cipher;
    const Clock &m_clock;
    QHash<qint64, QList<Callback>> m_waiting; // merchants with a refresh in flight
};

} // namespace nomo
