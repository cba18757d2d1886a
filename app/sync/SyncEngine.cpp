#include "sync/SyncEngine.h"

#include "api/ApiClient.h"
#include "cache/ActivityStore.h"
#include "cache/CacheDatabase.h"
#include "cache/DeviceStore.h"
#include "cache/FeatureStore.h"
#include "cache/MessageLogStore.h"
#include "cache/Outbox.h"
#include "cache/SyncStateStore.h"
#include "core/ConsoleLogging.h"
#include "domain/FeatureEdit.h"
#include "features/FeatureSchema.h"
#include "json/DomainJson.h"
#include "sync/OutboxKinds.h"

#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr int kActivityLimit = 100;
constexpr int kMessageLogLimit = 200;
} // namespace

SyncEngine::SyncEngine(CacheDatabase &cache, ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
{
    m_pollTimer.setInterval(30000);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_api, &ApiClient::unauthorized, this, [this] { setConnection(SyncStatus::Connection::Unauthorized); });
}

void SyncEngine::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    setConnection(signedIn ? SyncStatus::Connection::Connecting : SyncStatus::Connection::SignedOut);
}

void SyncEngine::start()
{
    m_pollTimer.start();
    syncNow();
}

void SyncEngine::stop()
{
    m_pollTimer.stop();
}

SyncStatus SyncEngine::status() const
{
    SyncStateStore state(m_cache);
    SyncStatus status;
    status.connection = m_connection;
    status.lastSyncAt = state.lastSyncAt();
    // From the last answer we kept, so the banner shows offline too.
    const std::optional<StoreStatus> kept = state.status();
    status.needsReauth = kept && kept->sallaAuthorization == StoreStatus::Authorization::NeedsReauth;
    status.pendingEdits = Outbox(m_cache).count();
    return status;
}

void SyncEngine::setConnection(SyncStatus::Connection connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    Q_EMIT statusChanged();
}

Status SyncEngine::editFeature(const QString &key, bool enabled, const QJsonObject &settings)
{
    const FeatureSchema *schema = featureSchema(key);
    if (!schema)
        return fail(ErrorCode::NotFound, u"feature.unknown"_s, u"no feature %1"_s.arg(key));
    const FeatureStore features(m_cache);
    const FeatureRecord server = features.serverCopy(key);
    // Over the server's copy: fields this console does not know travel back unchanged.
    auto valid = schema->validate(settings, server.settings);
    if (!valid)
        return fail(valid.error());
    // The version on the merchant's screen: with an edit queued, the one that edit was
    // made on, even when a pull has brought a newer server copy since (not shown).
    const qint64 version = features.effective(key).version;
    if (auto queued = Outbox(m_cache).enqueue(featureEditRequest(key, FeatureEdit{enabled, *valid}, version),
                                              outboxKind(outboxkind::Feature)->unsent);
        !queued)
        return fail(queued.error());
    Q_EMIT featuresChanged();
    sendSoon();
    return {};
}

Status SyncEngine::revokeDevice(qint64 deviceId)
{
    if (auto queued = Outbox(m_cache).enqueue(deviceRevokeRequest(deviceId), outboxKind(outboxkind::DeviceRevoke)->unsent);
        !queued)
        return fail(queued.error());
    sendSoon();
    return {};
}

Status SyncEngine::eraseSubscriber(qint64 subscriberId)
{
    const OutboxRequest request = subscriberEraseRequest(subscriberId);
    if (auto queued = Outbox(m_cache).enqueue(request, outboxKind(request.kind)->unsent); !queued)
        return fail(queued.error());
    OutboxEntry entry;
    entry.entityKey = request.entityKey;
    if (auto gone = outboxKind(request.kind)->applied(m_cache, entry, {}); !gone)
        return fail(gone.error());
    Q_EMIT cacheChanged();
    sendSoon();
    return {};
}

Status SyncEngine::changeTemplate(const OutboxRequest &request)
{
    const OutboxKind *kind = outboxKind(request.kind);
    if (!kind || !kind->touchesTemplates)
        return fail(ErrorCode::InvalidArgument, u"template.kind"_s, u"not a template change: %1"_s.arg(request.kind));
    if (auto queued = Outbox(m_cache).enqueue(request, kind->unsent); !queued)
        return fail(queued.error());
    sendSoon();
    return {};
}

