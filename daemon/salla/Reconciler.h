#pragma once

#include "core/Clock.h"

#include <QObject>
#include <QSet>

#include <functional>

class QTimer;

namespace nomo {

class SallaApiClient;

// Insurance against lost webhooks: every interval, for every installed store, pull
// the last days' orders and the abandoned carts from the Merchant API, and for each
// one we have never heard of, or whose stored row differs from Salla's (an order's
// status or total, a cart's total), store the full record as an event (source
// "reconcile") that the worker processes as if its webhook had come, dated by when
// it was fetched. The console counts events recovered this way.
class Reconciler : public QObject
{
    Q_OBJECT

public:
    Reconciler(QString connectionName, SallaApiClient &api, int lookbackDays, const Clock &clock = Clock::system(),
               QObject *parent = nullptr);

    void start(int intervalSeconds);
    // One pass over one store; `done` gets how many events were recovered.
    void reconcile(qint64 merchantId, std::function<void(int recovered)> done);

Q_SIGNALS:
    void eventsRecovered(int count); // wakes the worker

private:
    void runAll();
    // `listedAt`: when the list was asked for, for records the list carries whole (carts).
    void recover(qint64 merchantId, const QString &event, const QString &table, const QList<QJsonObject> &records,
                 const QDateTime &listedAt, std::function<void(int)> done);

    QString m_connection;
    SallaApiClient &m_api;
    int m_lookbackDays;
    const Clock &m_clock;
    QTimer *m_timer;
    QSet<qint64> m_running;
};

} // namespace nomo
