#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace nomo {

class ApiClient;
class BroadcastDialog;
class CacheDatabase;
class SyncEngine;
struct ApiResponse;

// Broadcasts from the console: "New broadcast" opens the dialog (with the store's quiet
// hours from the cache), its draft goes to the daemon at once (POST /api/v1/broadcasts
// with an Idempotency-Key, so a retry cannot schedule it twice) — a broadcast is a
// deliberate act, so offline it is refused in words rather than queued — and a cancel
// asks first. Each answer ends in a sync, so the list shows the daemon's copy.
class BroadcastFlow : public QObject
{
    Q_OBJECT

public:
    BroadcastFlow(const CacheDatabase &cache, ApiClient &api, SyncEngine &engine, QWidget *window, QObject *parent = nullptr);

    BroadcastDialog *openDialog();
    void cancel(qint64 id);

    // A refusal in the merchant's words (public for the tests that pin them).
    static QString explain(const ApiResponse &response);

Q_SIGNALS:
    void notice(const QString &words); // for the window's notice strip

private:
    const CacheDatabase &m_cache;
    ApiClient &m_api;
    SyncEngine &m_engine;
    QWidget *m_window;
    QPointer<BroadcastDialog> m_dialog;
};

} // namespace nomo
