#include "app/PurgeJob.h"

#include "logging/Logging.h"
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
    return purged;
}

} // namespace nomo
