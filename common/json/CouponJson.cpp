#include "core/Time.h"
#include "domain/Coupon.h"
#include "json/DomainJson.h"
#include "json/WireObject.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
QJsonValue optional(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
QJsonValue optional(const std::optional<Money> &value)
{
    return value ? QJsonValue(value->halalas()) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject toJson(const Coupon &coupon)
{
    return {{u"id"_s, coupon.id},
            {u"salla_id"_s, optional(coupon.sallaId)},
            {u"code"_s, coupon.code},
            {u"type"_s, Coupon::typeName(coupon.type)},
            {u"amount"_s, coupon.amount},
            {u"minimum_amount_halalas"_s, optional(coupon.minimumAmount)},
            {u"maximum_amount_halalas"_s, optional(coupon.maximumAmount)},
            {u"free_shipping"_s, coupon.freeShipping},
            {u"exclude_sale_products"_s, coupon.excludeSaleProducts},
            {u"usage_limit"_s, optional(coupon.usageLimit)},
            {u"usage_limit_per_user"_s, optional(coupon.usageLimitPerUser)},
            {u"starts_at"_s, time::toWireOrNull(coupon.startsAt)},
            {u"expires_at"_s, time::toWireOrNull(coupon.expiresAt)},
            {u"status"_s, coupon.status},
            {u"usage_count"_s, coupon.usageCount},
            {u"sync_state"_s, Coupon::syncStateName(coupon.syncState)},
            {u"sync_error"_s, coupon.syncError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(coupon.syncError)},
            {u"version"_s, coupon.version},
            {u"updated_at"_s, time::toWireOrNull(coupon.updatedAt)}};
}

template<>
QString wireName<Coupon>()
{
    return u"coupon"_s;
}

template<>
Result<Coupon> fromJson<Coupon>(const JsonField &at)
{
    WireObject o(at);
    Coupon coupon;
    coupon.id = o.integer(u"id");
    coupon.sallaId = o.nullableInteger(u"salla_id");
    coupon.code = o.string(u"code");
    const QString type = o.oneOf(u"type", {Coupon::typeName(Coupon::Type::Percentage), Coupon::typeName(Coupon::Type::Fixed)});
    coupon.type = type == Coupon::typeName(Coupon::Type::Fixed) ? Coupon::Type::Fixed : Coupon::Type::Percentage;
    coupon.amount = o.integer(u"amount");
    coupon.minimumAmount = o.nullableMoney(u"minimum_amount_halalas");
    coupon.maximumAmount = o.nullableMoney(u"maximum_amount_halalas");
    coupon.freeShipping = o.boolean(u"free_shipping");
    coupon.excludeSaleProducts = o.boolean(u"exclude_sale_products");
    coupon.usageLimit = o.nullableInteger(u"usage_limit");
    coupon.usageLimitPerUser = o.nullableInteger(u"usage_limit_per_user");
    coupon.startsAt = o.nullableTime(u"starts_at");
    coupon.expiresAt = o.nullableTime(u"expires_at");
    coupon.status = o.string(u"status");
    coupon.usageCount = o.integer(u"usage_count");
    const QList<Coupon::SyncState> states{Coupon::SyncState::Pending, Coupon::SyncState::Synced, Coupon::SyncState::Failed};
    QStringList stateNames;
    for (Coupon::SyncState state : states)
        stateNames.append(Coupon::syncStateName(state));
    coupon.syncState = states.value(stateNames.indexOf(o.oneOf(u"sync_state", stateNames)), Coupon::SyncState::Pending);
    coupon.syncError = o.nullableString(u"sync_error");
    coupon.version = o.integer(u"version");
    coupon.updatedAt = o.nullableTime(u"updated_at");
    return o.result(std::move(coupon));
}

} // namespace nomo
