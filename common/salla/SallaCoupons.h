#pragma once

#include "core/Result.h"
#include "coupons/CouponDraft.h"
#include "coupons/CouponRules.h"

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

// The inverse of couponRequest(): a body in Salla's request names (what the console
// API takes, so a payload Salla documents means the same here), read over `base` —
// a field left out keeps base's value, null clears an optional one. Money fields are
// SAR with at most two decimals, a percentage a number of percent (12.5), dates
// "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS" in Riyadh time (an expiry day alone lasts
// to its end). A field of the wrong shape, or a name Salla's API does not have, is
// a problem (coupon.field_shape, coupon.field_unknown) reported by field beside the
// rules' own; `readOnly` names (what our answers add) are passed over.
// The request fields in which two coupons' terms differ (dates by their Riyadh day and
// time to the minute, since Salla may answer a date alone; a campaign's make-up is
// not compared: it is fixed at the create).
QStringList changedFields(const CouponDraft &a, const CouponDraft &b);

CouponDraft readCouponRequest(const QJsonObject &body, const CouponDraft &base, QList<CouponProblem> *problems,
                              const QStringList &readOnly = {});

} // namespace nomo::salla
