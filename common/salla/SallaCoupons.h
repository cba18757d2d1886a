#pragma once

#include "core/Result.h"
#include "coupons/CouponDraft.h"

#include <QJsonObject>
#include <QStringList>

namespace nomo::salla {

// A coupon as Salla answers it: the facts, Salla's id, its status and figures, and
// the codes of a group.
struct SallaCoupon
{
    qint64 id = 0;
    CouponDraft draft;
    QString status; // active | inactive | deleted
    QStringList groupCodes;
    qint64 uses = 0;
    qint64 customers = 0;
    Money sales;
};

// Salla's coupon API names the same facts differently in a request and an answer
// (REFERENCE.md §3.4: exclude_sale_products ↔ is_sale_products_exclude,
// products_include ↔ include_product_ids, a number ↔ an {amount, currency} object …).
// Both directions are mapped here, field by field, and nowhere else.
QJsonObject couponRequest(const CouponDraft &coupon);
Result<SallaCoupon> readCoupon(const QJsonObject &data);

} // namespace nomo::salla
