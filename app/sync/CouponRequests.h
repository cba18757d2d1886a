#pragma once

#include "api/ApiResponse.h"
#include "cache/Outbox.h"
#include "coupons/CouponDraft.h"
#include "coupons/CouponRules.h"

namespace nomo {

// A coupon's mutations as the daemon takes them (docs/api/openapi.yaml
// /api/v1/coupons…): the terms in Salla's request names (salla::couponRequest), the
// version the merchant's screen rests on as If-Match where the daemon asks for one.
OutboxRequest couponCreateRequest(const CouponDraft &draft);                         // POST, 201
OutboxRequest couponEditRequest(qint64 id, const CouponDraft &draft, qint64 version); // PATCH, If-Match
OutboxRequest couponDisableRequest(qint64 id);                                        // POST …/disable
OutboxRequest couponDeleteRequest(qint64 id, qint64 version);                         // DELETE, If-Match, 202

// A 422's problems ({"error": {"problems": [{field, key, message}]}}), by field and
// key as CouponRules gives them; the first field alone when the list is missing.
QList<CouponProblem> couponProblems(const ApiResponse &response);

} // namespace nomo
