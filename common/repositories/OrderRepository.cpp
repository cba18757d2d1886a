#include "repositories/OrderRepository.h"

#include "core/Time.h"
#include "db/Database.h"
#include "json/DomainJson.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
    const QString kColumns =
        u"id, salla_id, reference_id, customer_id, status, total_halalas, discount_halalas, coupon_code, "
        "payment_method, city, item_count, ordered_at, created_at, updated_at, source_at, tax_halalas, product_name, product_image, product_url"_s;

    Order readOrder(const db::Query &q)
    {
        Order o;
        o.id = q.value(0).toLongLong();
        o.sallaId = q.value(1).toLongLong();
        o.referenceId = q.value(2).toString();
        if (!q.value(3).isNull())
            o.customerId = q.value(3).toLongLong();
        o.status = q.value(4).toString();
        o.total = Money::fromHalalas(q.value(5).toLongLong());
        o.discount = Money::fromHalalas(q.value(6).toLongLong());
        o.couponCode = q.value(7).toString();
        o.paymentMethod = q.value(8).toString();
        o.city = q.value(9).toString();
        o.itemCount = q.value(10).toInt();
        o.orderedAt = time::fromStorage(q.value(11).toLongLong());
        o.createdAt = time::fromStorage(q.value(12).toLongLong());
        o.updatedAt = time::fromStorage(q.value(13).toLongLong());
        if (!q.value(14).isNull())
            o.sourceAt = time::fromStorage(q.value(14).toLongLong());
        if (!q.value(15).isNull())
            o.tax = Money::fromHalalas(q.value(15).toLongLong());
        o.productName = q.value(16).toString();
        o.productImage = q.value(17).toString();
        o.productUrl = q.value(18).toString();
        return o;
    }

    bool sameFields(const Order &a, const Order &b)
    {
        return a.referenceId == b.referenceId && a.customerId == b.customerId && a.status == b.status
            && a.total == b.total && a.discount == b.discount && a.tax == b.tax && a.couponCode == b.couponCode
            && a.paymentMethod == b.paymentMethod && a.city == b.city && a.itemCount == b.itemCount
            && a.orderedAt == b.orderedAt && a.productName == b.productName && a.productImage == b.productImage
            && a.productUrl == b.productUrl;
    }
} // namespace

OrderRepository::OrderRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Result<Order> OrderRepository::find(qint64 id) const
{
    return one(u"SELECT "_s + kColumns + u" FROM orders WHERE merchant_id = :merchant_id AND id = :id"_s,
        { { u"id"_s, id } },
        readOrder,
        Error { ErrorCode::NotFound, u"order.not_found"_s, u"order %1 does not exist"_s.arg(id) });
}

Result<std::optional<Order>> OrderRepository::findBySallaId(qint64 sallaId) const
{
    return maybeOne(
        u"SELECT "_s + kColumns + u" FROM orders WHERE merchant_id = :merchant_id AND salla_id = :salla_id"_s,
        { { u"salla_id"_s, sallaId } },
        readOrder);
}

Result<QList<Order>> OrderRepository::listPlaced(const QDateTime &from, const QDateTime &to, int limit) const
{
    return all(u"SELECT "_s + kColumns
            + u" FROM orders WHERE merchant_id = :merchant_id AND ordered_at >= :from AND ordered_at < :to "
              "ORDER BY ordered_at DESC, id DESC LIMIT :limit"_s,
        { { u"from"_s, time::toStorage(from) }, { u"to"_s, time::toStorage(to) }, { u"limit"_s, limit } },
        readOrder);
}

Result<Money> OrderRepository::revenue(const QDateTime &from, const QDateTime &to) const
{
    auto query = run(u"SELECT COALESCE(SUM(total_halalas), 0) FROM orders WHERE merchant_id = :merchant_id "
                     "AND ordered_at >= :from AND ordered_at < :to AND status <> 'canceled'"_s,
        { { u"from"_s, time::toStorage(from) }, { u"to"_s, time::toStorage(to) } });
    if (!query)
        return fail(query.error());
    return Money::fromHalalas(query->next() ? query->value(0).toLongLong() : 0);
}

