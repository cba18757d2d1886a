#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>

#include <functional>

namespace nomo {

class SallaApiClient;

// Salla sends no webhook when a merchant edits or deletes a coupon on its dashboard
// (only coupon.applied), so a store's coupons are compared with Salla's list once a
// reconcile period (the "coupons.reconcile.store" job, planned with the orders pass):
//  - a coupon Salla no longer has is forgotten here;
//  - one whose terms differ takes Salla's copy. If the merchant had an edit Salla had
//    not got yet, that edit is what is lost: the activity says which fields;
//  - a coupon still pending whose push is not queued (its job gave up while Salla
//    was down) is queued again.
// The list is paged by the API client, which waits out Salla's rate limit.
class CouponReconcile : public QObject
{
    Q_OBJECT

public:
    CouponReconcile(QString connectionName, SallaApiClient &api, const Clock &clock, QObject *parent = nullptr);

    // How many coupons changed here; done is called once.
    void reconcile(qint64 merchantId, std::function<void(Result<int>)> done);

    // Stores with coupons Salla holds or should: the ones worth a pass.
    static Result<QList<qint64>> storesWithCoupons(const QSqlDatabase &db);

private:
    Result<int> apply(qint64 merchantId, const QJsonArray &sallaCoupons, const QDateTime &listedAt);
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }

    QString m_connection;
    SallaApiClient &m_api;
    const Clock &m_clock;
};

} // namespace nomo
