#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Merchant.h"
#include "domain/SallaTokens.h"

#include <QSqlDatabase>

#include <optional>

namespace nomo {

class Subscriptions;
class TokenCipher;

// The one way a store comes and goes, whichever door it used: Easy Mode's
// app.installed / app.store.authorize webhooks, Custom Mode's OAuth callback, and
// app.uninstalled. Each call runs in the caller's transaction (or its own) and
// records the domain event, so what follows an install (reading the profile) is a job
// enqueued with it.
class StoreLifecycle
{
public:
    StoreLifecycle(QSqlDatabase db, const TokenCipher &cipher, const Subscriptions &subscriptions,
                   const Clock &clock = Clock::system());

    // The store is (again) active: its row upserted from `profile` (fields left empty
    // keep the stored ones), brought back from uninstalled, its tokens sealed when
    // given, and store.authorized recorded when they were.
    Status activate(const Merchant &profile, const std::optional<SallaTokens> &tokens,
                    const std::optional<QDateTime> &installedAt = {});
    // A store event came before any app event: keep the tenant row, await its tokens.
    Status ensureKnown(qint64 merchantId);
    // Uninstalled: tokens gone, consoles revoked, unfinished sign-ins ended, data
    // purged after `purgeAfter`.
    Status uninstall(qint64 merchantId, const QDateTime &purgeAfter);

private:
    QSqlDatabase m_db;
    const TokenCipher &m_cipher;
    const Subscriptions &m_subscriptions;
    const Clock &m_clock;
};

} // namespace nomo
