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
// instead of waiting behind one transaction over the whole store.
class StorePurge
{
public:
    explicit StorePurge(QSqlDatabase db, const Clock &clock = Clock::system(), int batchRows = 500);

    // Every due store and the sweeps; how many stores were purged.
    Result<int> run();
    Status purge(qint64 merchantId);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    int m_batchRows;
};

} // namespace nomo
