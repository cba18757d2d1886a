#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "jobs/JobOutcome.h"

#include <QObject>
#include <QSqlDatabase>

namespace nomo {

class SallaApiClient;
struct Coupon;

// Brings Salla's copy of a coupon to the merchant's latest version: the handler of
// the "coupon.push" job, one per coupon (unique key), enqueued by every edit.
//  - a new coupon is created (a campaign as one group create: Salla makes its codes);
//    if the reply of an earlier create was lost, Salla answers the retry with "code
//    taken" — the coupon Salla then holds under that code is adopted when its terms
//    are ours, so a retry never makes a second coupon and never takes the merchant's;
//  - an edited one is updated, a deleted one deleted (and then forgotten here);
//  - Salla's field errors (422) are kept on the coupon, by field, in Salla's words,
//    and the job ends: only an edit can mend them. A 401 has been refreshed once by
//    the client, 429 and 5xx waited out; what still fails is retried by the queue.
// An edit made while a push runs is pushed right after it by the same run.
class CouponPush : public QObject
{
    Q_OBJECT

public:
    CouponPush(QString connectionName, SallaApiClient &api, const Clock &clock, QObject *parent = nullptr);

    void push(qint64 merchantId, qint64 couponId, JobFinish finish);

private:
    void pushVersion(qint64 merchantId, qint64 couponId, int round, JobFinish finish);
    void create(qint64 merchantId, const Coupon &coupon, std::function<void(Result<QJsonObject>)> done);
    void adopt(qint64 merchantId, const Coupon &coupon, std::function<void(Result<QJsonObject>)> done);
    void remove(qint64 merchantId, const Coupon &coupon, JobFinish finish);
    // What a failed call means for the job, after keeping Salla's reason on the coupon.
    JobOutcome failed(qint64 merchantId, qint64 couponId, const Error &error);
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }

    QString m_connection;
    SallaApiClient &m_api;
    const Clock &m_clock;
};

} // namespace nomo
