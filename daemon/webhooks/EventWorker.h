#pragma once

#include "db/DatabaseUrl.h"
#include "webhooks/EventProcessor.h"

#include <atomic>

#include <QObject>

class QThread;
class QTimer;

namespace nomo {

// Processes stored events after their webhook was answered: oldest first, each in its
// own transaction together with its outcome. It lives on its own thread with its own
// database connection, so a backlog never holds up the HTTP loop that answers Salla. A failure is kept with its reason and
// tried again later (1, 2, 4, 8 … seconds), up to `maxAttempts`, then left "failed"
// for the console's activity view — never dropped.
class EventWorker : public QObject
{
    Q_OBJECT

public:
    EventWorker(DatabaseUrl url, const TokenCipher &cipher, int purgeGraceDays, int maxAttempts, int busyTimeoutMs,
                const Clock &clock = Clock::system());
    ~EventWorker() override;

    // Starts the thread: opens the worker's connection there and polls every interval.
    void start(int pollIntervalMs = 500);
    // Stops after the event in hand, closes the connection and joins the thread.
    void stop();
    // Processes what is due now; returns how many events it took.
    int drain();

public Q_SLOTS:
    void wake(); // thread-safe: queued onto the worker's thread

Q_SIGNALS:
    // A store's Easy Mode tokens were stored (app.store.authorize processed and
    // committed): its profile can now be read from Salla's user-info. Emitted on the
    // worker's thread.
    void storeAuthorized(qint64 merchantId);

private:
    void openAndPoll(int pollIntervalMs);

    DatabaseUrl m_url;
    QString m_connection;
    QThread *m_thread;
    int m_busyTimeoutMs;
    const TokenCipher &m_cipher;
    int m_purgeGraceDays;
    int m_maxAttempts;
    const Clock &m_clock;
    QTimer *m_timer = nullptr;
    std::atomic_bool m_wakeScheduled = false;
};

} // namespace nomo
