#include "repositories/MerchantRepository.h"

#include "core/Time.h"
#include "db/Database.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
QDateTime optionalTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : time::fromStorage(value.toLongLong());
}
QVariant optionalTime(const QDateTime &value)
{
    return value.isValid() ? QVariant(time::toStorage(value)) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

MerchantRepository::MerchantRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

Status MerchantRepository::upsert(const Merchant &merchant)
{
    if (merchant.id <= 0)
        return fail(ErrorCode::InvalidArgument, u"merchant.id_invalid"_s, u"a merchant id must be positive"_s);
    const qint64 now = time::toStorage(m_clock.nowUtc());
    auto query = db::exec(m_db,
                          u"INSERT INTO merchants (id, name, username, email, domain, plan, avatar_url, status, installed_at, "
                          "created_at, updated_at) VALUES (:id, :name, :username, :email, :domain, :plan, :avatar, :status, "
                          ":installed, :now, :now2) "
                          "ON CONFLICT (id) DO UPDATE SET name = excluded.name, username = excluded.username, "
                          "email = excluded.email, domain = excluded.domain, plan = excluded.plan, "
                          "avatar_url = CASE WHEN excluded.avatar_url <> '' THEN excluded.avatar_url ELSE merchants.avatar_url END, "
                          "installed_at = COALESCE(excluded.installed_at, merchants.installed_at), "
                          "status = CASE WHEN excluded.status <> 'pending' THEN excluded.status ELSE merchants.status END, "
                          "updated_at = excluded.updated_at"_s,
                          {{u"id"_s, merchant.id},
                           {u"name"_s, merchant.name},
                           {u"username"_s, merchant.username},
                           {u"email"_s, merchant.email},
                           {u"domain"_s, merchant.domain},
                           {u"plan"_s, merchant.plan},
                           {u"avatar"_s, merchant.avatarUrl},
                           {u"status"_s, Merchant::statusName(merchant.status)},
                           {u"installed"_s, optionalTime(merchant.installedAt)},
                           {u"now"_s, now},
                           {u"now2"_s, now}});
    if (!query)
        return fail(query.error());
    return {};
}

Result<std::optional<Merchant>> MerchantRepository::find(qint64 merchantId) const
{
    return findWhere(u"id = :id"_s, {{u"id"_s, merchantId}});
}

Result<std::optional<Merchant>> MerchantRepository::findByEmail(const QString &email) const
{
    if (email.trimmed().isEmpty())
        return std::optional<Merchant>();
    return findWhere(u"LOWER(email) = :email AND status <> 'uninstalled' ORDER BY updated_at DESC LIMIT 1"_s,
                     {{u"email"_s, email.trimmed().toLower()}});
}

Result<std::optional<Merchant>> MerchantRepository::findWhere(const QString &condition, const QVariantMap &binds) const
{
    auto query = db::exec(m_db,
                          u"SELECT id, name, username, email, domain, plan, status, installed_at, uninstalled_at, "
                          "purge_after, created_at, updated_at, avatar_url FROM merchants WHERE "_s + condition,
                          binds);
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<Merchant>();
    Merchant m;
    m.id = query->value(0).toLongLong();
    m.name = query->value(1).toString();
    m.username = query->value(2).toString();
    m.email = query->value(3).toString();
    m.domain = query->value(4).toString();
    m.plan = query->value(5).toString();
    m.status = Merchant::statusFromName(query->value(6).toString());
    m.installedAt = optionalTime(query->value(7));
    m.uninstalledAt = optionalTime(query->value(8));
    m.purgeAfter = optionalTime(query->value(9));
    m.createdAt = time::fromStorage(query->value(10).toLongLong());
    m.updatedAt = time::fromStorage(query->value(11).toLongLong());
    m.avatarUrl = query->value(12).toString();
    return std::optional<Merchant>(m);
}

Status MerchantRepository::setStatus(qint64 merchantId, Merchant::Status status)
{
    auto query = db::exec(m_db,
                          u"UPDATE merchants SET status = :status, updated_at = :now WHERE id = :id"_s,
                          {{u"status"_s, Merchant::statusName(status)},
                           {u"now"_s, time::toStorage(m_clock.nowUtc())},
                           {u"id"_s, merchantId}});
    if (!query)
        return fail(query.error());
    if (query->numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, u"merchant.not_found"_s, u"no merchant %1"_s.arg(merchantId));
    return {};
}

Status MerchantRepository::markUninstalled(qint64 merchantId, const QDateTime &purgeAfter)
{
    const qint64 now = time::toStorage(m_clock.nowUtc());
    auto query = db::exec(m_db,
                          u"UPDATE merchants SET status = 'uninstalled', uninstalled_at = :now, purge_after = :purge, "
                          "updated_at = :now2 WHERE id = :id"_s,
                          {{u"now"_s, now}, {u"now2"_s, now}, {u"purge"_s, time::toStorage(purgeAfter)}, {u"id"_s, merchantId}});
    if (!query)
        return fail(query.error());
    if (query->numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, u"merchant.not_found"_s, u"no merchant %1"_s.arg(merchantId));
    return {};
}

Result<QList<qint64>> MerchantRepository::activeIds() const
{
    auto query = db::exec(m_db, u"SELECT id FROM merchants WHERE status = 'active' ORDER BY id"_s);
    if (!query)
        return fail(query.error());
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Result<QList<qint64>> MerchantRepository::duePurges() const
{
    auto query = db::exec(m_db,
                          u"SELECT id FROM merchants WHERE status = 'uninstalled' AND purge_after <= :now ORDER BY id"_s,
                          {{u"now"_s, time::toStorage(m_clock.nowUtc())}});
    if (!query)
        return fail(query.error());
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Status MerchantRepository::purge(qint64 merchantId)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    // Raw events have no foreign key (they may precede the merchant row): delete them
    // by hand; everything else cascades from the merchants row.
    if (auto events = db::exec(m_db, u"DELETE FROM events WHERE merchant_id = :id"_s, {{u"id"_s, merchantId}}); !events)
        return fail(events.error());
    if (auto row = db::exec(m_db, u"DELETE FROM merchants WHERE id = :id"_s, {{u"id"_s, merchantId}}); !row)
        return fail(row.error());
    return transaction->commit();
}

} // namespace nomo
