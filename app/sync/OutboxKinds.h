#pragma once

#include "api/ApiResponse.h"
#include "cache/Outbox.h"
#include "core/Result.h"

namespace nomo {

class CacheDatabase;
struct FeatureEdit;
struct MessageTemplate;

// What each kind of queued mutation means, in one table: how its request is made,
// and how the daemon's final answer lands in the cache. The SyncEngine sends every
// row the same way (method, path, If-Match, Idempotency-Key, body) and asks the row's
// kind what the answer means. A row of a kind missing here (left by a newer console)
// is still sent, and its answer changes nothing but the outbox.
struct OutboxKind
{
    using Apply = Status (*)(const CacheDatabase &cache, const OutboxEntry &entry, const ApiResponse &response);

    QString name;
    // Whether a newer request of the same resource takes the place of one never sent.
    Outbox::Unsent unsent = Outbox::Unsent::Queue;
    // The daemon did it (2xx). Runs in the transaction that took the row out of the outbox.
    Apply applied = nullptr;
    // The daemon refused it for good (409, 422 or another 4xx). Same transaction.
    Apply refused = nullptr;
    // What its answers change on screen.
    bool touchesFeatures = false;
    bool touchesDevices = false;
    // The merchant is told of a refusal (SyncEngine::editRejected): it was their edit.
    bool reportsRefusal = false;
    // A coupon's: its answers change the coupon list, and a refusal is told as the
    // coupon's (SyncEngine::couponRejected).
    bool touchesCoupons = false;
    // A message template's: its answers change the templates shown.
    bool touchesTemplates = false;
};

// nullptr for a kind this console does not know.
const OutboxKind *outboxKind(const QString &name);

// The requests, as the daemon expects them (docs/api/openapi.yaml).
// PUT /api/v1/features/{key}, If-Match the version the edit was made on.
OutboxRequest featureEditRequest(const QString &key, const FeatureEdit &edit, qint64 version);
// DELETE /api/v1/devices/{id}.
OutboxRequest deviceRevokeRequest(qint64 deviceId);
// DELETE /api/v1/subscribers/{id}: a subscriber deleted at their request.
OutboxRequest subscriberEraseRequest(qint64 subscriberId);
// PUT /api/v1/templates/{automation}/{channel}/{language}, If-Match the version it was made on.
OutboxRequest templateSaveRequest(const MessageTemplate &tmpl);
// DELETE the same: the gallery's template again.
OutboxRequest templateResetRequest(const MessageTemplate &tmpl);

} // namespace nomo
