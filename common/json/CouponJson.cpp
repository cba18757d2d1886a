#include "core/Time.h"
#include "domain/Coupon.h"
#include "json/DomainJson.h"
#include "json/WireObject.h"
#include "salla/SallaCoupons.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
// What an answer adds to the terms; a client that sends a coupon back as it got it is
// not refused for them.
const QStringList kReadOnly{u"id"_s, u"salla_id"_s, u"version"_s, u"sync"_s, u"usage"_s,
                            u"group_codes"_s, u"created_at"_s, u"updated_at"_s};
} // namespace

const QStringList &couponReadOnlyFields()
{
    return kReadOnly;
}

// The terms in Salla's request names (salla/SallaCoupons.h), and beside them what is
// ours: the ids, the edit version, where it stands with Salla, what it brought in.
QJsonObject toJson(const Coupon &coupon)
{
    QJsonObject json = salla::couponRequest(coupon.terms);
    json.insert(u"id"_s, coupon.id);
    json.insert(u"salla_id"_s, coupon.sallaId ? QJsonValue(*coupon.sallaId) : QJsonValue(QJsonValue::Null));
    json.insert(u"status"_s, Coupon::statusName(coupon.status));
    json.insert(u"version"_s, coupon.version);
    json.insert(u"sync"_s, QJsonObject{{u"state"_s, Coupon::syncStateName(coupon.syncState)},
                                       {u"error"_s, coupon.syncError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(coupon.syncError)},
                                       {u"synced_at"_s, time::toWireOrNull(coupon.syncedAt)}});
    json.insert(u"usage"_s, QJsonObject{{u"uses"_s, coupon.uses},
                                        {u"customers"_s, coupon.customers},
                                        {u"discount_halalas"_s, coupon.discount.halalas()},
                                        {u"revenue_halalas"_s, coupon.revenue.halalas()},
                                        {u"vat_halalas"_s, coupon.vat.halalas()}});
    json.insert(u"group_codes"_s, coupon.groupCodes);
    json.insert(u"created_at"_s, time::toWireOrNull(coupon.createdAt));
    json.insert(u"updated_at"_s, time::toWireOrNull(coupon.updatedAt));
    return json;
}

template<>
QString wireName<Coupon>()
{
    return u"coupon"_s;
}

template<>
Result<Coupon> fromJson<Coupon>(const JsonField &at)
{
    WireObject o(at);
    Coupon coupon;
    coupon.id = o.integer(u"id");
    coupon.sallaId = o.nullableInteger(u"salla_id");
    const QString status = o.oneOf(u"status", {u"active"_s, u"inactive"_s, u"deleted"_s});
    coupon.status = Coupon::statusFrom(status).value_or(Coupon::Status::Active);
    coupon.version = o.integer(u"version");
    const JsonField sync = o.field(u"sync");
    WireObject s(sync);
    coupon.syncState = Coupon::syncStateFrom(s.oneOf(u"state", {u"pending"_s, u"synced"_s, u"failed"_s})).value_or(Coupon::SyncState::Pending);
    coupon.syncedAt = s.nullableTime(u"synced_at");
    if (sync[u"error"].value().isObject())
        coupon.syncError = sync[u"error"].value().toObject();
    const JsonField usage = o.field(u"usage");
    WireObject u(usage);
    coupon.uses = u.integer(u"uses");
    coupon.customers = u.integer(u"customers");
    coupon.discount = u.money(u"discount_halalas");
    coupon.revenue = u.money(u"revenue_halalas");
    coupon.vat = u.money(u"vat_halalas");
    coupon.groupCodes = o.integer(u"group_codes");
    coupon.createdAt = o.nullableTime(u"created_at");
    coupon.updatedAt = o.nullableTime(u"updated_at");
    QList<CouponProblem> problems;
    // `status` is ours here (deleted too), not the terms' active/inactive alone.
    QJsonObject terms = at.value().toObject();
    terms.remove(u"status"_s);
    coupon.terms = salla::readCouponRequest(terms, CouponDraft(), &problems, kReadOnly);
    coupon.terms.active = coupon.status == Coupon::Status::Active;
    // A newer daemon may add terms: they are not this console's to show, and the rest
    // still reads. Only a known field of the wrong shape is an error.
    for (const CouponProblem &problem : std::as_const(problems))
        if (problem.key != u"coupon.field_unknown")
            return fail(wire::refusal(at[problem.field], u"is not a valid %1"_s.arg(problem.field)));
    if (auto ok = s.result(0); !ok)
        return fail(ok.error());
    if (auto ok = u.result(0); !ok)
        return fail(ok.error());
    return o.result(std::move(coupon));
}

} // namespace nomo
