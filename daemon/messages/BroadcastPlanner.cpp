#include "messages/BroadcastPlanner.h"

#include "db/Database.h"
#include "jobs/JobKinds.h"
#include "jobs/JobQueue.h"
#include "logging/Logging.h"
#include "messages/MessageJobs.h"
#include "messages/MessageOutbox.h"
#include "messages/MessageTemplate.h"
#include "messages/ShopperReach.h"
#include "repositories/BroadcastRepository.h"
#include "repositories/MessageRepository.h"

using namespace Qt::StringLiterals;

namespace nomo {

BroadcastPlanner::BroadcastPlanner(QSqlDatabase db, ChannelReady ready, const TokenCipher &cipher, const Clock &clock)
    : m_db(std::move(db))
    , m_ready(std::move(ready))
    , m_cipher(cipher)
    , m_clock(clock)
{
}

JobSpec BroadcastPlanner::batchJob(qint64 merchantId, qint64 broadcastId, qint64 cursor, const QDateTime &at)
{
    const QString kind = QString::fromUtf16(job_kinds::kBroadcastSend);
    return JobSpec{kind, merchantId, u"%1:%2:%3:%4"_s.arg(kind).arg(merchantId).arg(broadcastId).arg(cursor),
                   QJsonObject{{u"broadcast_id"_s, broadcastId}, {u"cursor"_s, cursor}}, at, 8, 0};
}

Result<int> BroadcastPlanner::planBatch(qint64 merchantId, qint64 broadcastId)
{
    const TenantContext tenant(merchantId);
    BroadcastRepository broadcasts(m_db, tenant, m_clock);
    auto broadcast = broadcasts.find(broadcastId);
    if (!broadcast)
        return broadcast.error().code == ErrorCode::NotFound ? Result<int>(0) : fail(broadcast.error());
    if (broadcast->status == u"cancelled" || broadcast->status == u"sent")
        return 0;
    auto reach = ShopperReach::forStore(m_db, merchantId, m_ready, m_cipher, m_clock);
    if (!reach)
        return fail(reach.error());

    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    // Claimed first, then read again inside the transaction: a cancel that came in
    // between is seen here, and one that comes later waits for this batch and cancels it.
    auto sending = broadcasts.markSending(broadcastId);
    if (!sending)
        return fail(sending.error());
    if (!*sending)
        return 0;
    broadcast = broadcasts.find(broadcastId);
    if (!broadcast)
        return fail(broadcast.error());
    auto page = broadcasts.segmentPage(*broadcast, broadcast->cursor, kBatch);
    if (!page)
        return fail(page.error());
    MessageOutbox outbox(m_db, tenant, m_clock);
    JobQueue queue(m_db, m_clock);
    int planned = 0;
    qint64 cursor = broadcast->cursor;
    const QDateTime now = m_clock.nowUtc();
    for (const BroadcastRepository::Shopper &shopper : std::as_const(*page)) {
        cursor = shopper.customerId;
        auto reached = reach->first(broadcast->channels, shopper.email, shopper.mobile, shopper.customerId);
        if (!reached)
            return fail(reached.error());
        if (reached->first.isEmpty())
            continue; // nobody to write to by these channels
        Message message;
        message.automation = QString::fromUtf16(automations::kBroadcast);
        message.channel = reached->first;
        message.language = broadcast->language;
        message.marketing = true;
        message.customerId = shopper.customerId;
        message.couponId = broadcast->couponId;
        message.broadcastId = broadcastId;
        message.recipient = reached->second;
        message.dueAt = now;
        message.idempotencyKey = u"broadcast:%1:customer:%2"_s.arg(broadcastId).arg(shopper.customerId);
        auto scheduled = outbox.schedule(message);
        if (!scheduled)
            return fail(scheduled.error());
        if (scheduled->created)
            ++planned;
    }
    const bool finished = page->size() < kBatch;
    auto moved = broadcasts.advance(broadcastId, cursor, planned, finished);
    if (!moved)
        return fail(moved.error());
    if (!*moved)
        return 0; // cancelled meanwhile: the batch is rolled back
    if (!finished)
        if (auto next = queue.enqueue(batchJob(merchantId, broadcastId, cursor, now)); !next)
            return fail(next.error());
    if (auto done = transaction->commit(); !done)
        return fail(done.error());
    qCInfo(lcMessages) << "broadcast" << broadcastId << "of store" << merchantId << "planned" << planned << "messages"
                       << (finished ? "(all)" : "(more to come)");
    return planned;
}

} // namespace nomo
