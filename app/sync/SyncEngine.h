#pragma once

#include "api/ApiResponse.h"
#include "cache/ChangeApplier.h"
#include "cache/Outbox.h"
#include "sync/SyncStatus.h"

#include <QObject>
#include <QTimer>

namespace nomo {

class ApiClient;
class CacheDatabase;

// Keeps the cache in step with the daemon, in the background of the GUI thread
// (every step is an asynchronous request; nothing waits):
//   1. send the outbox, oldest first (Idempotency-Key and If-Match on each mutation),
//      each answer applied as its kind says (sync/OutboxKinds);
//   2. pull the change feed page by page, each page applied with its cursor in one
//      transaction, while has_more;
//   3. read /api/v1/status, /api/v1/activity and /api/v1/devices into the cache;
// then again every poll interval. A pass that cannot reach the daemon leaves
// everything where it was and the next pass retries.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class Rejection {
        Conflict, // someone saved the feature first; the server's copy is shown now
        Invalid,  // the daemon refused the values (422/400); `error` says which field
        Refused,  // any other refusal (404, 428): the edit was dropped
    };
    Q_ENUM(Rejection)

    SyncEngine(CacheDatabase &cache, ApiClient &api, QObject *parent = nullptr);

    void setPollIntervalMs(int ms) { m_pollTimer.setInterval(ms); }
    void setPageLimit(int limit) { m_pageLimit = limit; }
    void setStepHook(ChangeApplier::StepHook hook) { m_stepHook = std::move(hook); }

    void start(); // a pass now, then one per poll interval
    void stop();
    void syncNow(); // a pass now (or right after the running one)

    // Queues the merchant's edit (the screen shows it at once) and sends it soon. It
    // goes with If-Match of the version the merchant's screen rests on, which a
    // background pull does not move: a stale edit gets its 409.
    Status editFeature(const QString &key, bool enabled, const QJsonObject &settings);
    // Queues signing a console out (DELETE /api/v1/devices/{id}) and sends it soon.
    Status revokeDevice(qint64 deviceId);
    // A subscriber deleted at their request: off the cached list now, the deletion
    // queued for the daemon (sent when online).
    Status eraseSubscriber(qint64 subscriberId);
    // Queues a coupon's change (sync/CouponRequests) and sends it soon; the coupon list
    // shows it at once, laid over the daemon's copy (cache/CouponStore).
    Status changeCoupon(const OutboxRequest &request);
    // Queues a template's save or reset (sync/OutboxKinds) and sends it soon.
    Status changeTemplate(const OutboxRequest &request);

    SyncStatus status() const;
    bool isRunning() const { return m_running; }
    void setSignedIn(bool signedIn);

Q_SIGNALS:
    void statusChanged();
    void cacheChanged();    // orders, carts, coupons... changed: refresh figures
    void featuresChanged(); // feature states changed (server copy or a queued edit)
    void activityChanged();
    void messagesChanged(); // the message log in the cache is new
    void broadcastsChanged();
    void devicesChanged();
    void couponsChanged(); // a coupon change was queued or answered
    void templatesChanged(); // a template save or reset was answered
    // The daemon refused a coupon change for good (409, 422, 404 …): the merchant is told.
    void couponRejected(const nomo::OutboxEntry &entry, nomo::SyncEngine::Rejection why, const nomo::ApiResponse &response);
    void editRejected(const QString &featureKey, nomo::SyncEngine::Rejection why, const nomo::ApiError &error);
    void passFinished(bool reachedDaemon); // for tests and the status strip
    // While a pass pulls a feed longer than a page (a first sync of a big store): how
    // many of the changes that were waiting when it began are in the cache now.
    void pullProgress(qint64 done, qint64 total);

private:
    void pushNext();
    void pullNext();
    void fetchStatus();
    void fetchActivity();
    void fetchMessages();
    void fetchBroadcasts();
    void fetchDevices();
    void settle(const OutboxEntry &entry, const ApiResponse &response);
    void sendSoon();
    void finishPass(bool reachedDaemon);
    bool handleAuthFailure(const ApiResponse &response);
    void setConnection(SyncStatus::Connection connection);

    CacheDatabase &m_cache;
    ApiClient &m_api;
    QTimer m_pollTimer;
    ChangeApplier::StepHook m_stepHook;
    int m_pageLimit = 500;
    qint64 m_pullStart = -1; // the cursor the running pull began from
    bool m_running = false;
    bool m_again = false;
    bool m_signedIn = false;
    SyncStatus::Connection m_connection = SyncStatus::Connection::SignedOut;
};

} // namespace nomo
