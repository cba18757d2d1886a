#include "core/Time.h"
#include "domain/AbandonedCart.h"
#include "json/DomainJson.h"
#include "json/WireObject.h"

using namespace Qt::StringLiterals;

namespace nomo {

// The change feed's form of a cart since carts were first fed (AbandonedCartRepository):
// no updated_at, the feed's changed_at says when.
QJsonObject toJson(const AbandonedCart &cart)
{
    return {{u"id"_s, cart.id},
            {u"salla_id"_s, cart.sallaId},
            {u"customer_id"_s, cart.customerId ? QJsonValue(*cart.customerId) : QJsonValue(QJsonValue::Null)},
            {u"total_halalas"_s, cart.total.halalas()},
            {u"checkout_url"_s, cart.checkoutUrl},
            {u"status"_s, cart.status},
            {u"abandoned_at"_s, time::toWire(cart.abandonedAt)}};
}

template<>
QString wireName<AbandonedCart>()
{
    return u"abandoned_cart"_s;
}

template<>
Result<AbandonedCart> fromJson<AbandonedCart>(const JsonField &at)
{
    WireObject o(at);
    AbandonedCart cart;
    cart.id = o.integer(u"id");
    cart.sallaId = o.integer(u"salla_id");
    cart.customerId = o.nullableInteger(u"customer_id");
    cart.total = o.money(u"total_halalas");
    cart.checkoutUrl = o.string(u"checkout_url");
    cart.status = o.string(u"status");
    cart.abandonedAt = o.time(u"abandoned_at");
    return o.result(std::move(cart));
}

} // namespace nomo
