#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>

namespace nomo {

class SallaAccountsClient;
class SallaTokenManager;

// Keeps each store's profile (name, email, domain, plan) as Salla's user-info gives
// it. Custom Mode reads user-info during the OAuth callback; Easy Mode gets its tokens
// by webhook, so the profile is read by a "salla.profile" job, which store.authorized
// enqueues with the tokens (and start-up for any installed store whose profile is
// still empty, from before jobs). A failed read is the queue's to retry.
// The email matters: the console's sign-in link goes to it.
class MerchantProfileSync : public QObject
{
    Q_OBJECT

public:
    MerchantProfileSync(QString connectionName, SallaTokenManager &tokens, SallaAccountsClient &accounts, const Clock &clock,
                        QObject *parent = nullptr);

    void refresh(qint64 merchantId, std::function<void(Status)> done);

    // Installed stores with tokens and still no profile.
    static Result<QList<qint64>> incomplete(const QSqlDatabase &db);

private:
    QString m_connection;
    SallaTokenManager &m_tokens;
    SallaAccountsClient &m_accounts;
    const Clock &m_clock;
};

} // namespace nomo
