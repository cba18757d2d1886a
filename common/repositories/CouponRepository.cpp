#include "repositories/CouponRepository.h"

#include "core/Time.h"
#include "db/Database.h"
#include "json/DomainJson.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

const QString kColumns = u"id, salla_id, code, type, amount, minimum_amount_halalas, maximum_amount_halalas, "
                         "free_shipping, exclude_sale_products, usage_limit, usage_limit_per_user, starts_at, expires_at, "
                         "status, usage_count, sync_state, sync_error, version, created_at, updated_at"_s;

QVariant nullableInt(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}
QVariant nullableMoney(const std::optional<Money> &value)
{
    return value ? QVariant(value->halalas()) : QVariant(QMetaType::fromType<qint64>());
}
QVariant nullableTime(const QDateTime &value)
{
    return value.isValid() ? QVariant(time::toStorage(value)) : QVariant(QMetaType::fromType<qint64>());
}
std::optional<qint64> readInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

Coupon readCoupon(const QSqlQuery &q)
{
    Coupon c;
    c.id = q.value(0).toLongLong();
    c.sallaId = readInt(q.value(1));
    c.code = q.value(2).toString();
    c.type = q.value(3).toString() == u"fixed" ? Coupon::Type::Fixed : Coupon::Type::Percentage;
    c.amount = q.value(4).toLongLong();
    if (auto min = readInt(q.value(5)))
        c.minimumAmount = Money::fromHalalas(*min);
    if (auto max = readInt(q.value(6)))
        c.maximumAmount = Money::fromHalalas(*max);
    c.freeShipping = q.value(7).toBool();
    c.excludeSaleProducts = q.value(8).toBool();
    c.usageLimit = readInt(q.value(9));
    c.usageLimitPerUser = readInt(q.value(10));
    if (auto starts = readInt(q.value(11)))
        c.startsAt = time::fromStorage(*starts);
    if (auto expires = readInt(q.value(12)))
        c.expiresAt = time::fromStorage(*expires);
    c.status = q.value(13).toString();
    c.usageCount = q.value(14).toLongLong();
    const QString sync = q.value(15).toString();
    c.syncState = sync == u"synced" ? Coupon::SyncState::Synced
        : sync == u"failed"         ? Coupon::SyncState::Failed
                                    : Coupon::SyncState::Pending;
    c.syncError = q.value(16).toString();
    c.version = q.value(17).toLongLong();
    c.createdAt = time::fromStorage(q.value(18).toLongLong());
    c.updatedAt = time::fromStorage(q.value(19).toLongLong());
    return c;
}

QVariantMap fieldBinds(const Coupon &c)
{
    return {{u"code"_s, c.code.trimmed()},
            {u"type"_s, Coupon::typeName(c.type)},
            {u"amount"_s, c.amount},
            {u"min"_s, nullableMoney(c.minimumAmount)},
            {u"max"_s, nullableMoney(c.maximumAmount)},
            {u"free_shipping"_s, c.freeShipping},
            {u"exclude_sale"_s, c.excludeSaleProducts},
            {u"usage_limit"_s, nullableInt(c.usageLimit)},
            {u"usage_limit_per_user"_s, nullableInt(c.usageLimitPerUser)},
            {u"starts"_s, nullableTime(c.startsAt)},
            {u"expires"_s, nullableTime(c.expiresAt)},
            {u"status"_s, c.status}};
}

Status validate(const Coupon &c)
{
    if (c.code.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, u"coupon.code_required"_s, u"code: is required"_s);
    if (c.amount <= 0)
        return fail(ErrorCode::InvalidArgument, u"coupon.amount_invalid"_s, u"amount: must be positive"_s);
    if (c.type == Coupon::Type::Percentage && c.amount > 10000)
        return fail(ErrorCode::InvalidArgument, u"coupon.percent_too_high"_s, u"amount: a percentage cannot pass 100 %"_s);
    return {};
}

} // namespace

CouponRepository::CouponRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Result<Coupon> CouponRepository::find(qint64 id) const
{
    return one(u"SELECT "_s + kColumns + u" FROM coupons WHERE merchant_id = :merchant_id AND id = :id"_s,
               {{u"id"_s, id}},
               readCoupon,
               Error{ErrorCode::NotFound, u"coupon.not_found"_s, u"coupon %1 does not exist"_s.arg(id)});
}

Result<QList<Coupon>> CouponRepository::list() const
{
    return all(u"SELECT "_s + kColumns + u" FROM coupons WHERE merchant_id = :merchant_id ORDER BY id"_s, {}, readCoupon);
}

