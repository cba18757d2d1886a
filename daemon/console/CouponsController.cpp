#include "console/CouponsController.h"

#include "coupons/CouponRules.h"
#include "coupons/CouponService.h"
#include "db/Database.h"
#include "domain/Coupon.h"
#include "http/HttpErrors.h"
#include "http/Parameters.h"
#include "json/DomainJson.h"
#include "logging/Logging.h"
#include "repositories/CouponRepository.h"
#include "salla/SallaCoupons.h"

#include <QHttpServerRequest>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

http::Answer problemsAnswer(const QList<CouponProblem> &problems)
{
    QList<http::FieldProblem> list;
    for (const CouponProblem &problem : problems)
        list.append({problem.field, problem.key, CouponRules::describe(problem.key)});
    return http::validationFailed(list, u"the coupon has problems; see problems"_s);
}

http::Answer couponAnswer(const Coupon &coupon, int status = 200)
{
    http::Answer answer = http::Answer::json(toJson(coupon), status);
    answer.headers = {{"ETag", http::etagOf(coupon.version)}};
    return answer;
}

std::optional<qint64> idOf(const http::RequestContext &context)
{
    bool ok = false;
    const qint64 id = context.args.value(0).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

Error notFound(const QString &id)
{
    return Error{ErrorCode::NotFound, u"coupon.not_found"_s, u"no coupon %1 in this store"_s.arg(id)};
}

// If-Match: the version the console edited, or the answer that says what is missing.
std::variant<qint64, http::Answer> ifMatch(const http::RequestContext &context)
{
    return http::requiredVersion(context.request);
}

} // namespace

void CouponsController::install(http::Routes &routes)
{
    using http::Access;
    routes.add({"GET", u"/api/v1/coupons"_s, Access::Console, false, u"The store's coupons, filtered and sorted"_s},
               [this](const http::RequestContext &context) { return list(context); });
    routes.addMutation({"POST", u"/api/v1/coupons"_s, Access::Console, true, u"Create a coupon (or a campaign of codes)"_s},
                       [this](const http::RequestContext &context) { return create(context); });
    routes.add({"GET", u"/api/v1/coupons/{id}"_s, Access::Console, false, u"One coupon"_s},
               [this](const http::RequestContext &context) { return get(context); });
    routes.addMutation({"PATCH", u"/api/v1/coupons/{id}"_s, Access::Console, true, u"Change a coupon's terms"_s},
                       [this](const http::RequestContext &context) { return update(context); });
    routes.addMutation({"POST", u"/api/v1/coupons/{id}/disable"_s, Access::Console, true, u"Stop a coupon"_s},
                       [this](const http::RequestContext &context) { return disable(context); });
    routes.addMutation({"DELETE", u"/api/v1/coupons/{id}"_s, Access::Console, true, u"Delete a coupon, here and on Salla"_s},
                       [this](const http::RequestContext &context) { return remove(context); });
    routes.add({"GET", u"/api/v1/coupons/{id}/codes"_s, Access::Console, false, u"A campaign's one-use codes"_s},
               [this](const http::RequestContext &context) { return codes(context); });
}

QHttpServerResponse CouponsController::list(const http::RequestContext &context) const
{
    const QUrlQuery query = context.request.query();
    CouponRepository::Filter filter;
    filter.search = query.queryItemValue(u"q"_s, QUrl::FullyDecoded);
    if (const QString status = query.queryItemValue(u"status"_s); !status.isEmpty()) {
        filter.status = Coupon::statusFrom(status);
        if (!filter.status)
            return errorResponse(http::badParameter(u"status"_s, u"must be one of: active, inactive, deleted"_s));
    }
    if (const QString sync = query.queryItemValue(u"sync_state"_s); !sync.isEmpty()) {
        filter.sync = Coupon::syncStateFrom(sync);
        if (!filter.sync)
            return errorResponse(http::badParameter(u"sync_state"_s, u"must be one of: pending, synced, failed"_s));
    }
    const QString sort = query.queryItemValue(u"sort"_s);
    if (sort == u"revenue")
        filter.sort = CouponRepository::Filter::Sort::Revenue;
    else if (sort == u"uses")
        filter.sort = CouponRepository::Filter::Sort::Uses;
    else if (!sort.isEmpty() && sort != u"updated")
        return errorResponse(http::badParameter(u"sort"_s, u"must be one of: updated, revenue, uses"_s));
    auto limit = http::integerParameter(query, u"limit"_s, 200, 1, 1000);
    if (!limit)
        return errorResponse(limit.error());
    filter.limit = static_cast<int>(*limit);
    auto coupons = CouponRepository(db(), TenantContext(context.caller->merchantId), m_clock).list(filter);
    if (!coupons)
        return errorResponse(coupons.error());
    QJsonArray items;
    for (const Coupon &coupon : std::as_const(*coupons))
        items.append(toJson(coupon));
    return http::jsonResponse({{u"coupons"_s, items}});
}

