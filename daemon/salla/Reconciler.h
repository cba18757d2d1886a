#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace nomo {

class SallaApiClient;

// Insurance against lost webhooks: every interval, for every installed store, pull
// the last days' orders and the abandoned carts from the Merchant API, and for each
// one we have never heard of, or whose stored row differs from Salla's (an order's
// status or total, a cart's total), store the full record as an event (source
// "reconcile") that the worker processes as if its webhook had come, dated by when
// it was fetched. The console counts events recovered this way.
//
// When it runs is the job queue's business (daemon/jobs/JobKinds): a periodic
// "salla.reconcile" job plans one "salla.reconcile.store" job per active store, so
// with several daemons on one database each store is reconciled once per period.
class Reconciler : public QObject
{
    Q_OBJECT

public:
    Reconciler(QString connectionName, SallaApiClient &api, int lookbackDays, const Clock &clock = Clock::system(),
               QObject *parent = nullptr);

    // One pass over one store; `done` gets how many events were recovered, or why the
    // pass could not list what Salla has.
    void reconcile(qint64 merchantId, std::function<void(Result<int> recovered)> done);

Q_SIGNALS:
    void eventsRecovered(int count); // wakes the worker

private:
    // `listedAt`: when the list was asked for, for records the list carries whole (carts).
    void recover(qint64 merchantId, const QString &event, const QString &table, const QList<QJsonObject> &records,
                 const QDateTime &listedAt, std::function<void(int)> done);

    QString m_connection;
    SallaApiClient &m_api;
    int m_lookbackDays;
    const Clock &m_clock;
};

} // namespace nomo
