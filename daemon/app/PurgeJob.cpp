#include "app/PurgeJob.h"

#include "logging/Logging.h"
#include "core/Time.h"
#include "repositories/IdempotencyRepository.h"
#include "repositories/MerchantRepository.h"

#include <QTimer>

namespace nomo {

PurgeJob::PurgeJob(QString connectionName, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] { runOnce(); });
}

void PurgeJob::start(int intervalSeconds)
{
    m_timer->start(intervalSeconds * 1000);
    runOnce();
}

int PurgeJob::runOnce()
{
    MerchantRepository merchants(QSqlDatabase::database(m_connection, false), m_clock);
    auto due = merchants.duePurges();
    if (!due) {
        qCWarning(lcStartup).noquote() << "purge cannot list stores:" << due.error().detail;
        return 0;
    }
    int purged = 0;
    for (const qint64 id : std::as_const(*due)) {
        if (auto ok = merchants.purge(id); !ok) {
            qCWarning(lcStartup).noquote() << "purge of store" << id << "failed:" << ok.error().detail;
            continue;
        }
        qCInfo(lcStartup) << "purged the data of uninstalled store" << id;
        ++purged;
    }
    // Idempotency keys answer retries for a day (docs/api/openapi.yaml); older ones go.
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (auto swept = IdempotencyRepository::sweep(db, time::toStorage(m_clock.nowUtc().addDays(-1))); !swept)
        qCWarning(lcStartup).noquote() << "cannot sweep idempotency keys:" << swept.error().detail;
    return purged;
}

} // namespace nomo