QHttpServerResponse CouponsController::get(const http::RequestContext &context) const
{
    const auto id = idOf(context);
    if (!id)
        return errorResponse(notFound(context.args.value(0)));
    auto coupon = CouponRepository(db(), TenantContext(context.caller->merchantId), m_clock).find(*id);
    if (!coupon)
        return errorResponse(coupon.error());
    return couponAnswer(*coupon).toResponse();
}

QHttpServerResponse CouponsController::codes(const http::RequestContext &context) const
{
    const auto id = idOf(context);
    if (!id)
        return errorResponse(notFound(context.args.value(0)));
    CouponRepository coupons(db(), TenantContext(context.caller->merchantId), m_clock);
    auto coupon = coupons.find(*id);
    if (!coupon)
        return errorResponse(coupon.error());
    auto codes = coupons.groupCodes(*id);
    if (!codes)
        return errorResponse(codes.error());
    return http::jsonResponse({{u"coupon_id"_s, *id}, {u"codes"_s, QJsonArray::fromStringList(*codes)}});
}

http::Answer CouponsController::saved(const http::RequestContext &context, const Result<Coupon> &coupon,
                                      const QList<CouponProblem> &problems, int status)
{
    if (!coupon) {
        if (!problems.isEmpty())
            return problemsAnswer(problems);
        return http::Answer::error(coupon.error());
    }
    qCInfo(lcConsoleApi) << "store" << context.caller->merchantId << "device" << context.caller->deviceId << "saved coupon" << coupon->id
                         << "version" << coupon->version;
    Q_EMIT pushQueued();
    return couponAnswer(*coupon, status);
}

http::Answer CouponsController::create(const http::RequestContext &context)
{
    auto body = parseJsonObject(context.request.body(), m_limits);
    if (!body)
        return http::Answer::error(body.error());
    QList<CouponProblem> problems;
    const CouponDraft terms = salla::readCouponRequest(*body, CouponDraft(), &problems);
    if (!problems.isEmpty())
        return problemsAnswer(problems);
    CouponService coupons(db(), TenantContext(context.caller->merchantId), m_clock);
    auto created = coupons.create(terms, &problems);
    return saved(context, created, problems, 201);
}

http::Answer CouponsController::update(const http::RequestContext &context)
{
    const auto id = idOf(context);
    if (!id)
        return http::Answer::error(notFound(context.args.value(0)));
    auto version = ifMatch(context);
    if (auto *answer = std::get_if<http::Answer>(&version))
        return *answer;
    auto body = parseJsonObject(context.request.body(), m_limits);
    if (!body)
        return http::Answer::error(body.error());
    const TenantContext tenant(context.caller->merchantId);
    auto stored = CouponRepository(db(), tenant, m_clock).find(*id);
    if (!stored || stored->status == Coupon::Status::Deleted)
        return http::Answer::error(notFound(context.args.value(0)));
    // Over the stored terms: a field this console left out keeps its value.
    QList<CouponProblem> problems;
    const CouponDraft terms = salla::readCouponRequest(*body, stored->terms, &problems, couponReadOnlyFields());
    if (!problems.isEmpty())
        return problemsAnswer(problems);
    auto updated = CouponService(db(), tenant, m_clock).update(*id, terms, std::get<qint64>(version), &problems);
    if (!updated && updated.error().code == ErrorCode::Conflict && problems.isEmpty()) {
        QJsonObject conflict = errorObject(Error{ErrorCode::Conflict, u"coupon.version_conflict"_s,
                                                 u"the coupon was changed elsewhere; here is the current copy"_s});
        if (auto current = CouponRepository(db(), tenant, m_clock).find(*id))
            conflict.insert(u"current"_s, toJson(*current));
        return http::Answer::json(conflict, 409);
    }
    return saved(context, updated, problems, 200);
}

http::Answer CouponsController::disable(const http::RequestContext &context)
{
    const auto id = idOf(context);
    if (!id)
        return http::Answer::error(notFound(context.args.value(0)));
    return saved(context, CouponService(db(), TenantContext(context.caller->merchantId), m_clock).disable(*id), {}, 200);
}

http::Answer CouponsController::remove(const http::RequestContext &context)
{
    const auto id = idOf(context);
    if (!id)
        return http::Answer::error(notFound(context.args.value(0)));
    auto version = ifMatch(context);
    if (auto *answer = std::get_if<http::Answer>(&version))
        return *answer;
    auto deleted = CouponService(db(), TenantContext(context.caller->merchantId), m_clock).remove(*id, std::get<qint64>(version));
    return saved(context, deleted, {}, 202);
}

} // namespace nomo
