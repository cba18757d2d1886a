#include "salla/CouponReconcile.h"

#include "db/Database.h"
#include "domain/Coupon.h"
#include "jobs/JobKinds.h"
#include "jobs/JobQueue.h"
#include "logging/Logging.h"
#include "repositories/ActivityRepository.h"
#include "repositories/CouponRepository.h"
#include "salla/SallaApiClient.h"
#include "salla/SallaCoupons.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nomo {

CouponReconcile::CouponReconcile(QString connectionName, SallaApiClient &api, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
    , m_api(api)
    , m_clock(clock)
{
}

Result<QList<qint64>> CouponReconcile::storesWithCoupons(const QSqlDatabase &db)
{
    auto query = db::exec(db, u"SELECT DISTINCT c.merchant_id FROM coupons c JOIN merchants m ON m.id = c.merchant_id "
                              "WHERE m.status = 'active' ORDER BY c.merchant_id"_s);
    if (!query)
        return fail(query.error());
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

void CouponReconcile::reconcile(qint64 merchantId, std::function<void(Result<int>)> done)
{
    const QDateTime listedAt = m_clock.nowUtc();
    m_api.getAllPages(merchantId, u"/coupons"_s, {}, [this, merchantId, listedAt, done](Result<QJsonArray> listed) {
        if (!listed)
            return done(fail(listed.error()));
        done(apply(merchantId, *listed, listedAt));
    });
}

Result<int> CouponReconcile::apply(qint64 merchantId, const QJsonArray &sallaCoupons, const QDateTime &listedAt)
{
    QHash<qint64, salla::SallaCoupon> onSalla;
    for (const QJsonValue &item : sallaCoupons)
        if (auto read = salla::readCoupon(item.toObject()); read && read->status != u"deleted")
            onSalla.insert(read->id, *read);

    const TenantContext tenant(merchantId);
    CouponRepository coupons(db(), tenant, m_clock);
    CouponRepository::Filter all;
    all.includeDeleted = true;
    all.limit = 1000000;
    auto ours = coupons.list(all);
    if (!ours)
        return fail(ours.error());
    ActivityRepository activity(db(), tenant, m_clock);
    int changed = 0;
    for (const Coupon &coupon : std::as_const(*ours)) {
        const bool unsent = coupon.version != coupon.pushedVersion;
        if (coupon.syncState == Coupon::SyncState::Pending) {
            // Queued again if its job ended (unique key: a waiting or running one is left alone).
            JobSpec push{QString::fromUtf16(job_kinds::kCouponPush), merchantId, u"coupon.push:%1"_s.arg(coupon.id),
                         {{u"coupon_id"_s, coupon.id}}, {}, 10, 0};
            if (auto queued = JobQueue(db(), m_clock).enqueue(push); !queued)
                return fail(queued.error());
        }
        // Pushed after Salla's list was read: the list cannot say anything of it yet.
        if (!coupon.sallaId || (coupon.syncedAt.isValid() && coupon.syncedAt >= listedAt))
            continue;
        const auto found = onSalla.constFind(*coupon.sallaId);
        QStringList differ;
        if (found != onSalla.constEnd()) {
            if (coupon.status == Coupon::Status::Deleted)
                continue; // our delete is on its way to Salla
            // Against what Salla last accepted: an edit not pushed yet is no change of Salla's.
            differ = salla::changedFields(coupon.pushedTerms, found->draft);
            if (differ.isEmpty())
                continue;
        }
        // The change and its note commit together.
        auto transaction = db::Transaction::begin(db(), db::WritePriority::Background);
        if (!transaction)
            return fail(transaction.error());
        if (found == onSalla.constEnd()) {
            if (auto erased = coupons.erase(coupon.id); !erased)
                return fail(erased.error());
            if (coupon.status != Coupon::Status::Deleted) {
                qCInfo(lcSalla) << "coupon" << coupon.id << "of store" << merchantId << "was deleted on Salla";
                if (auto noted = activity.note(u"coupon.deleted_on_salla"_s, u"coupon:%1:deleted"_s.arg(coupon.id),
                                               {{u"coupon_id"_s, coupon.id}, {u"code"_s, coupon.terms.code}, {u"unsent_edit"_s, unsent}});
                    !noted)
                    return fail(noted.error());
            }
        } else {
            // Salla's copy wins; an edit of ours it had not got is what is lost.
            if (auto adopted = coupons.adoptSallaCopy(coupon.id, found->draft, found->groupCodes); !adopted)
                return fail(adopted.error());
            qCInfo(lcSalla).noquote() << "coupon" << coupon.id << "of store" << merchantId << "was changed on Salla:" << differ.join(u", "_s)
                                      << (unsent ? "(an unsent edit lost)" : "");
            QJsonObject lost;
            if (unsent) {
                const QJsonObject mine = salla::couponRequest(coupon.terms);
                for (const QString &field : salla::changedFields(coupon.terms, found->draft))
                    lost.insert(field, mine.value(field));
            }
            if (auto noted = activity.note(u"coupon.changed_on_salla"_s, u"coupon:%1:v%2"_s.arg(coupon.id).arg(coupon.version),
                                           {{u"coupon_id"_s, coupon.id},
                                            {u"code"_s, found->draft.code},
                                            {u"fields"_s, QJsonArray::fromStringList(differ)},
                                            {u"lost"_s, lost}});
                !noted)
                return fail(noted.error());
        }
        if (auto committed = transaction->commit(); !committed)
            return fail(committed.error());
        ++changed;
    }
    return changed;
}

} // namespace nomo
