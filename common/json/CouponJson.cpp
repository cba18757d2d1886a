#include "core/Time.h"
#include "domain/Coupon.h"
#include "json/DomainJson.h"

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
QJsonValue optional(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(time::toWire(value)) : QJsonValue(QJsonValue::Null);
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
            {u"starts_at"_s, optional(coupon.startsAt)},
            {u"expires_at"_s, optional(coupon.expiresAt)},
            {u"status"_s, coupon.status},
            {u"usage_count"_s, coupon.usageCount},
            {u"sync_state"_s, Coupon::syncStateName(coupon.syncState)},
            {u"sync_error"_s, coupon.syncError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(coupon.syncError)},
            {u"version"_s, coupon.version},
            {u"updated_at"_s, optional(coupon.updatedAt)}};
}

} // namespace nomo
