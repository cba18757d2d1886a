#include "salla/CouponPush.h"

#include "core/Time.h"
#include "domain/Coupon.h"
#include "logging/Logging.h"
#include "repositories/CouponRepository.h"
#include "salla/SallaApiClient.h"
#include "salla/SallaCoupons.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

// Enough for a merchant typing while pushes run; a run never loops for good.
constexpr int kMaxRounds = 5;

// An update cannot change what a campaign is: Salla made its codes at the create.
QJsonObject updateBody(const CouponDraft &terms)
{
    QJsonObject body = salla::couponRequest(terms);
    for (const QString &field : {u"is_group"_s, u"group_coupons_count"_s, u"group_suffix"_s, u"group_name"_s})
        body.remove(field);
    return body;
}

// The coupon Salla holds under our code is the one a lost reply left there if it has
// our terms; a coupon the merchant made on Salla under that code has its own.
bool sameTerms(const CouponDraft &ours, const CouponDraft &salla)
{
    return ours.code.compare(salla.code, Qt::CaseInsensitive) == 0 && ours.type == salla.type && ours.amount == salla.amount
        && ours.freeShipping == salla.freeShipping && ours.minimumPurchase == salla.minimumPurchase
        && time::riyadhDay(ours.expiresAt) == time::riyadhDay(salla.expiresAt) && ours.isGroup == salla.isGroup;
}

QJsonObject sallaFields(const Error &error)
{
    return QJsonDocument::fromJson(error.detail.toUtf8()).object();
}

} // namespace

