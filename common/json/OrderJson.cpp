#include "core/Time.h"
#include "domain/Order.h"
#include "json/DomainJson.h"
#include "json/WireObject.h"

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

template<>
QString wireName<Order>()
{
    return u"order"_s;
}

template<>
Result<Order> fromJson<Order>(const JsonField &at)
{
    WireObject o(at);
    Order order;
    order.id = o.integer(u"id");
    order.sallaId = o.integer(u"salla_id");
    order.referenceId = o.string(u"reference_id");
    order.customerId = o.nullableInteger(u"customer_id");
    order.status = o.string(u"status");
    order.total = o.money(u"total_halalas");
    order.discount = o.money(u"discount_halalas");
    order.couponCode = o.string(u"coupon_code");
    order.paymentMethod = o.string(u"payment_method");
    order.city = o.string(u"city");
    order.itemCount = o.smallInteger(u"item_count");
    order.orderedAt = o.time(u"ordered_at");
    order.updatedAt = o.nullableTime(u"updated_at");
    return o.result(std::move(order));
}

} // namespace nomo
