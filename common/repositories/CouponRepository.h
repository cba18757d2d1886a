#pragma once

#include "domain/Coupon.h"
#include "repositories/TenantRepository.h"

#include <QList>
#include <QSet>

namespace nomo {

// The merchant's coupons. Every write puts the coupon on the change feed in its own
// transaction. The merchant's edits (create, update, delete) bump `version` and make
// the coupon pending for Salla; the push's writes (what Salla accepted or refused)
// and usage leave the version alone.
class CouponRepository : public TenantRepository
{
public:
    CouponRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    struct Filter
    {
        enum class Sort { Updated, Revenue, Uses };
        QString search; // part of the code, any case
        std::optional<Coupon::Status> status;
        std::optional<Coupon::SyncState> sync;
        Sort sort = Sort::Updated;
        int limit = 200;
        bool includeDeleted = false;
    };

    Result<Coupon> find(qint64 id) const; // NotFound for another merchant's id
    Result<std::optional<Coupon>> findBySallaId(qint64 sallaId) const;
    Result<std::optional<Coupon>> findByCode(const QString &code) const;
    Result<QList<Coupon>> list(const Filter &filter) const;
    Result<QList<Coupon>> list() const { return list(Filter{}); }
    // Every code the store's coupons and campaigns hold, upper-cased, but `except`'s own.
    Result<QSet<QString>> codes(std::optional<qint64> except = std::nullopt) const;
    Result<QStringList> groupCodes(qint64 id) const;

    // The merchant's edits. Conflict (coupon.code_taken) for a code in use; update and
    // markDeleted only while the stored version is still `expectedVersion`.
    Result<Coupon> create(const CouponDraft &terms);
    Result<Coupon> update(qint64 id, const CouponDraft &terms, qint64 expectedVersion);
    Result<Coupon> markDeleted(qint64 id, qint64 expectedVersion);

    // The push's writes. Salla accepted `pushedVersion` (its id, a campaign's codes):
    // synced if no edit came meanwhile, else still pending.
    Result<Coupon> recordPushed(qint64 id, qint64 sallaId, qint64 pushedVersion, const CouponDraft &pushedTerms,
                                const QStringList &groupCodes);
    Result<Coupon> recordFailed(qint64 id, const QJsonObject &error);
    // Salla no longer has it (deleted there, or by us): the row goes, the feed says so.
    Status erase(qint64 id);
    // Salla's copy changed on its side: it wins, as a new version Salla already has.
    Result<Coupon> adoptSallaCopy(qint64 id, const CouponDraft &terms, const QStringList &groupCodes);
    // Usage sums recomputed from coupon_uses (CouponUsage), onto the feed.
    Result<Coupon> refreshUsage(qint64 id);

private:
    Status replaceGroupCodes(qint64 id, const QStringList &codes) const;
    Result<Coupon> commitCoupon(db::Transaction &transaction, qint64 id) const;
};

} // namespace nomo