CouponPush::CouponPush(QString connectionName, SallaApiClient &api, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
    , m_api(api)
    , m_clock(clock)
{
}

void CouponPush::push(qint64 merchantId, qint64 couponId, JobFinish finish)
{
    pushVersion(merchantId, couponId, 1, std::move(finish));
}

void CouponPush::pushVersion(qint64 merchantId, qint64 couponId, int round, JobFinish finish)
{
    CouponRepository coupons(db(), TenantContext(merchantId), m_clock);
    auto coupon = coupons.find(couponId);
    if (!coupon)
        return finish(coupon.error().code == ErrorCode::NotFound ? JobOutcome::done() : JobOutcome::retry(coupon.error().toString()));
    if (coupon->status == Coupon::Status::Deleted)
        return remove(merchantId, *coupon, std::move(finish));
    if (coupon->sallaId && coupon->pushedVersion == coupon->version && coupon->syncState == Coupon::SyncState::Synced)
        return finish(JobOutcome::done()); // Salla has this version already
    if (round > kMaxRounds)
        return finish(JobOutcome::retry(u"edited during each of %1 pushes in a row"_s.arg(kMaxRounds)));

    const qint64 version = coupon->version;
    const CouponDraft terms = coupon->terms;
    auto accepted = [this, merchantId, couponId, version, terms, round, finish](Result<QJsonObject> answer) {
        if (!answer)
            return finish(failed(merchantId, couponId, answer.error()));
        auto read = salla::readCoupon(answer->value(u"data"_s).toObject());
        if (!read)
            return finish(JobOutcome::retry(read.error().toString()));
        CouponRepository coupons(db(), TenantContext(merchantId), m_clock);
        auto saved = coupons.recordPushed(couponId, read->id, version, terms, read->groupCodes);
        if (!saved)
            return finish(JobOutcome::retry(saved.error().toString()));
        qCInfo(lcSalla) << "coupon" << couponId << "of store" << merchantId << "is Salla's coupon" << read->id << "at version"
                        << version << (read->groupCodes.isEmpty() ? QString() : u"with %1 codes"_s.arg(read->groupCodes.size()));
        if (saved->syncState == Coupon::SyncState::Synced)
            return finish(JobOutcome::done());
        pushVersion(merchantId, couponId, round + 1, finish); // edited meanwhile
    };
    if (coupon->sallaId)
        return m_api.put(merchantId, u"/coupons/%1"_s.arg(*coupon->sallaId), updateBody(coupon->terms), accepted);
    create(merchantId, *coupon, accepted);
}

void CouponPush::create(qint64 merchantId, const Coupon &coupon, std::function<void(Result<QJsonObject>)> done)
{
    m_api.post(merchantId, u"/coupons"_s, salla::couponRequest(coupon.terms), [this, merchantId, coupon, done](Result<QJsonObject> answer) {
        if (!answer && answer.error().code == ErrorCode::InvalidArgument && sallaFields(answer.error()).contains(u"code"_s))
            return adopt(merchantId, coupon, [answer, done](Result<QJsonObject> adopted) {
                // Not ours to adopt: Salla's own refusal is the answer.
                done(adopted || adopted.error().messageKey != u"coupon.not_adoptable" ? adopted : answer);
            });
        done(std::move(answer));
    });
}

void CouponPush::adopt(qint64 merchantId, const Coupon &coupon, std::function<void(Result<QJsonObject>)> done)
{
    QUrlQuery query;
    query.addQueryItem(u"keyword"_s, coupon.terms.code);
    m_api.getAllPages(merchantId, u"/coupons"_s, query, [this, merchantId, coupon, done](Result<QJsonArray> listed) {
        if (!listed)
            return done(fail(listed.error()));
        for (const QJsonValue &item : std::as_const(*listed)) {
            auto salla = salla::readCoupon(item.toObject());
            if (!salla || salla->draft.code.compare(coupon.terms.code, Qt::CaseInsensitive) != 0)
                continue;
            auto linked = CouponRepository(db(), TenantContext(merchantId), m_clock).findBySallaId(salla->id);
            if (!linked)
                return done(fail(linked.error()));
            if (*linked || !sameTerms(coupon.terms, salla->draft))
                break;
            qCInfo(lcSalla) << "coupon" << coupon.id << "of store" << merchantId << "was created on Salla by an earlier try (" << salla->id
                            << "): adopted";
            // Fetched whole: a list item may leave out a campaign's codes.
            return m_api.get(merchantId, u"/coupons/%1"_s.arg(salla->id), {}, done);
        }
        done(fail(ErrorCode::Conflict, u"coupon.not_adoptable"_s, u"Salla holds another coupon under this code"_s));
    });
}

void CouponPush::remove(qint64 merchantId, const Coupon &coupon, JobFinish finish)
{
    auto forget = [this, merchantId, couponId = coupon.id, finish](Result<QJsonObject> answer) {
        if (!answer && answer.error().code != ErrorCode::NotFound)
            return finish(failed(merchantId, couponId, answer.error()));
        if (auto erased = CouponRepository(db(), TenantContext(merchantId), m_clock).erase(couponId);
            !erased && erased.error().code != ErrorCode::NotFound)
            return finish(JobOutcome::retry(erased.error().toString()));
        qCInfo(lcSalla) << "coupon" << couponId << "of store" << merchantId << "deleted on Salla";
        finish(JobOutcome::done());
    };
    if (coupon.sallaId)
        return m_api.remove(merchantId, u"/coupons/%1"_s.arg(*coupon.sallaId), forget);
    if (coupon.pushedVersion == 0 && coupon.syncState == Coupon::SyncState::Failed)
        return forget(QJsonObject()); // Salla refused every create: nothing there to delete
    // A create whose reply was lost may have left it on Salla: found and deleted.
    adopt(merchantId, coupon, [this, merchantId, forget](Result<QJsonObject> found) {
        if (!found)
            return forget(found.error().messageKey == u"coupon.not_adoptable" ? Result<QJsonObject>(QJsonObject()) : found);
        auto read = salla::readCoupon(found->value(u"data"_s).toObject());
        if (!read)
            return forget(fail(read.error()));
        m_api.remove(merchantId, u"/coupons/%1"_s.arg(read->id), forget);
    });
}

JobOutcome CouponPush::failed(qint64 merchantId, qint64 couponId, const Error &error)
{
    const QString key = error.messageKey;
    const bool final = error.code == ErrorCode::InvalidArgument || key == u"salla.needs_reauth" || key == u"merchant.not_installed"
        || error.code == ErrorCode::Forbidden;
    if (error.code == ErrorCode::NotFound) {
        // Deleted on Salla's side: its copy wins (Salla sends no coupon webhooks).
        qCInfo(lcSalla) << "coupon" << couponId << "of store" << merchantId << "is gone from Salla; forgetting it";
        CouponRepository(db(), TenantContext(merchantId), m_clock).erase(couponId);
        return JobOutcome::done();
    }
    if (!final)
        return JobOutcome::retry(error.toString());
    QJsonObject reason{{u"message"_s, error.code == ErrorCode::InvalidArgument ? u"Salla refused the coupon"_s : error.detail},
                       {u"key"_s, key}};
    if (error.code == ErrorCode::InvalidArgument)
        reason.insert(u"fields"_s, sallaFields(error));
    if (auto kept = CouponRepository(db(), TenantContext(merchantId), m_clock).recordFailed(couponId, reason); !kept)
        return JobOutcome::retry(kept.error().toString());
    qCInfo(lcSalla).noquote() << "Salla refused coupon" << couponId << "of store" << merchantId << ":" << error.toString();
    return JobOutcome::giveUp(error.toString());
}

} // namespace nomo
