#include "coupons/CouponService.h"

#include "coupons/CouponCodes.h"
#include "db/Database.h"
#include "jobs/JobKinds.h"
#include "jobs/JobQueue.h"
#include "repositories/CouponRepository.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
Error invalid()
{
    return Error{ErrorCode::InvalidArgument, u"coupon.invalid"_s, u"the coupon has problems"_s};
}
} // namespace

CouponService::CouponService(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : m_db(std::move(db))
    , m_tenant(tenant)
    , m_clock(clock)
{
}

Status CouponService::queuePush(qint64 couponId)
{
    JobSpec push{QString::fromUtf16(job_kinds::kCouponPush), m_tenant.merchantId(), u"coupon.push:%1"_s.arg(couponId),
                 {{u"coupon_id"_s, couponId}}, {}, 10, 0};
    if (auto queued = JobQueue(m_db, m_clock).enqueue(push); !queued)
        return fail(queued.error());
    return {};
}

Result<Coupon> CouponService::checkedSave(const CouponDraft &terms, std::optional<qint64> id, QList<CouponProblem> *problems,
                                          const std::function<Result<Coupon>()> &save)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto taken = CouponRepository(m_db, m_tenant, m_clock).codes(id);
    if (!taken)
        return fail(taken.error());
    const QList<CouponProblem> found = CouponRules::check(terms, m_clock.nowUtc(), *taken);
    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        return fail(invalid());
    }
    auto saved = save();
    if (!saved) {
        // Another writer took the code between the check and the save.
        if (saved.error().messageKey == u"coupon.code_taken" && problems)
            *problems = {{u"code"_s, u"coupon.code_taken"_s}};
        return saved.error().messageKey == u"coupon.code_taken" ? fail(invalid()) : saved;
    }
    if (auto queued = queuePush(saved->id); !queued)
        return fail(queued.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return saved;
}

Result<Coupon> CouponService::create(const CouponDraft &terms, QList<CouponProblem> *problems)
{
    CouponRepository coupons(m_db, m_tenant, m_clock);
    return checkedSave(terms, std::nullopt, problems, [&] { return coupons.create(terms); });
}

Result<Coupon> CouponService::update(qint64 id, const CouponDraft &terms, qint64 expectedVersion, QList<CouponProblem> *problems)
{
    CouponRepository coupons(m_db, m_tenant, m_clock);
    auto stored = coupons.find(id);
    if (!stored || stored->status == Coupon::Status::Deleted)
        return fail(ErrorCode::NotFound, u"coupon.not_found"_s, u"no coupon %1 in this store"_s.arg(id));
    // A campaign's codes are made once, at the create.
    if (terms.isGroup != stored->terms.isGroup || terms.groupCount != stored->terms.groupCount) {
        if (problems)
            *problems = {{u"is_group"_s, u"coupon.group_fixed"_s}};
        return fail(invalid());
    }
    return checkedSave(terms, id, problems, [&] { return coupons.update(id, terms, expectedVersion); });
}

Result<Coupon> CouponService::disable(qint64 id)
{
    CouponRepository coupons(m_db, m_tenant, m_clock);
    auto stored = coupons.find(id);
    if (!stored || stored->status == Coupon::Status::Deleted)
        return fail(ErrorCode::NotFound, u"coupon.not_found"_s, u"no coupon %1 in this store"_s.arg(id));
    if (!stored->terms.active)
        return stored;
    CouponDraft terms = stored->terms;
    terms.active = false;
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto saved = coupons.update(id, terms, stored->version);
    if (!saved)
        return saved;
    if (auto queued = queuePush(id); !queued)
        return fail(queued.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return saved;
}

Result<Coupon> CouponService::remove(qint64 id, qint64 expectedVersion)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto deleted = CouponRepository(m_db, m_tenant, m_clock).markDeleted(id, expectedVersion);
    if (!deleted)
        return deleted;
    if (auto queued = queuePush(id); !queued)
        return fail(queued.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return deleted;
}

Result<Coupon> CouponService::createOneOff(CouponDraft terms, const QString &prefix, QList<CouponProblem> *problems)
{
    terms.isGroup = false;
    terms.usageLimit = 1;
    terms.usageLimitPerCustomer = 1;
    // A fresh code collides only with a writer racing this one: a few tries settle it.
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto taken = CouponRepository(m_db, m_tenant, m_clock).codes();
        if (!taken)
            return fail(taken.error());
        terms.code = CouponCodes::make(prefix, 8, *taken);
        QList<CouponProblem> found;
        auto created = create(terms, &found);
        if (created || found != QList<CouponProblem>{{u"code"_s, u"coupon.code_taken"_s}}) {
            if (problems)
                *problems = found;
            return created;
        }
    }
    return fail(ErrorCode::Conflict, u"coupon.code_taken"_s, u"three fresh codes were taken meanwhile"_s);
}

} // namespace nomo
