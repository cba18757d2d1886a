#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QSqlDatabase>

namespace nomo {

// What is kept only for a while (PDPL: no longer than needed), swept by the hourly
// "merchants.purge" job after the uninstalled stores:
//  - the raw body of a webhook Salla sent, once it is processed or ignored and older
//    than `webhookBodyDays` (the row stays: the activity and idempotency need it);
//  - page views and visitor sessions older than `pageViewDays`;
//  - messages that are done (sent, delivered, failed, cancelled) older than `messageDays`;
//  - double opt-in sign-ups past their link's seven days, confirmed or not (the
//    subscriber and consent rows are the record then).
// Store by store through each table's (merchant_id, time) index, in batches of
// Background transactions like the store purge, so intake never waits behind a sweep.
class RetentionSweep
{
public:
    struct Periods
    {
        int webhookBodyDays = 30;
        int pageViewDays = 395;
        int messageDays = 365;
    };

    RetentionSweep(QSqlDatabase db, Periods periods, const Clock &clock = Clock::system(), int batchRows = 500);

    // Rows swept (bodies emptied count as rows).
    Result<qint64> run();

private:
    Result<qint64> sweep(const QString &what, const QString &sql, qint64 merchantId, qint64 cutoffMs);

    QSqlDatabase m_db;
    Periods m_periods;
    const Clock &m_clock;
    int m_batchRows;
};

} // namespace nomo
