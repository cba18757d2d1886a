#include "app/RetentionSweep.h"

#include "core/Metrics.h"
#include "core/Time.h"
#include "db/Database.h"
#include "logging/Logging.h"
#include "repositories/SubscriberConfirmationRepository.h"

using namespace Qt::StringLiterals;

namespace nomo {

RetentionSweep::RetentionSweep(QSqlDatabase db, Periods periods, const Clock &clock, int batchRows)
    : m_db(std::move(db))
    , m_periods(periods)
    , m_clock(clock)
    , m_batchRows(batchRows)
{
}

Result<qint64> RetentionSweep::sweep(const QString &what, const QString &sql, qint64 merchantId, qint64 cutoffMs)
{
    qint64 total = 0;
    while (true) {
        auto transaction = db::Transaction::begin(m_db, db::WritePriority::Background);
        if (!transaction)
            return fail(transaction.error());
        auto swept = db::exec(m_db, sql,
                              {{u"merchant"_s, merchantId}, {u"inner"_s, merchantId}, {u"cutoff"_s, cutoffMs}, {u"limit"_s, m_batchRows},
                               {u"empty"_s, QByteArray("")}});
        if (!swept)
            return fail(swept.error());
        const int rows = swept->numRowsAffected();
        if (auto committed = transaction->commit(); !committed)
            return fail(committed.error());
        total += rows;
        if (rows < m_batchRows)
            break;
    }
    if (total > 0)
        Metrics::instance().add(u"nomo_retention_swept_total"_s, u"Rows past their retention period, deleted or emptied, by kind"_s,
                                {{u"kind"_s, what}}, static_cast<double>(total));
    return total;
}

Result<qint64> RetentionSweep::run()
{
    const qint64 nowMs = time::toStorage(m_clock.nowUtc());
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    struct Rule
    {
        const char16_t *what;
        int days;
        const char16_t *sql;
    };
    const Rule rules[] = {
        {u"webhook_body", m_periods.webhookBodyDays,
         u"UPDATE events SET body = :empty WHERE id IN (SELECT id FROM events WHERE merchant_id = :inner AND received_at < :cutoff "
         "AND status IN ('processed', 'ignored') AND LENGTH(body) > 0 ORDER BY received_at LIMIT :limit) AND merchant_id = :merchant"},
        {u"page_view", m_periods.pageViewDays,
         u"DELETE FROM page_views WHERE id IN (SELECT id FROM page_views WHERE merchant_id = :inner AND viewed_at < :cutoff "
         "ORDER BY viewed_at LIMIT :limit) AND merchant_id = :merchant"},
        {u"visitor_session", m_periods.pageViewDays,
         u"DELETE FROM visitor_sessions WHERE id IN (SELECT id FROM visitor_sessions WHERE merchant_id = :inner "
         "AND last_seen_at < :cutoff ORDER BY last_seen_at LIMIT :limit) AND merchant_id = :merchant"},
        {u"message", m_periods.messageDays,
         u"DELETE FROM messages WHERE id IN (SELECT id FROM messages WHERE merchant_id = :inner AND created_at < :cutoff "
         "AND status IN ('sent', 'delivered', 'failed', 'cancelled') ORDER BY created_at LIMIT :limit) AND merchant_id = :merchant"},
        {u"subscriber_confirmation", SubscriberConfirmationRepository::kLinkDays,
         u"DELETE FROM subscriber_confirmations WHERE id IN (SELECT id FROM subscriber_confirmations WHERE merchant_id = :inner "
         "AND created_at < :cutoff ORDER BY created_at LIMIT :limit) AND merchant_id = :merchant"},
    };
    auto merchants = db::exec(m_db, u"SELECT id FROM merchants ORDER BY id"_s);
    if (!merchants)
        return fail(merchants.error());
    QList<qint64> ids;
    while (merchants->next())
        ids.append(merchants->value(0).toLongLong());
    qint64 total = 0;
    for (const Rule &rule : rules) {
        QString sql = QString::fromUtf16(rule.sql);
        for (const qint64 id : std::as_const(ids)) {
            auto swept = sweep(QString::fromUtf16(rule.what), sql, id, nowMs - rule.days * kDayMs);
            if (!swept)
                return fail(swept.error());
            total += *swept;
        }
    }
    if (total > 0)
        qCInfo(lcJobs) << "swept" << total << "rows past their retention period";
    return total;
}

} // namespace nomo
