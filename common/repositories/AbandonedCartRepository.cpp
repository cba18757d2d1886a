#include "repositories/AbandonedCartRepository.h"

#include <QJsonObject>

#include "core/Time.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
    const QString kColumns =
        u"id, salla_id, customer_id, total_halalas, checkout_url, status, abandoned_at, updated_at"_s;

    AbandonedCart readCart(const QSqlQuery &q)
    {
        AbandonedCart cart;
        cart.id = q.value(0).toLongLong();
        cart.sallaId = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            cart.customerId = q.value(2).toLongLong();
        cart.total = Money::fromHalalas(q.value(3).toLongLong());
        cart.checkoutUrl = q.value(4).toString();
        cart.status = q.value(5).toString();
        cart.abandonedAt = time::fromStorage(q.value(6).toLongLong());
        cart.updatedAt = time::fromStorage(q.value(7).toLongLong());
        return cart;
    }

    QJsonObject toJson(const AbandonedCart &cart)
    {
        return { { u"id"_s, cart.id },
            { u"salla_id"_s, cart.sallaId },
            { u"customer_id"_s, cart.customerId ? QJsonValue(*cart.customerId) : QJsonValue(QJsonValue::Null) },
            { u"total_halalas"_s, cart.total.halalas() },
            { u"checkout_url"_s, cart.checkoutUrl },
            { u"status"_s, cart.status },
            { u"abandoned_at"_s, time::toWire(cart.abandonedAt) } };
    }
} // namespace

AbandonedCartRepository::AbandonedCartRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Result<AbandonedCart> AbandonedCartRepository::find(qint64 id) const
{
    return one(u"SELECT "_s + kColumns + u" FROM abandoned_carts WHERE merchant_id = :merchant_id AND id = :id"_s,
        { { u"id"_s, id } },
        readCart,
        Error { ErrorCode::NotFound, u"cart.not_found"_s, u"cart %1 does not exist"_s.arg(id) });
}

Result<std::optional<AbandonedCart>> AbandonedCartRepository::findBySallaId(qint64 sallaId) const
{
    return maybeOne(
        u"SELECT "_s + kColumns + u" FROM abandoned_carts WHERE merchant_id = :merchant_id AND salla_id = :salla_id"_s,
        { { u"salla_id"_s, sallaId } },
        readCart);
}

Result<QList<AbandonedCart>> AbandonedCartRepository::list(const QString &status, int limit) const
{
    return all(u"SELECT "_s + kColumns
            + u" FROM abandoned_carts WHERE merchant_id = :merchant_id AND status = :status "
              "ORDER BY abandoned_at DESC LIMIT :limit"_s,
        { { u"status"_s, status }, { u"limit"_s, limit } },
        readCart);
}

Result<qint64> AbandonedCartRepository::upsert(const AbandonedCart &cart)
{
    if (cart.sallaId <= 0)
        return fail(ErrorCode::InvalidArgument, u"cart.id_invalid"_s, u"salla_id: must be positive"_s);
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto existing = findBySallaId(cart.sallaId);
    if (!existing)
        return fail(existing.error());
    if (*existing && (*existing)->customerId == cart.customerId && (*existing)->total == cart.total
        && (*existing)->checkoutUrl == cart.checkoutUrl && (*existing)->status == cart.status
        && (*existing)->abandonedAt == cart.abandonedAt)
        return (*existing)->id;
    const QVariantMap fields { { u"salla_id"_s, cart.sallaId },
        { u"customer_id"_s, cart.customerId ? QVariant(*cart.customerId) : QVariant(QMetaType::fromType<qint64>()) },
        { u"total"_s, cart.total.halalas() },
        { u"checkout_url"_s, cart.checkoutUrl },
        { u"status"_s, cart.status },
        { u"abandoned_at"_s, time::toStorage(cart.abandonedAt) } };
    return writeUpsert(*transaction,
        *existing ? std::optional<qint64>((*existing)->id) : std::nullopt,
        u"UPDATE abandoned_carts SET customer_id = :customer_id, total_halalas = :total, "
        "checkout_url = :checkout_url, status = :status, abandoned_at = :abandoned_at, updated_at = :now "
        "WHERE merchant_id = :merchant_id AND salla_id = :salla_id"_s,
        u"INSERT INTO abandoned_carts (merchant_id, salla_id, customer_id, total_halalas, "
        "checkout_url, status, abandoned_at, created_at, updated_at) VALUES (:merchant_id, "
        ":salla_id, :customer_id, :total, :checkout_url, :status, :abandoned_at, :now, :now2)"_s,
        fields,
        u"abandoned_cart"_s,
        [this](qint64 id) -> Result<QJsonObject> {
            auto saved = find(id);
            if (!saved)
                return fail(saved.error());
            return toJson(*saved);
        });
}

} // namespace nomo
