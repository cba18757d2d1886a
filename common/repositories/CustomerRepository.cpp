#include "repositories/CustomerRepository.h"

#include "core/Time.h"
#include "db/Database.h"
#include "json/DomainJson.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
    const QString kColumns =
        u"id, salla_id, first_name, last_name, email, mobile, city, country, created_at, updated_at, source_at"_s;

    Customer readCustomer(const db::Query &q)
    {
        return Customer { q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString(),
            q.value(6).toString(),
            q.value(7).toString(),
            time::fromStorage(q.value(8).toLongLong()),
            time::fromStorage(q.value(9).toLongLong()),
            q.value(10).isNull() ? QDateTime() : time::fromStorage(q.value(10).toLongLong()) };
    }

    bool sameFields(const Customer &a, const Customer &b)
    {
        return a.firstName == b.firstName && a.lastName == b.lastName && a.email == b.email && a.mobile == b.mobile
            && a.city == b.city && a.country == b.country;
    }
} // namespace

CustomerRepository::CustomerRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Result<Customer> CustomerRepository::find(qint64 id) const
{
    return one(u"SELECT "_s + kColumns + u" FROM customers WHERE merchant_id = :merchant_id AND id = :id"_s,
        { { u"id"_s, id } },
        readCustomer,
        Error { ErrorCode::NotFound, u"customer.not_found"_s, u"customer %1 does not exist"_s.arg(id) });
}

Result<std::optional<Customer>> CustomerRepository::findBySallaId(qint64 sallaId) const
{
    return maybeOne(
        u"SELECT "_s + kColumns + u" FROM customers WHERE merchant_id = :merchant_id AND salla_id = :salla_id"_s,
        { { u"salla_id"_s, sallaId } },
        readCustomer);
}

Result<QList<Customer>> CustomerRepository::list(int limit) const
{
    return all(u"SELECT "_s + kColumns + u" FROM customers WHERE merchant_id = :merchant_id ORDER BY id LIMIT :limit"_s,
        { { u"limit"_s, limit } },
        readCustomer);
}

Result<Upserted> CustomerRepository::upsert(const Customer &customer)
{
    if (customer.sallaId <= 0)
        return fail(ErrorCode::InvalidArgument, u"customer.id_invalid"_s, u"salla_id: must be positive"_s);
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto existing = findBySallaId(customer.sallaId);
    if (!existing)
        return fail(existing.error());
    if (*existing && isOlder(customer.sourceAt, (*existing)->sourceAt))
        return Upserted::olderThanStored((*existing)->id);
    if (*existing && sameFields(**existing, customer)) // a redelivery: nothing to announce
        return keepSameState(*transaction, u"customers"_s, (*existing)->id, (*existing)->sourceAt, customer.sourceAt);

    // One time for the row and its change: the change carries the row as written,
    // built here rather than read back (a read per write was a fourteenth of the event
    // worker's instructions; CustomerRepositoryTest pins that they are the same).
    const qint64 at = now();
    const QVariantMap fields { { u"now"_s, at },
        { u"now2"_s, at },
        { u"salla_id"_s, customer.sallaId },
        { u"first_name"_s, customer.firstName },
        { u"last_name"_s, customer.lastName },
        { u"email"_s, customer.email },
        { u"mobile"_s, customer.mobile },
        { u"city"_s, customer.city },
        { u"country"_s, customer.country },
        { u"source_at"_s, sourceAtValue(customer.sourceAt) },
        { u"source_at_guard"_s, sourceAtValue(customer.sourceAt) } };
    return writeUpsert(*transaction,
        *existing ? std::optional<qint64>((*existing)->id) : std::nullopt,
        u"UPDATE customers SET first_name = :first_name, last_name = :last_name, email = :email, "
        "mobile = :mobile, city = :city, country = :country, source_at = :source_at, updated_at = :now "
        "WHERE merchant_id = :merchant_id AND salla_id = :salla_id"_s
            + notOlderGuard(),
        u"INSERT INTO customers (merchant_id, salla_id, first_name, last_name, email, mobile, "
        "city, country, source_at, created_at, updated_at) VALUES (:merchant_id, :salla_id, "
        ":first_name, :last_name, :email, :mobile, :city, :country, :source_at, :now, :now2)"_s,
        fields,
        u"customer"_s,
        [&customer, at](qint64 id) -> Result<QJsonObject> {
            Customer saved = customer;
            saved.id = id;
            saved.updatedAt = time::fromStorage(at);
            return toJson(saved);
        });
}

} // namespace nomo
