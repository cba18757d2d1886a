#pragma once

#include "console/ConsoleController.h"
#include "core/Result.h"
#include "json/JsonReader.h"

namespace nomo {

struct Coupon;
struct CouponDraft;
struct CouponProblem;

// /api/v1/coupons: the merchant's coupons (docs/api/openapi.yaml). A coupon reads and
// is written in Salla's request names (salla/SallaCoupons.h). Every edit is checked
// by the rules Salla applies and ours (coupons/CouponRules.h: all problems at once,
// 422 by field), stored with a new version, put on the change feed and handed to a
// "coupon.push" job (coupons/CouponService.h) that brings Salla's copy level (salla/CouponPush.h); the answer
// does not wait for Salla: the coupon's `sync` says where that stands.
class CouponsController : public ConsoleController
{
    Q_OBJECT

public:
    CouponsController(QString connectionName, JsonLimits limits, const Clock &clock, QObject *parent)
        : ConsoleController(std::move(connectionName), clock, parent)
        , m_limits(limits)
    {
    }
    void install(http::Routes &routes) override;

Q_SIGNALS:
    // A push was queued: the worker may pick it up at once.
    void pushQueued();

private:
    QHttpServerResponse list(const http::RequestContext &context) const;
    QHttpServerResponse get(const http::RequestContext &context) const;
    QHttpServerResponse codes(const http::RequestContext &context) const;
    http::Answer create(const http::RequestContext &context);
    http::Answer update(const http::RequestContext &context);
    http::Answer disable(const http::RequestContext &context);
    http::Answer remove(const http::RequestContext &context);

    // The answer to a save: the coupon (and the worker woken for its push), or its problems.
    http::Answer saved(const http::RequestContext &context, const Result<Coupon> &coupon, const QList<CouponProblem> &problems,
                       int status);

    JsonLimits m_limits;
};

} // namespace nomo