Status SyncEngine::changeCoupon(const OutboxRequest &request)
{
    const OutboxKind *kind = outboxKind(request.kind);
    if (!kind || !kind->touchesCoupons)
        return fail(ErrorCode::InvalidArgument, u"coupon.kind"_s, u"not a coupon change: %1"_s.arg(request.kind));
    if (auto queued = Outbox(m_cache).enqueue(request, kind->unsent); !queued)
        return fail(queued.error());
    Q_EMIT couponsChanged();
    sendSoon();
    return {};
}

void SyncEngine::sendSoon()
{
    Q_EMIT statusChanged();
    if (m_signedIn)
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
}

void SyncEngine::syncNow()
{
    if (!m_signedIn)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    if (m_connection != SyncStatus::Connection::Online)
        setConnection(SyncStatus::Connection::Connecting);
    pushNext();
}

bool SyncEngine::handleAuthFailure(const ApiResponse &response)
{
    if (response.httpStatus != 401)
        return false;
    m_running = false;
    m_again = false;
    setConnection(SyncStatus::Connection::Unauthorized);
    Q_EMIT passFinished(true);
    return true;
}

void SyncEngine::pushNext()
{
    Outbox outbox(m_cache);
    const std::optional<OutboxEntry> head = outbox.head();
    if (!head) {
        pullNext();
        return;
    }
    outbox.markAttempt(head->id);
    const OutboxEntry entry = *head;
    m_api.sendMutation(entry.method, entry.path, entry.body, entry.ifMatch, entry.idempotencyKey, this,
                       [this, entry](const ApiResponse &response) {
        if (handleAuthFailure(response))
            return;
        if (response.retryable()) {
            // Kept as it is, key and all: the next pass sends the very same request.
            Outbox(m_cache).noteError(entry.id, response.networkError.isEmpty() ? QString::number(response.httpStatus)
                                                                                : response.networkError);
            qCInfo(lcSync) << entry.kind << entry.entityKey << "not sent yet:" << response.httpStatus << response.networkError;
            Q_EMIT statusChanged();
            finishPass(response.httpStatus != 0);
            return;
        }
        settle(entry, response);
        pushNext();
    });
}

void SyncEngine::settle(const OutboxEntry &entry, const ApiResponse &response)
{
    const OutboxKind *kind = outboxKind(entry.kind);
    // The row leaves the outbox whatever its kind makes of the answer: the daemon gave
    // its final word, and sending again would only get the same one.
    QSqlDatabase db = m_cache.database();
    db.transaction();
    Outbox(m_cache).remove(entry.id);
    if (kind) {
        const OutboxKind::Apply apply = response.ok() ? kind->applied : kind->refused;
        if (auto applied = apply(m_cache, entry, response); !applied)
            qCWarning(lcSync) << entry.kind << entry.entityKey << "answered, but not kept:" << applied.error().toString();
    }
    db.commit();
    if (!response.ok()) {
        const Rejection why = response.httpStatus == 409                                ? Rejection::Conflict
                            : (response.httpStatus == 422 || response.httpStatus == 400) ? Rejection::Invalid
                                                                                         : Rejection::Refused;
        qCInfo(lcSync) << entry.kind << entry.entityKey << "rejected:" << response.httpStatus << response.error().key;
        if (kind && kind->reportsRefusal)
            Q_EMIT editRejected(entry.entityKey, why, response.error());
        if (kind && kind->touchesCoupons)
            Q_EMIT couponRejected(entry, why, response);
    }
    if (kind && kind->touchesFeatures)
        Q_EMIT featuresChanged();
    if (kind && kind->touchesDevices)
        Q_EMIT devicesChanged();
    if (kind && kind->touchesCoupons)
        Q_EMIT couponsChanged();
    if (kind && kind->touchesTemplates)
        Q_EMIT templatesChanged();
    Q_EMIT statusChanged();
}

void SyncEngine::pullNext()
{
    const qint64 since = SyncStateStore(m_cache).cursor();
    m_api.getChanges(since, m_pageLimit, this, [this, since](const ApiResponse &response) {
        if (handleAuthFailure(response))
            return;
        if (!response.ok()) {
            qCInfo(lcSync) << "change feed not reachable:" << response.httpStatus << response.networkError;
            finishPass(response.httpStatus != 0);
            return;
        }
        auto page = fromJson<ChangePage>(response.body);
        if (!page) {
            qCWarning(lcSync) << "bad change page:" << page.error().toString();
            finishPass(true);
            return;
        }
        auto applied = ChangeApplier(m_cache).apply(*page, m_stepHook);
        if (!applied) {
            finishPass(true);
            return;
        }
        bool features = false;
        for (const Change &change : std::as_const(page->changes))
            features = features || change.entity == u"feature";
        if (!page->changes.isEmpty())
            Q_EMIT cacheChanged();
        if (features)
            Q_EMIT featuresChanged();
        if (m_pullStart < 0)
            m_pullStart = since;
        if (page->lastSeq > m_pullStart && (page->hasMore || page->nextSince > m_pullStart + m_pageLimit))
            Q_EMIT pullProgress(page->nextSince - m_pullStart, page->lastSeq - m_pullStart);
        if (page->hasMore) {
            pullNext();
        } else {
            m_pullStart = -1;
            fetchStatus();
        }
    });
}

