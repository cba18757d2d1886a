#pragma once

#include "sync/SyncStatus.h"

#include <QObject>

namespace nomo {

class SyncEngine;

// The status strip's words: connection, last sync, pending edits, the Salla
// re-authorization banner. Rebuilt from SyncEngine::status() on every change.
class StatusViewModel : public QObject
{
    Q_OBJECT

public:
    explicit StatusViewModel(SyncEngine &engine, QObject *parent = nullptr);

    SyncStatus status() const { return m_status; }
    QString connectionText() const;
    QString lastSyncText() const;
    QString pendingText() const; // empty when nothing waits
    bool needsReauth() const { return m_status.needsReauth; }
    QString reauthText() const;
    bool canSignIn() const;
    // A first sync of a big store under way: 0–100, or -1 when none.
    int pullPercent() const { return m_pullPercent; }
    QString pullText() const;

    // For tests: status without an engine.
    void setStatus(const SyncStatus &status);

Q_SIGNALS:
    void changed();

private:
    SyncStatus m_status;
    int m_pullPercent = -1;
    qint64 m_pullDone = 0, m_pullTotal = 0;
};

} // namespace nomo
