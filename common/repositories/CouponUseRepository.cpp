#include "repositories/CouponUseRepository.h"

#include "repositories/CouponRepository.h"

using namespace Qt::StringLiterals;

namespace nomo {

CouponUseRepository::CouponUseRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

bool CouponUseRepository::counts(const QString &status)
{
    // canceled; restored (returned and refunded); restoring (being returned).
    static const QStringList none{u"canceled"_s, u"cancelled"_s, u"restored"_s, u"restoring"_s, u"refunded"_s};
    return !none.contains(status);
}

Result<QList<qint64>> CouponUseRepository::recordOrder(qint64 orderId)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    struct OrderFacts
    {
        QString status, code;
        std::optional<qint64> customer;
        qint64 total = 0, discount = 0, orderedAt = 0;
        std::optional<qint64> tax;
    };
    auto order = one(u"SELECT status, COALESCE(coupon_code, ''), customer_id, total_halalas, discount_halalas, tax_halalas, ordered_at "
                     "FROM orders WHERE merchant_id = :merchant_id AND id = :id"_s,
                     {{u"id"_s, orderId}},
                     [](const db::Query &q) {
                         OrderFacts f{q.value(0).toString(), q.value(1).toString(), std::nullopt,
                                      q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(6).toLongLong(), std::nullopt};
                         if (!q.value(2).isNull())
                             f.customer = q.value(2).toLongLong();
                         if (!q.value(5).isNull())
                             f.tax = q.value(5).toLongLong();
                         return f;
                     },
                     Error{ErrorCode::NotFound, u"order.not_found"_s, u"order %1 does not exist"_s.arg(orderId)});
    if (!order)
        return fail(order.error());
    auto previous = maybeOne(u"SELECT coupon_id FROM coupon_uses WHERE merchant_id = :merchant_id AND order_id = :id"_s,
                             {{u"id"_s, orderId}}, [](const db::Query &q) { return q.value(0).toLongLong(); });
    if (!previous)
        return fail(previous.error());

    std::optional<qint64> coupon;
    if (!order->code.isEmpty()) {
        const QVariantMap key{{u"key"_s, order->code.trimmed().toUpper()}};
        for (const QString &sql : {u"SELECT id FROM coupons WHERE merchant_id = :merchant_id AND code_key = :key"_s,
                                   u"SELECT coupon_id FROM coupon_codes WHERE merchant_id = :merchant_id AND code_key = :key"_s}) {
            auto found = maybeOne(sql, key, [](const db::Query &q) { return q.value(0).toLongLong(); });
            if (!found)
                return fail(found.error());
            if (*found) {
                coupon = **found;
                break;
            }
        }
    }

    QList<qint64> touched;
    if (coupon) {
        // Net of VAT when Salla told it; an order first seen without amounts counts whole.
        const qint64 vat = order->tax.value_or(0);
        const QVariantMap binds{{u"coupon"_s, *coupon},
                                {u"order"_s, orderId},
                                {u"customer"_s, order->customer ? QVariant(*order->customer) : QVariant(QMetaType::fromType<qint64>())},
                                {u"counted"_s, counts(order->status)},
                                {u"discount"_s, order->discount},
                                {u"revenue"_s, order->total - vat},
                                {u"vat"_s, vat},
                                {u"used_at"_s, order->orderedAt}};
        auto written = *previous
            ? run(u"UPDATE coupon_uses SET coupon_id = :coupon, customer_id = :customer, counted = :counted, "
                  "discount_halalas = :discount, revenue_halalas = :revenue, vat_halalas = :vat, used_at = :used_at "
                  "WHERE merchant_id = :merchant_id AND order_id = :order"_s,
                  binds)
            : insert(u"INSERT INTO coupon_uses (merchant_id, coupon_id, order_id, customer_id, counted, discount_halalas, "
                     "revenue_halalas, vat_halalas, used_at) VALUES (:merchant_id, :coupon, :order, :customer, :counted, "
                     ":discount, :revenue, :vat, :used_at)"_s,
                     binds);
        if (!written)
            return fail(written.error());
        touched.append(*coupon);
    } else if (*previous) {
        // The order no longer carries one of our codes (Salla's order.coupon.updated).
        if (auto removed = run(u"DELETE FROM coupon_uses WHERE merchant_id = :merchant_id AND order_id = :id"_s, {{u"id"_s, orderId}});
            !removed)
            return fail(removed.error());
    }
    if (*previous && (!coupon || **previous != *coupon))
        touched.append(**previous);

    CouponRepository coupons(m_db, tenant(), m_clock);
    for (const qint64 id : std::as_const(touched))
        if (auto refreshed = coupons.refreshUsage(id); !refreshed)
            return fail(refreshed.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return touched;
}

} // namespace nomo