Result<Upserted> OrderRepository::upsert(const Order &order)
{
    if (order.sallaId <= 0)
        return fail(ErrorCode::InvalidArgument, u"order.id_invalid"_s, u"salla_id: must be positive"_s);
    if (!order.orderedAt.isValid())
        return fail(ErrorCode::InvalidArgument, u"order.date_missing"_s, u"ordered_at: is required"_s);
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto existing = findBySallaId(order.sallaId);
    if (!existing)
        return fail(existing.error());
    if (*existing && isOlder(order.sourceAt, (*existing)->sourceAt))
        return Upserted::olderThanStored((*existing)->id);
    Order incoming = order;
    if (*existing && order.light) {
        // A light order says nothing of amounts, items or the coupon: not "none".
        const Order &stored = **existing;
        incoming.discount = stored.discount;
        incoming.tax = stored.tax;
        incoming.couponCode = stored.couponCode;
        incoming.itemCount = stored.itemCount;
        incoming.productName = stored.productName;
        incoming.productImage = stored.productImage;
        incoming.productUrl = stored.productUrl;
        if (incoming.paymentMethod.isEmpty())
            incoming.paymentMethod = stored.paymentMethod;
        if (incoming.city.isEmpty())
            incoming.city = stored.city;
        if (!incoming.customerId)
            incoming.customerId = stored.customerId;
    }
    if (*existing && sameFields(**existing, incoming))
        return keepSameState(*transaction, u"orders"_s, (*existing)->id, (*existing)->sourceAt, order.sourceAt);

    // One time for the row and its change: the change carries the order as written,
    // built here rather than read back (as a customer's; OrderRepositoryTest pins that
    // they are the same). The UPDATE writes every field or, refused as older, none.
    const qint64 at = now();
    const QVariantMap fields { { u"now"_s, at },
        { u"now2"_s, at },
        { u"salla_id"_s, incoming.sallaId },
        { u"reference_id"_s, incoming.referenceId },
        { u"customer_id"_s, incoming.customerId ? QVariant(*incoming.customerId) : QVariant(QMetaType::fromType<qint64>()) },
        { u"status"_s, incoming.status },
        { u"total"_s, incoming.total.halalas() },
        { u"discount"_s, incoming.discount.halalas() },
        { u"tax"_s, incoming.tax ? QVariant(incoming.tax->halalas()) : QVariant(QMetaType::fromType<qint64>()) },
        { u"coupon_code"_s,
            incoming.couponCode.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(incoming.couponCode) },
        { u"payment_method"_s, incoming.paymentMethod },
        { u"city"_s, incoming.city },
        { u"item_count"_s, incoming.itemCount },
        { u"product_name"_s, incoming.productName },
        { u"product_image"_s, incoming.productImage },
        { u"product_url"_s, incoming.productUrl },
        { u"ordered_at"_s, time::toStorage(incoming.orderedAt) },
        { u"source_at"_s, sourceAtValue(incoming.sourceAt) },
        { u"source_at_guard"_s, sourceAtValue(incoming.sourceAt) } };
    const QString previousStatus = *existing ? (*existing)->status : QString();
    auto written = writeUpsert(*transaction,
        *existing ? std::optional<qint64>((*existing)->id) : std::nullopt,
        u"UPDATE orders SET reference_id = :reference_id, customer_id = :customer_id, status = :status, "
        "total_halalas = :total, discount_halalas = :discount, tax_halalas = :tax, coupon_code = :coupon_code, "
        "payment_method = :payment_method, city = :city, item_count = :item_count, product_name = :product_name, "
        "product_image = :product_image, product_url = :product_url, "
        "ordered_at = :ordered_at, source_at = :source_at, updated_at = :now "
        "WHERE merchant_id = :merchant_id AND salla_id = :salla_id"_s
            + notOlderGuard(),
        u"INSERT INTO orders (merchant_id, salla_id, reference_id, customer_id, status, total_halalas, "
        u"discount_halalas, tax_halalas, "
        "coupon_code, payment_method, city, item_count, product_name, product_image, product_url, ordered_at, source_at, "
        "created_at, updated_at) VALUES "
        "(:merchant_id, :salla_id, :reference_id, :customer_id, :status, :total, :discount, :tax, :coupon_code, "
        ":payment_method, :city, :item_count, :product_name, :product_image, :product_url, :ordered_at, :source_at, "
        ":now, :now2)"_s,
        fields,
        u"order"_s,
        [&incoming, at](qint64 id) -> Result<QJsonObject> {
            Order saved = incoming;
            saved.id = id;
            saved.orderedAt = time::fromStorage(time::toStorage(incoming.orderedAt)); // as stored: milliseconds
            saved.updatedAt = time::fromStorage(at);
            return toJson(saved);
        });
    if (written)
        written->previousStatus = previousStatus;
    return written;
}

} // namespace nomo
