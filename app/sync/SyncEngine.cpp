#include "sync/SyncEngine.h"

#include "api/ApiClient.h"
#include "cache/ActivityStore.h"
#include "cache/CacheDatabase.h"
#include "cache/FeatureStore.h"
#include "cache/Outbox.h"
#include "cache/SyncStateStore.h"
#include "core/ConsoleLogging.h"
#include "features/FeatureSchema.h"

#include <QJsonArray>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr int kActivityLimit = 100;
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
    status.needsReauth = state.status().value(u"salla_authorization"_s).toString() == u"needs_reauth";
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
    const FeatureRecord server = FeatureStore(m_cache).serverCopy(key);
    // Over the server's copy: fields this console does not know travel back unchanged.
    auto valid = schema->validate(settings, server.settings);
    if (!valid)
        return fail(valid.error());
    if (auto queued = Outbox(m_cache).enqueueFeatureEdit(key, enabled, *valid, server.version); !queued)
        return fail(queued.error());
    Q_EMIT featuresChanged();
    Q_EMIT statusChanged();
    if (m_signedIn)
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
    return {};
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
    m_api.putFeature(entry.entityKey, entry.body, entry.baseVersion, entry.idempotencyKey, this,
                     [this, entry](const ApiResponse &response) {
        if (handleAuthFailure(response))
            return;
        Outbox outbox(m_cache);
        FeatureStore features(m_cache);
        if (response.retryable()) {
            // Kept as it is, key and all: the next pass sends the very same request.
            outbox.noteError(entry.id, response.networkError.isEmpty() ? QString::number(response.httpStatus) : response.networkError);
            qCInfo(lcSync) << "edit of" << entry.entityKey << "not sent yet:" << response.httpStatus << response.networkError;
            Q_EMIT statusChanged();
            finishPass(response.httpStatus != 0);
            return;
        }
        QSqlDatabase db = m_cache.database();
        db.transaction();
        if (response.ok()) {
            features.saveServerCopy(response.body);
            outbox.remove(entry.id);
            outbox.rebase(entry.kind, entry.entityKey, response.body.value(u"version"_s).toInteger());
            db.commit();
        } else {
            // 409: the server's copy wins and every edit of this feature built on the
            // stale one goes; other refusals drop the edit the same way.
            if (response.httpStatus == 409 && response.body.value(u"current"_s).isObject())
                features.saveServerCopy(response.body.value(u"current"_s).toObject());
            outbox.dropAll(entry.kind, entry.entityKey);
            db.commit();
            const Rejection why = response.httpStatus == 409                                ? Rejection::Conflict
                                : (response.httpStatus == 422 || response.httpStatus == 400) ? Rejection::Invalid
                                                                                             : Rejection::Refused;
            qCInfo(lcSync) << "edit of" << entry.entityKey << "rejected:" << response.httpStatus << response.error().key;
            Q_EMIT editRejected(entry.entityKey, why, response.error());
        }
        Q_EMIT featuresChanged();
        Q_EMIT statusChanged();
        pushNext();
    });
}

void SyncEngine::pullNext()
{
    const qint64 since = SyncStateStore(m_cache).cursor();
    m_api.getChanges(since, m_pageLimit, this, [this](const ApiResponse &response) {
        if (handleAuthFailure(response))
            return;
        if (!response.ok()) {
            qCInfo(lcSync) << "change feed not reachable:" << response.httpStatus << response.networkError;
            finishPass(response.httpStatus != 0);
            return;
        }
        auto page = ChangePage::fromJson(response.body);
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
        if (page->hasMore)
            pullNext();
        else
            fetchStatus();
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
        SyncStateStore(m_cache).setStatus(response.body);
        fetchActivity();
    });
}

void SyncEngine::fetchActivity()
{
    m_api.getActivity(kActivityLimit, this, [this](const ApiResponse &response) {
        if (handleAuthFailure(response))
            return;
        if (response.ok()) {
            ActivityStore(m_cache).save(response.body.value(u"events"_s).toArray());
            Q_EMIT activityChanged();
            SyncStateStore(m_cache).setLastSyncAt(QDateTime::currentDateTimeUtc());
        }
        finishPass(response.httpStatus != 0);
    });
}

void SyncEngine::finishPass(bool reachedDaemon)
{
    m_running = false;
    if (m_connection != SyncStatus::Connection::Unauthorized)
        setConnection(reachedDaemon ? SyncStatus::Connection::Online : SyncStatus::Connection::Offline);
    Q_EMIT statusChanged();
    Q_EMIT passFinished(reachedDaemon);
    if (m_again && m_signedIn)
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
}

} // namespace nomo
