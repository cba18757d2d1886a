#include "repositories/AbandonedCartRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "core/Time.h"
#include "json/DomainJson.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
    const QString kColumns =
        u"id, salla_id, customer_id, total_halalas, checkout_url, status, abandoned_at, updated_at, source_at, items"_s;

    AbandonedCart readCart(const db::Query &q)
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
        if (!q.value(8).isNull())
            cart.sourceAt = time::fromStorage(q.value(8).toLongLong());
        cart.items = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array();
        return cart;
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

Result<bool> AbandonedCartRepository::markPurchased(qint64 sallaId)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto existing = findBySallaId(sallaId);
    if (!existing)
        return fail(existing.error());
    if (!*existing || (*existing)->status == u"purchased")
        return existing->has_value();
    // Not an upsert: a purchase carries no snapshot to date, and must not lose to one.
    auto updated = run(u"UPDATE abandoned_carts SET status = 'purchased', updated_at = :now "
                       "WHERE merchant_id = :merchant_id AND id = :id"_s,
        { { u"now"_s, now() }, { u"id"_s, (*existing)->id } });
    if (!updated)
        return fail(updated.error());
    auto saved = find((*existing)->id);
    if (!saved)
        return fail(saved.error());
    if (auto done = commitWithChange(
            *transaction, u"abandoned_cart"_s, QString::number(saved->id), u"upsert"_s, toJson(*saved));
        !done)
        return fail(done.error());
    return true;
}

Result<Upserted> AbandonedCartRepository::upsert(const AbandonedCart &incoming)
{
    if (incoming.sallaId <= 0)
        return fail(ErrorCode::InvalidArgument, u"cart.id_invalid"_s, u"salla_id: must be positive"_s);
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto existing = findBySallaId(incoming.sallaId);
    if (!existing)
        return fail(existing.error());
    AbandonedCart cart = incoming;
    if (*existing) {
        if (isOlder(cart.sourceAt, (*existing)->sourceAt))
            return Upserted::olderThanStored((*existing)->id);
        // Bought is final: a snapshot of the cart from before the purchase, however
        // its times compare, does not make it abandoned again.
        if ((*existing)->status == u"purchased")
            cart.status = u"purchased"_s;
        if ((*existing)->customerId == cart.customerId && (*existing)->total == cart.total
            && (*existing)->checkoutUrl == cart.checkoutUrl && (*existing)->status == cart.status
            && (*existing)->abandonedAt == cart.abandonedAt && (*existing)->items == cart.items)
            return keepSameState(
                *transaction, u"abandoned_carts"_s, (*existing)->id, (*existing)->sourceAt, cart.sourceAt);
    }
    const QVariantMap fields { { u"salla_id"_s, cart.sallaId },
        { u"customer_id"_s, cart.customerId ? QVariant(*cart.customerId) : QVariant(QMetaType::fromType<qint64>()) },
        { u"total"_s, cart.total.halalas() },
        { u"checkout_url"_s, cart.checkoutUrl },
        { u"items"_s, QString::fromUtf8(QJsonDocument(cart.items).toJson(QJsonDocument::Compact)) },
        { u"status"_s, cart.status },
        { u"abandoned_at"_s, time::toStorage(cart.abandonedAt) },
        { u"source_at"_s, sourceAtValue(cart.sourceAt) },
        { u"source_at_guard"_s, sourceAtValue(cart.sourceAt) } };
    const QString previousStatus = *existing ? (*existing)->status : QString();
    auto written = writeUpsert(*transaction,
        *existing ? std::optional<qint64>((*existing)->id) : std::nullopt,
        // The CASE keeps a purchase that commits between our read and this write.
        u"UPDATE abandoned_carts SET customer_id = :customer_id, total_halalas = :total, "
        "checkout_url = :checkout_url, items = :items, status = CASE WHEN status = 'purchased' THEN status ELSE :status END, "
        "abandoned_at = :abandoned_at, source_at = :source_at, updated_at = :now "
        "WHERE merchant_id = :merchant_id AND salla_id = :salla_id"_s
            + notOlderGuard(),
        u"INSERT INTO abandoned_carts (merchant_id, salla_id, customer_id, total_halalas, "
        "checkout_url, items, status, abandoned_at, source_at, created_at, updated_at) VALUES (:merchant_id, "
        ":salla_id, :customer_id, :total, :checkout_url, :items, :status, :abandoned_at, :source_at, :now, :now2)"_s,
        fields,
        u"abandoned_cart"_s,
        [this](qint64 id) -> Result<QJsonObject> {
            auto saved = find(id);
            if (!saved)
                return fail(saved.error());
            return toJson(*saved);
        });
    if (written)
        written->previousStatus = previousStatus;
    return written;
}

} // namespace nomo
