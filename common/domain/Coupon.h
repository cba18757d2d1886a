#pragma once

#include "coupons/CouponDraft.h"
#include "money/Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace nomo {

// A discount coupon as Nomo Flow keeps it: the terms the merchant set (every field of
// Salla's coupon API, coupons/CouponDraft.h), where it stands with Salla, and what
// it brought in. Salla's copy is linked by `sallaId`.
struct Coupon
{
    enum class SyncState { Pending, Synced, Failed };
    enum class Status { Active, Inactive, Deleted }; // Deleted: waiting for Salla to delete it too

    qint64 id = 0;
    std::optional<qint64> sallaId;
    CouponDraft terms;
    Status status = Status::Active;
    // The merchant's edit version (If-Match). The sync state is not part of it.
    qint64 version = 0;
    qint64 pushedVersion = 0; // the version Salla last accepted
    CouponDraft pushedTerms;  // and its terms
    SyncState syncState = SyncState::Pending;
    // Why the last push failed: {"message": …, "fields": {request field: [Salla's words]}}.
    QJsonObject syncError;
    QDateTime syncedAt;

    // What it brought in: orders not cancelled or refunded that used it.
    qint64 uses = 0;
    qint64 customers = 0;
    Money discount;
    Money revenue; // order totals net of VAT
    Money vat;
    qint64 groupCodes = 0; // a campaign's one-use codes, as Salla made them

    QDateTime createdAt;
    QDateTime updatedAt;

    static QString syncStateName(SyncState state);
    static std::optional<SyncState> syncStateFrom(const QString &name);
    static QString statusName(Status status);
    static std::optional<Status> statusFrom(const QString &name);
};

} // namespace nomo
