#include "core/Time.h"
#include "domain/Order.h"
#include "json/DomainJson.h"

using namespace Qt::StringLiterals;

namespace nomo {

QJsonObject toJson(const Order &order)
{
    return {{u"id"_s, order.id},
            {u"salla_id"_s, order.sallaId},
            {u"reference_id"_s, order.referenceId},
            {u"customer_id"_s, order.customerId ? QJsonValue(*order.customerId) : QJsonValue(QJsonValue::Null)},
            {u"status"_s, order.status},
            {u"total_halalas"_s, order.total.halalas()},
            {u"discount_halalas"_s, order.discount.halalas()},
            {u"coupon_code"_s, order.couponCode},
            {u"payment_method"_s, order.paymentMethod},
            {u"city"_s, order.city},
            {u"item_count"_s, order.itemCount},
            {u"ordered_at"_s, time::toWire(order.orderedAt)},
            {u"updated_at"_s, time::toWireOrNull(order.updatedAt)}};
}

} // namespace nomo
