#include "app/StorePurge.h"

#include "core/Time.h"
#include "db/Database.h"
#include "jobs/JobQueue.h"
#include "logging/Logging.h"
#include "repositories/IdempotencyRepository.h"
#include "repositories/MerchantRepository.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
// A store's rows, children before parents (the foreign keys), with the column that
// picks a batch. What is left (settings, devices, tokens: a few rows) cascades from
// the merchant row at the end.
struct Table
{
    const char16_t *name;
    const char16_t *key;
};
constexpr Table kTables[] = {
    {u"page_views", u"id"},    {u"visitor_sessions", u"id"}, {u"attributions", u"order_id"},
    {u"message_links", u"id"}, {u"message_attempts", u"id"}, {u"messages", u"id"},
    {u"consent_events", u"id"}, {u"consents", u"id"},
    {u"orders", u"id"},        {u"abandoned_carts", u"id"},  {u"subscribers", u"id"},  {u"customers", u"id"},
    {u"domain_events", u"id"}, {u"events", u"id"},           {u"jobs", u"id"},         {u"changes", u"seq"},
};
} // namespace

StorePurge::StorePurge(QSqlDatabase db, const Clock &clock, int batchRows)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_batchRows(batchRows)
{
}

Result<int> StorePurge::run()
{
    auto due = MerchantRepository(m_db, m_clock).duePurges();
    if (!due)
        return fail(due.error());
    int purged = 0;
    for (const qint64 id : std::as_const(*due)) {
        if (auto ok = purge(id); !ok)
            return fail(ok.error()); // the job is retried; what was deleted stays deleted
        qCInfo(lcJobs) << "purged the data of uninstalled store" << id;
        ++purged;
    }
    // Idempotency keys answer retries for a day (docs/api/openapi.yaml); older ones go.
    if (auto swept = IdempotencyRepository::sweep(m_db, time::toStorage(m_clock.nowUtc().addDays(-1))); !swept)
        return fail(swept.error());
    if (auto swept = JobQueue(m_db, m_clock).sweepFinished(m_clock.nowUtc().addDays(-7)); !swept)
        return fail(swept.error());
    return purged;
}

Status StorePurge::purge(qint64 merchantId)
{
    qint64 rows = 0;
    return purge(merchantId, u"uninstalled"_s, m_clock.nowUtc(), &rows);
}

Result<qint64> StorePurge::eraseOnRequest(qint64 merchantId)
{
    const QDateTime requestedAt = m_clock.nowUtc();
    MerchantRepository merchants(m_db, m_clock);
    auto found = merchants.find(merchantId);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, u"merchant.not_found"_s, u"no store %1 here"_s.arg(merchantId));
    // Its grace period over at once: the batches below check exactly that.
    if (auto marked = merchants.markUninstalled(merchantId, requestedAt); !marked)
        return fail(marked.error());
    qint64 rows = 0;
    if (auto purged = purge(merchantId, u"requested"_s, requestedAt, &rows); !purged)
        return fail(purged.error());
    return rows;
}

Status StorePurge::purge(qint64 merchantId, const QString &reason, const QDateTime &requestedAt, qint64 *rowsDeleted)
{
    const QString dueSql = u"SELECT COUNT(*) FROM merchants WHERE id = :id AND status = 'uninstalled' AND purge_after <= :now"_s;
    for (const Table &table : kTables) {
        const QString name = QString::fromUtf16(table.name);
        const QString key = QString::fromUtf16(table.key);
        const QString sql = u"DELETE FROM %1 WHERE merchant_id = :merchant AND %2 IN "
                            "(SELECT %2 FROM %1 WHERE merchant_id = :inner ORDER BY %2 LIMIT :limit)"_s.arg(name, key);
        while (true) {
            auto transaction = db::Transaction::begin(m_db, db::WritePriority::Background);
            if (!transaction)
                return fail(transaction.error());
            // Checked in each batch's transaction: a store that reinstalled meanwhile
            // keeps what is left (and its new data).
            auto stillDue = db::scalar(m_db, dueSql, {{u"id"_s, merchantId}, {u"now"_s, time::toStorage(m_clock.nowUtc())}});
            if (!stillDue)
                return fail(stillDue.error());
            if (*stillDue == 0)
                return {};
            auto deleted = db::exec(m_db, sql, {{u"merchant"_s, merchantId}, {u"inner"_s, merchantId}, {u"limit"_s, m_batchRows}});
            if (!deleted)
                return fail(deleted.error());
            const int rows = deleted->numRowsAffected();
            if (auto committed = transaction->commit(); !committed)
                return fail(committed.error());
            *rowsDeleted += rows;
            if (rows < m_batchRows)
                break;
        }
    }
    auto transaction = db::Transaction::begin(m_db, db::WritePriority::Background);
    if (!transaction)
        return fail(transaction.error());
    auto row = db::exec(m_db,
                        u"DELETE FROM merchants WHERE id = :id AND status = 'uninstalled' AND purge_after <= :now"_s,
                        {{u"id"_s, merchantId}, {u"now"_s, time::toStorage(m_clock.nowUtc())}});
    if (!row)
        return fail(row.error());
    if (row->numRowsAffected() == 0)
        return transaction->commit(); // reinstalled at the last moment: nothing was deleted for good
    *rowsDeleted += 1;
    auto recorded = db::exec(m_db,
                             u"INSERT INTO data_deletions (merchant_id, reason, requested_at, completed_at, rows_deleted) "
                             "VALUES (:id, :reason, :requested, :completed, :rows)"_s,
                             {{u"id"_s, merchantId}, {u"reason"_s, reason}, {u"requested"_s, time::toStorage(requestedAt)},
                              {u"completed"_s, time::toStorage(m_clock.nowUtc())}, {u"rows"_s, *rowsDeleted}});
    if (!recorded)
        return fail(recorded.error());
    qCInfo(lcJobs) << "deleted the data of store" << merchantId << "(" << reason << "," << *rowsDeleted << "rows)";
    return transaction->commit();
}

} // namespace nomo
