#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QSqlDatabase>

namespace nomo {

// Deletes the data of stores that uninstalled Nomo Flow once their grace period
// (merchants.purge_grace_days) is over, and sweeps what is kept only for a while
// (idempotency keys after a day, finished one-off jobs after a week). Run by the
// hourly "merchants.purge" job on the queue worker's connection.
//
// A big store is deleted in batches of a few hundred rows, each its own Background
// transaction, so webhooks and console requests get the write lock between batches
// instead of waiting behind one transaction over the whole store. Each deletion is
// recorded in data_deletions (the store's id, why, when, how many rows), which
// outlives the store.
class StorePurge
{
public:
    explicit StorePurge(QSqlDatabase db, const Clock &clock = Clock::system(), int batchRows = 500);

    // Every due store and the sweeps; how many stores were purged.
    Result<int> run();
    // One due store's rows; done, a data_deletions row records it ("uninstalled").
    Status purge(qint64 merchantId);
    // The store's data deleted now, because the merchant asked (PDPL): the store is
    // marked uninstalled with its grace period over, purged, and recorded
    // ("requested"). The number of rows deleted; NotFound for an unknown store.
    Result<qint64> eraseOnRequest(qint64 merchantId);

private:
    Status purge(qint64 merchantId, const QString &reason, const QDateTime &requestedAt, qint64 *rowsDeleted);

    QSqlDatabase m_db;
    const Clock &m_clock;
    int m_batchRows;
};

} // namespace nomo
