#pragma once

#include <QObject>

class QSocketNotifier;

namespace nomo {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop. The signals are
// blocked in every thread (blockTerminationSignals(), first thing in main, so threads
// made later inherit the mask) and read from a signalfd: no handler runs on a random
// thread, and a signal that arrives during start-up waits for the loop instead of
// being lost or killing the process half-way.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    static void blockTerminationSignals();

    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace nomo
