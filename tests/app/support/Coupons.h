#pragma once

// Coupons as the daemon sends them, and a way to put them in a cache through the
// change feed, as the SyncEngine does.
#include "cache/ChangeApplier.h"
#include "cache/SyncStateStore.h"
#include "core/Time.h"
#include "domain/Coupon.h"
#include "support/CacheFixture.h"

#include <QJsonArray>

namespace nomo::test {

// A synced percentage coupon expiring at the end of `expiry` (Riyadh time).
inline Coupon sampleCoupon(qint64 id, const QString &code, qint64 percentHundredths, const QDate &expiry)
{
    Coupon coupon;
    coupon.id = id;
    coupon.sallaId = 5000 + id;
    coupon.terms.code = code;
    coupon.terms.type = CouponDraft::Type::Percentage;
    coupon.terms.amount = percentHundredths;
    coupon.terms.expiresAt = QDateTime(expiry, QTime(23, 59, 59), time::riyadh()).toUTC();
    coupon.status = Coupon::Status::Active;
    coupon.version = 1;
    coupon.pushedVersion = 1;
    coupon.syncState = Coupon::SyncState::Synced;
    coupon.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    coupon.updatedAt = coupon.createdAt.addSecs(60 * id);
    return coupon;
}

// Salla's refusal of a push, as CouponPush keeps it.
inline QJsonObject sallaRefusal(const QString &field, const QString &words)
{
    return QJsonObject{{QStringLiteral("message"), QStringLiteral("Salla refused the coupon")},
                       {QStringLiteral("key"), QStringLiteral("salla.validation_failed")},
                       {QStringLiteral("fields"), QJsonObject{{field, QJsonArray{words}}}}};
}

// The coupons as one page of the change feed after the cache's cursor.
inline void applyCoupons(const CacheDatabase &cache, const QList<Coupon> &coupons)
{
    const qint64 since = SyncStateStore(cache).cursor();
    QJsonArray changes;
    qint64 seq = since;
    for (const Coupon &coupon : coupons)
        changes.append(change(++seq, QStringLiteral("coupon"), QString::number(coupon.id), toJson(coupon)));
    auto applied = ChangeApplier(cache).apply(decodedPage(changes, seq, false));
    ASSERT_TRUE(applied.has_value()) << applied.error().toString().toStdString();
}

} // namespace nomo::test