Result<Coupon> CouponRepository::create(const Coupon &coupon)
{
    if (auto ok = validate(coupon); !ok)
        return fail(ok.error());
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    QVariantMap binds = fieldBinds(coupon);
    binds.insert(u"salla_id"_s, nullableInt(coupon.sallaId));
    binds.insert(u"now"_s, now());
    binds.insert(u"now2"_s, now());
    auto id = insertReturningId(
        u"INSERT INTO coupons (merchant_id, salla_id, code, type, amount, minimum_amount_halalas, maximum_amount_halalas, "
        "free_shipping, exclude_sale_products, usage_limit, usage_limit_per_user, starts_at, expires_at, status, "
        "created_at, updated_at) VALUES (:merchant_id, :salla_id, :code, :type, :amount, :min, :max, :free_shipping, "
        ":exclude_sale, :usage_limit, :usage_limit_per_user, :starts, :expires, :status, :now, :now2)"_s,
        binds);
    if (!id) {
        if (id.error().code == ErrorCode::Conflict)
            return fail(ErrorCode::Conflict, u"coupon.code_taken"_s, u"code: \"%1\" is already used by another coupon"_s.arg(coupon.code));
        return fail(id.error());
    }
    auto created = find(*id);
    if (!created)
        return fail(created.error());
    if (auto done = commitWithChange(*transaction, u"coupon"_s, QString::number(*id), u"upsert"_s, toJson(*created)); !done)
        return fail(done.error());
    return created;
}

Result<Coupon> CouponRepository::update(const Coupon &coupon)
{
    if (auto ok = validate(coupon); !ok)
        return fail(ok.error());
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    QVariantMap binds = fieldBinds(coupon);
    binds.insert(u"id"_s, coupon.id);
    binds.insert(u"expected"_s, coupon.version);
    binds.insert(u"now"_s, now());
    auto updated = run(u"UPDATE coupons SET code = :code, type = :type, amount = :amount, minimum_amount_halalas = :min, "
                       "maximum_amount_halalas = :max, free_shipping = :free_shipping, exclude_sale_products = :exclude_sale, "
                       "usage_limit = :usage_limit, usage_limit_per_user = :usage_limit_per_user, starts_at = :starts, "
                       "expires_at = :expires, status = :status, sync_state = 'pending', version = version + 1, "
                       "updated_at = :now WHERE merchant_id = :merchant_id AND id = :id AND version = :expected"_s,
                       binds);
    if (!updated)
        return fail(updated.error().code == ErrorCode::Conflict
                        ? Error{ErrorCode::Conflict, u"coupon.code_taken"_s, u"code: \"%1\" is already used"_s.arg(coupon.code)}
                        : updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(missOrConflict(u"coupons"_s, u"id"_s, coupon.id, u"coupon %1"_s.arg(coupon.id)));
    auto saved = find(coupon.id);
    if (!saved)
        return fail(saved.error());
    if (auto done = commitWithChange(*transaction, u"coupon"_s, QString::number(coupon.id), u"upsert"_s, toJson(*saved)); !done)
        return fail(done.error());
    return saved;
}

Result<Coupon> CouponRepository::markSynced(qint64 id, std::optional<qint64> sallaId, Coupon::SyncState state, const QString &error)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto updated = run(u"UPDATE coupons SET salla_id = COALESCE(:salla_id, salla_id), sync_state = :state, "
                       "sync_error = :error, version = version + 1, updated_at = :now "
                       "WHERE merchant_id = :merchant_id AND id = :id"_s,
                       {{u"salla_id"_s, nullableInt(sallaId)},
                        {u"state"_s, Coupon::syncStateName(state)},
                        {u"error"_s, error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(error)},
                        {u"now"_s, now()},
                        {u"id"_s, id}});
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, u"coupon.not_found"_s, u"coupon %1 does not exist"_s.arg(id));
    auto saved = find(id);
    if (!saved)
        return fail(saved.error());
    if (auto done = commitWithChange(*transaction, u"coupon"_s, QString::number(id), u"upsert"_s, toJson(*saved)); !done)
        return fail(done.error());
    return saved;
}

Status CouponRepository::remove(qint64 id, qint64 expectedVersion)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto deleted = run(u"DELETE FROM coupons WHERE merchant_id = :merchant_id AND id = :id AND version = :expected"_s,
                       {{u"id"_s, id}, {u"expected"_s, expectedVersion}});
    if (!deleted)
        return fail(deleted.error());
    if (deleted->numRowsAffected() == 0)
        return fail(missOrConflict(u"coupons"_s, u"id"_s, id, u"coupon %1"_s.arg(id)));
    return commitWithChange(*transaction, u"coupon"_s, QString::number(id), u"delete"_s, {{u"id"_s, id}});
}

} // namespace nomo
