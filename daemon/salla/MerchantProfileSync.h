#pragma once

#include "core/Clock.h"

#include <QObject>
#include <QSet>

namespace nomo {

class SallaAccountsClient;
class SallaTokenManager;

// Keeps each store's profile (name, email, domain, plan) as Salla's user-info gives
// it. Custom Mode reads user-info during the OAuth callback; Easy Mode gets its tokens
// by webhook, so the profile is read here once the tokens are stored, and again at
// start-up for any installed store whose profile is still empty (a crash in between).
// The email matters: the console's sign-in link goes to it.
class MerchantProfileSync : public QObject
{
    Q_OBJECT

public:
    MerchantProfileSync(QString connectionName, SallaTokenManager &tokens, SallaAccountsClient &accounts, const Clock &clock,
                        QObject *parent = nullptr);

    void refresh(qint64 merchantId);
    void refreshIncomplete();

private:
    QString m_connection;
    SallaTokenManager &m_tokens;
    SallaAccountsClient &m_accounts;
    const Clock &m_clock;
    QSet<qint64> m_inFlight;
};

} // namespace nomo
