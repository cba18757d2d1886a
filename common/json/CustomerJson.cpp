#include "core/Time.h"
#include "domain/Customer.h"
#include "json/DomainJson.h"

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

} // namespace nomo
