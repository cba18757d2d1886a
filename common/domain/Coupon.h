#pragma once

#include "money/Money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace nomo {

// A discount coupon as Nomo Flow keeps it; Salla's copy is linked by `sallaId`.
struct Coupon
{
    enum class Type { Percentage, Fixed };
    enum class SyncState { Pending, Synced, Failed };

    qint64 id = 0;
    std::optional<qint64> sallaId;
    QString code;
    Type type = Type::Percentage;
    // Percentage: hundredths of a percent (1000 = 10 %). Fixed: halalas.
    qint64 amount = 0;
    std::optional<Money> minimumAmount;
    std::optional<Money> maximumAmount;
    bool freeShipping = false;
    bool excludeSaleProducts = false;
    std::optional<qint64> usageLimit;
    std::optional<qint64> usageLimitPerUser;
    QDateTime startsAt;
    QDateTime expiresAt;
    QString status = QStringLiteral("active"); // active, inactive, deleted
    qint64 usageCount = 0;
    SyncState syncState = SyncState::Pending;
    QString syncError;
    qint64 version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    static QString typeName(Type type);
    static QString syncStateName(SyncState state);
};

} // namespace nomo
