#include "core/Time.h"
#include "domain/Customer.h"
#include "json/DomainJson.h"
#include "json/WireObject.h"

using namespace Qt::StringLiterals;

namespace nomo {

QJsonObject toJson(const Customer &customer)
{
    return {{u"id"_s, customer.id},
            {u"salla_id"_s, customer.sallaId},
            {u"first_name"_s, customer.firstName},
            {u"last_name"_s, customer.lastName},
            {u"email"_s, customer.email},
            {u"mobile"_s, customer.mobile},
            {u"city"_s, customer.city},
            {u"country"_s, customer.country},
            {u"updated_at"_s, time::toWireOrNull(customer.updatedAt)}};
}

template<>
QString wireName<Customer>()
{
    return u"customer"_s;
}

template<>
Result<Customer> fromJson<Customer>(const JsonField &at)
{
    WireObject o(at);
    Customer customer;
    customer.id = o.integer(u"id");
    customer.sallaId = o.integer(u"salla_id");
    customer.firstName = o.string(u"first_name");
    customer.lastName = o.string(u"last_name");
    customer.email = o.string(u"email");
    customer.mobile = o.string(u"mobile");
    customer.city = o.string(u"city");
    customer.country = o.string(u"country");
    customer.updatedAt = o.nullableTime(u"updated_at");
    return o.result(std::move(customer));
}

} // namespace nomo
