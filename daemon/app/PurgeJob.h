#pragma once

#include "core/Clock.h"

#include <QObject>

class QTimer;

namespace nomo {

// Deletes the data of stores that uninstalled Nomo Flow once their grace period
// (merchants.purge_grace_days) is over. Runs hourly; deleting the merchant row
// cascades to every tenant table, and its raw events go with it.
class PurgeJob : public QObject
{
    Q_OBJECT

public:
    PurgeJob(QString connectionName, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    void start(int intervalSeconds = 3600);
    int runOnce(); // how many stores were purged

private:
    QString m_connection;
    const Clock &m_clock;
    QTimer *m_timer;
};

} // namespace nomo
