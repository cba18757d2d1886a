#include "lifecycle/StoreLifecycle.h"

#include "db/Database.h"
#include "jobs/Subscriptions.h"
#include "repositories/ConsoleDeviceRepository.h"
#include "repositories/DomainEventRepository.h"
#include "repositories/MerchantRepository.h"
#include "repositories/SallaTokenRepository.h"
#include "repositories/SignInRepository.h"

using namespace Qt::StringLiterals;

namespace nomo {

StoreLifecycle::StoreLifecycle(QSqlDatabase db, const TokenCipher &cipher, const Subscriptions &subscriptions,
                               const Clock &clock)
    : m_db(std::move(db))
    , m_cipher(cipher)
    , m_subscriptions(subscriptions)
    , m_clock(clock)
{
}

Status StoreLifecycle::activate(const Merchant &profile, const std::optional<SallaTokens> &tokens,
                                const std::optional<QDateTime> &installedAt)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    MerchantRepository merchants(m_db, m_clock);
    auto stored = merchants.find(profile.id);
    if (!stored)
        return fail(stored.error());
    Merchant row = *stored ? **stored : Merchant{};
    row.id = profile.id;
    row.status = Merchant::Status::Active;
    for (auto [field, incoming] : {std::pair{&row.name, &profile.name}, std::pair{&row.username, &profile.username},
                                   std::pair{&row.email, &profile.email}, std::pair{&row.domain, &profile.domain},
                                   std::pair{&row.plan, &profile.plan}, std::pair{&row.avatarUrl, &profile.avatarUrl}})
        if (!incoming->isEmpty())
            *field = *incoming;
    if (installedAt)
        row.installedAt = *installedAt;
    if (auto ok = merchants.upsert(row); !ok) // as active: also back from uninstalled or needs_reauth
        return fail(ok.error());
    if (tokens) {
        if (auto saved = SallaTokenRepository(m_db, TenantContext(row.id), m_cipher, m_clock).save(*tokens); !saved)
            return fail(saved.error());
        const QString kind = QString::fromUtf16(domain_events::kStoreAuthorized);
        if (auto recorded = DomainEventRepository(m_db, m_clock)
                                .record(DomainEvent{kind, row.id, std::nullopt, QJsonObject{{u"scope"_s, tokens->scope}}, m_clock.nowUtc()},
                                        m_subscriptions.of(kind));
            !recorded)
            return fail(recorded.error());
    }
    return transaction->commit();
}

Status StoreLifecycle::ensureKnown(qint64 merchantId)
{
    MerchantRepository merchants(m_db, m_clock);
    auto stored = merchants.find(merchantId);
    if (!stored)
        return fail(stored.error());
    if (*stored)
        return {};
    Merchant row;
    row.id = merchantId;
    if (auto ok = merchants.upsert(row); !ok)
        return fail(ok.error());
    return {};
}

Status StoreLifecycle::uninstall(qint64 merchantId, const QDateTime &purgeAfter)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    const TenantContext tenant(merchantId);
    if (auto ok = MerchantRepository(m_db, m_clock).markUninstalled(merchantId, purgeAfter); !ok)
        return fail(ok.error());
    if (auto ok = SallaTokenRepository(m_db, tenant, m_cipher, m_clock).remove(); !ok)
        return fail(ok.error());
    // Its consoles go with it: a reinstall must not bring old devices or half-finished
    // sign-ins back to life.
    if (auto ok = ConsoleDeviceRepository(m_db, tenant, m_clock).revokeAll(); !ok)
        return fail(ok.error());
    if (auto ok = SignInRepository(m_db, m_clock).expireAllOf(merchantId); !ok)
        return fail(ok.error());
    const QString kind = QString::fromUtf16(domain_events::kStoreUninstalled);
    if (auto recorded = DomainEventRepository(m_db, m_clock)
                            .record(DomainEvent{kind, merchantId, std::nullopt, {}, m_clock.nowUtc()}, m_subscriptions.of(kind));
        !recorded)
        return fail(recorded.error());
    return transaction->commit();
}

} // namespace nomo
