#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "jobs/Job.h"

#include <QSqlDatabase>

#include <functional>

namespace nomo {

class TokenCipher;

// A broadcast going out: at its time, one `broadcast.send` job writes the messages of
// the next batch of the segment's shoppers (each by the first of the broadcast's
// channels that reaches them, ShopperReach) with their send jobs, moves the cursor and
// queues the next batch — all in one transaction, so a crash plans a batch whole or
// not at all and a repeat plans nothing twice (the messages' idempotency keys). The
// sends then keep every rule of marketing: consent, quiet hours, the daily allowance.
class BroadcastPlanner
{
public:
    using ChannelReady = std::function<bool(const QString &channel)>;
    static constexpr int kBatch = 500;

    BroadcastPlanner(QSqlDatabase db, ChannelReady ready, const TokenCipher &cipher, const Clock &clock);

    // One batch; the messages planned by it.
    Result<int> planBatch(qint64 merchantId, qint64 broadcastId);

    // The job that plans the batch after `cursor`, due at `at`.
    static JobSpec batchJob(qint64 merchantId, qint64 broadcastId, qint64 cursor, const QDateTime &at);

private:
    QSqlDatabase m_db;
    ChannelReady m_ready;
    const TokenCipher &m_cipher;
    const Clock &m_clock;
};

} // namespace nomo
