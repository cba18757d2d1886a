#pragma once

#include <QObject>

class QSocketNotifier;

namespace nomo {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop (the self-pipe trick:
// a signal handler may only write a byte; the loop reads it and shuts down cleanly).
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace nomo
