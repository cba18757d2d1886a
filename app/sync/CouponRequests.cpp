#include "sync/CouponRequests.h"

#include "salla/SallaCoupons.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nomo {

OutboxRequest couponCreateRequest(const CouponDraft &draft)
{
    // Keyed by the code: a refusal names the coupon the merchant made.
    return OutboxRequest{outboxkind::CouponCreate, draft.code.toUpper(), "POST", u"/api/v1/coupons"_s, std::nullopt,
                         salla::couponRequest(draft)};
}

OutboxRequest couponEditRequest(qint64 id, const CouponDraft &draft, qint64 version)
{
    return OutboxRequest{outboxkind::CouponEdit, QString::number(id), "PATCH", u"/api/v1/coupons/%1"_s.arg(id),
                         QString::number(version), salla::couponRequest(draft)};
}

OutboxRequest couponDisableRequest(qint64 id)
{
    return OutboxRequest{outboxkind::CouponDisable, QString::number(id), "POST", u"/api/v1/coupons/%1/disable"_s.arg(id),
                         std::nullopt, std::nullopt};
}

OutboxRequest couponDeleteRequest(qint64 id, qint64 version)
{
    return OutboxRequest{outboxkind::CouponDelete, QString::number(id), "DELETE", u"/api/v1/coupons/%1"_s.arg(id),
                         QString::number(version), std::nullopt};
}

QList<CouponProblem> couponProblems(const ApiResponse &response)
{
    // Read here rather than by a codec of common/json: ApiError carries one field and
    // no key, and this list is the coupon routes' alone (see docs/architecture.md).
    QList<CouponProblem> problems;
    const QJsonObject error = response.body.value(u"error"_s).toObject();
    for (const QJsonValue &item : error.value(u"problems"_s).toArray()) {
        const QJsonObject problem = item.toObject();
        const QString field = problem.value(u"field"_s).toString();
        const QString key = problem.value(u"key"_s).toString();
        if (!field.isEmpty() && key.startsWith(u"coupon."_s))
            problems.append({field, key});
    }
    if (problems.isEmpty() && response.httpStatus == 422 && !error.value(u"field"_s).toString().isEmpty())
        problems.append({error.value(u"field"_s).toString(), u"coupon.salla_refused"_s});
    return problems;
}

} // namespace nomo