void SyncEngine::fetchStatus()
{
    m_api.getStatus(this, [this](const ApiResponse &response) {
        if (handleAuthFailure(response))
            return;
        if (!response.ok()) {
            finishPass(response.httpStatus != 0);
            return;
        }
        if (auto status = fromJson<StoreStatus>(response.body))
            SyncStateStore(m_cache).setStatus(*status);
        else
            qCWarning(lcSync) << "bad status answer, the last one is kept:" << status.error().detail;
        fetchActivity();
    });
}

void SyncEngine::fetchActivity()
{
    m_api.getActivity(kActivityLimit, this, [this](const ApiResponse &response) {
        if (handleAuthFailure(response))
            return;
        if (!response.ok()) {
            finishPass(response.httpStatus != 0);
            return;
        }
        if (auto events = listFromJson<ActivityEvent>(response.body, u"events"_s)) {
            ActivityStore(m_cache).save(*events);
            Q_EMIT activityChanged();
        } else {
            qCWarning(lcSync) << "bad activity answer, the list is kept:" << events.error().detail;
        }
        SyncStateStore(m_cache).setLastSyncAt(QDateTime::currentDateTimeUtc());
        fetchMessages();
    });
}

void SyncEngine::fetchMessages()
{
    m_api.getMessages(kMessageLogLimit, this, [this](const ApiResponse &response) {
        if (handleAuthFailure(response))
            return;
        // An older daemon without the log, or a failure: the cached log stays, the pass goes on.
        if (response.ok()) {
            if (auto messages = listFromJson<Message>(response.body, u"messages"_s)) {
                if (auto kept = MessageLogStore(m_cache).replace(*messages); kept)
                    Q_EMIT messagesChanged();
                else
                    qCWarning(lcSync).noquote() << "the message log was not kept:" << kept.error().toString();
            } else {
                qCWarning(lcSync) << "bad message log answer, the list is kept:" << messages.error().detail;
            }
        }
        fetchBroadcasts();
    });
}

void SyncEngine::fetchBroadcasts()
{
    m_api.getBroadcasts(this, [this](const ApiResponse &response) {
        if (handleAuthFailure(response))
            return;
        if (response.ok()) {
            if (auto broadcasts = listFromJson<Broadcast>(response.body, u"broadcasts"_s)) {
                if (auto kept = BroadcastStore(m_cache).replace(*broadcasts); kept)
                    Q_EMIT broadcastsChanged();
                else
                    qCWarning(lcSync).noquote() << "the broadcasts were not kept:" << kept.error().toString();
            } else {
                qCWarning(lcSync) << "bad broadcasts answer, the list is kept:" << broadcasts.error().detail;
            }
        }
        fetchDevices();
    });
}

void SyncEngine::fetchDevices()
{
    m_api.getDevices(this, [this](const ApiResponse &response) {
        if (handleAuthFailure(response))
            return;
        if (response.ok()) {
            if (auto devices = listFromJson<ConsoleDevice>(response.body, u"devices"_s)) {
                DeviceStore(m_cache).replaceAll(*devices);
                Q_EMIT devicesChanged();
            } else {
                qCWarning(lcSync) << "bad devices answer, the list is kept:" << devices.error().detail;
            }
        }
        finishPass(response.httpStatus != 0);
    });
}

void SyncEngine::finishPass(bool reachedDaemon)
{
    m_running = false;
    m_pullStart = -1;
    if (m_connection != SyncStatus::Connection::Unauthorized)
        setConnection(reachedDaemon ? SyncStatus::Connection::Online : SyncStatus::Connection::Offline);
    Q_EMIT statusChanged();
    Q_EMIT passFinished(reachedDaemon);
    if (m_again && m_signedIn)
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
}

} // namespace nomo
