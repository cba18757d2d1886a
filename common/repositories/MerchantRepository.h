#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Merchant.h"

#include <QSqlDatabase>

#include <optional>

namespace nomo {

// The directory of tenants. Unlike the tenant repositories it takes a merchant id
// per call: it is used by the flows that create and retire tenants (install,
// uninstall, purge), which act on a merchant proven by Salla, never on behalf of a
// console token. Console-facing code reads its own merchant through forTenant().
class MerchantRepository
{
public:
    explicit MerchantRepository(QSqlDatabase db, const Clock &clock = Clock::system());

    // Creates the merchant or refreshes its profile fields; status is kept on update
    // unless `merchant.status` asks for a change from Pending.
    Status upsert(const Merchant &merchant);
    Result<std::optional<Merchant>> find(qint64 merchantId) const;
    // The installed (not uninstalled) store whose user-info email this is, any case.
    Result<std::optional<Merchant>> findByEmail(const QString &email) const;
    Status setStatus(qint64 merchantId, Merchant::Status status);
    Status markUninstalled(qint64 merchantId, const QDateTime &purgeAfter);
    // Installed stores (status active), for jobs that visit every one.
    Result<QList<qint64>> activeIds() const;
    // Merchants whose grace period is over; deleting one cascades to all its rows.
    Result<QList<qint64>> duePurges() const;
    Status purge(qint64 merchantId);

private:
    Result<std::optional<Merchant>> findWhere(const QString &condition, const QVariantMap &binds) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace nomo
