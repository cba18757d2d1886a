#pragma once

#include "SimClock.h"

#include <QJsonObject>

namespace nomo::sim {

class SimData;
struct SimStore;

// Salla's coupons as its Merchant API keeps them (REFERENCE.md §3.4): the 422 rules
// with Salla's Arabic messages by field, every request field stored under its answer
// name (products_include -> include_product_ids, numbers -> {amount, currency}, ...),
// and the generated codes of group coupons. A store's coupons are kept as answer
// objects, so the API, the listing and the webhooks emit that shape by construction.
class SimCoupons
{
public:
    // Salla: every rule the API applies. ShapeOnly: only that each field has a JSON
    // type the record can hold, for the merchant's own edits on Salla's dashboard
    // (/_sim/stores/{store}/coupons), which need not obey what the API refuses to an
    // app (an expiry in the past, a code another coupon has).
    enum class Checks { Salla, ShapeOnly };
    static constexpr int kMaxGroupCodes = 10000;

    SimCoupons(SimData &data, const SimClock &clock);

    // Field errors, {field: [message, ...]}; empty when the request is acceptable.
    // `existing` is the stored coupon on an update (nothing is then required).
    QJsonObject problems(const SimStore &store, const QJsonObject &request, const QJsonObject *existing,
                         Checks checks = Checks::Salla) const;
    QJsonObject create(SimStore &store, const QJsonObject &request);
    // Changes only the fields the request names; an explicit null clears a nullable
    // field (limits, minimum/maximum amount, beneficiary_domain).
    QJsonObject update(SimStore &store, qint64 id, const QJsonObject &request);

private:
    // Grows or shrinks a group's codes to its group_coupons_count.
    void sizeGroup(const SimStore &store, QJsonObject &coupon);

    SimData &m_data;
    const SimClock &m_clock;
};

} // namespace nomo::sim
