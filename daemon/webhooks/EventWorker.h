#pragma once

#include "webhooks/EventProcessor.h"

#include <QObject>

class QTimer;

namespace nomo {

// Processes stored events after their webhook was answered: oldest first, each in its
// own transaction together with its outcome. A failure is kept with its reason and
// tried again later (1, 2, 4, 8 … seconds), up to `maxAttempts`, then left "failed"
// for the console's activity view — never dropped.
class EventWorker : public QObject
{
    Q_OBJECT

public:
    EventWorker(QString connectionName, const TokenCipher &cipher, int purgeGraceDays, int maxAttempts,
                const Clock &clock = Clock::system(), QObject *parent = nullptr);

    void start(int pollIntervalMs = 500);
    // Processes what is due now; returns how many events it took.
    int drain();

public Q_SLOTS:
    void wake();

private:
    QString m_connection;
    const TokenCipher &m_cipher;
    int m_purgeGraceDays;
    int m_maxAttempts;
    const Clock &m_clock;
    QTimer *m_timer;
    bool m_wakeScheduled = false;
};

} // namespace nomo
