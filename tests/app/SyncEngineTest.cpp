// The SyncEngine against a loopback server speaking the console API's wire format:
// paging, retries with the same idempotency key, conflicts, refusals and status.
#include "api/ApiClient.h"
#include "cache/DeviceStore.h"
#include "cache/FeatureStore.h"
#include "cache/Outbox.h"
#include "cache/SyncStateStore.h"
#include "support/CacheFixture.h"
#include "support/FakeDaemon.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTest>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {

class SyncEngineTest : public CacheFixture
{
protected:
    void SetUp() override
    {
        CacheFixture::SetUp();
        m_api = std::make_unique<ApiClient>(m_daemon.baseUrl());
        m_api->setToken(u"test-token"_s);
        m_api->setTimeoutMs(3000);
        m_engine = std::make_unique<SyncEngine>(cache(), *m_api);
        m_engine->setSignedIn(true);
        m_daemon.on("GET /api/v1/status", [](const FakeRequest &) {
            return FakeReply{200, statusBody(StoreStatus::Authorization::Ok, 3)};
        });
        m_daemon.on("GET /api/v1/activity", [](const FakeRequest &) { return FakeReply{200, {{u"events"_s, QJsonArray{}}}}; });
        m_daemon.on("GET /api/v1/changes", [](const FakeRequest &request) {
            return FakeReply{200, pageBody({}, request.query(u"since"_s).toLongLong(), false)};
        });
        m_daemon.on("GET /api/v1/devices", [this](const FakeRequest &) {
            return FakeReply{200, {{u"devices"_s, toJsonArray(m_devices)}}};
        });
    }
    bool runPass()
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::passFinished);
        m_engine->syncNow();
        if (!finished.wait(5000))
            return false;
        return finished.takeFirst().at(0).toBool();
    }
    qint64 orderCount()
    {
        QSqlQuery query(cache().database());
        query.exec(u"SELECT COUNT(*) FROM orders"_s);
        return query.next() ? query.value(0).toLongLong() : -1;
    }

    QList<qint64> cachedDeviceIds()
    {
        QList<qint64> ids;
        for (const ConsoleDevice &device : DeviceStore(cache()).all())
            ids.append(device.id);
        return ids;
    }

    FakeDaemon m_daemon;
    QList<ConsoleDevice> m_devices{
        {17, u"Nomo Flow — حاسوب المكتب"_s, QDateTime(QDate(2025, 10, 2), QTime(9, 30), Qt::UTC), {}, true},
        {18, u"Nomo Flow — الحاسوب المحمول"_s, QDateTime(QDate(2025, 11, 1), QTime(18, 0), Qt::UTC),
         QDateTime(QDate(2025, 11, 20), QTime(7, 0), Qt::UTC), false}};
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace

TEST_F(SyncEngineTest, PullsEveryPageWhileHasMoreAndSendsTheToken)
{
    m_daemon.on("GET /api/v1/changes", [](const FakeRequest &request) {
        const qint64 since = request.query(u"since"_s).toLongLong();
        if (since >= 6)
            return FakeReply{200, pageBody({}, since, false)};
        QJsonArray changes;
        for (qint64 seq = since + 1; seq <= since + 2; ++seq)
            changes.append(change(seq, u"order"_s, QString::number(seq), orderPayload(seq, 500, {}, u"2025-11-20T10:00:00.000Z"_s)));
        return FakeReply{200, pageBody(changes, since + 2, since + 2 < 6)};
    });
    m_engine->setPageLimit(2);
    ASSERT_TRUE(runPass());
    EXPECT_EQ(orderCount(), 6);
    EXPECT_EQ(SyncStateStore(cache()).cursor(), 6);
    const QList<FakeRequest> pulls = m_daemon.requestsTo("GET /api/v1/changes");
    ASSERT_EQ(pulls.size(), 3);
    EXPECT_EQ(pulls[0].query(u"limit"_s), u"2"_s);
    EXPECT_EQ(pulls[2].query(u"since"_s), u"4"_s);
    EXPECT_EQ(pulls[0].headers.value("authorization"), "Bearer test-token");
    EXPECT_EQ(m_engine->status().connection, SyncStatus::Connection::Online);
    EXPECT_TRUE(m_engine->status().lastSyncAt.isValid());
}

TEST_F(SyncEngineTest, RetriesAFailedEditWithTheSameIdempotencyKeyAndIfMatch)
{
    ASSERT_TRUE(FeatureStore(cache()).saveServerCopy(featureState(u"latest_purchase"_s, false, {}, 2)).has_value());
    int puts = 0;
    m_daemon.on("PUT /api/v1/features/latest_purchase", [&puts](const FakeRequest &request) {
        if (++puts == 1)
            return FakeReply{503, {}}; // not now: the very same request goes again later
        QJsonObject saved = featurePayload(u"latest_purchase"_s, true, request.json().value(u"settings"_s).toObject(), 3);
        return FakeReply{200, saved};
    });
    ASSERT_TRUE(m_engine->editFeature(u"latest_purchase"_s, true, {{u"display_seconds"_s, 9}}).has_value());
    EXPECT_TRUE(FeatureStore(cache()).effective(u"latest_purchase"_s).enabled); // shown at once
    runPass();
    EXPECT_EQ(m_engine->status().pendingEdits, 1);
    ASSERT_TRUE(runPass());
    const QList<FakeRequest> sent = m_daemon.requestsTo("PUT /api/v1/features/latest_purchase");
    ASSERT_EQ(sent.size(), 2);
    EXPECT_FALSE(sent[0].headers.value("idempotency-key").isEmpty());
    EXPECT_EQ(sent[0].headers.value("idempotency-key"), sent[1].headers.value("idempotency-key"));
    EXPECT_EQ(sent[1].headers.value("if-match"), "2");
    EXPECT_EQ(sent[1].json().value(u"settings"_s).toObject().value(u"display_seconds"_s).toInt(), 9);
    EXPECT_EQ(Outbox(cache()).count(), 0);
    const FeatureRecord saved = FeatureStore(cache()).effective(u"latest_purchase"_s);
    EXPECT_EQ(saved.version, 3);
    EXPECT_FALSE(saved.pendingEdit);
}

TEST_F(SyncEngineTest, AConflictKeepsTheServersCopyAndSaysSo)
{
    ASSERT_TRUE(FeatureStore(cache()).saveServerCopy(featureState(u"coupons"_s, false, {}, 1)).has_value());
    m_daemon.on("PUT /api/v1/features/coupons", [](const FakeRequest &) {
        QJsonObject conflict = errorBody(u"conflict"_s, u"features.version_conflict"_s);
        conflict.insert(u"current"_s, featurePayload(u"coupons"_s, true, {{u"default_percent"_s, 25}}, 5));
        return FakeReply{409, conflict};
    });
    QSignalSpy rejected(m_engine.get(), &SyncEngine::editRejected);
    ASSERT_TRUE(m_engine->editFeature(u"coupons"_s, false, {{u"default_percent"_s, 15}}).has_value());
    ASSERT_TRUE(runPass());
    ASSERT_EQ(rejected.size(), 1);
    EXPECT_EQ(rejected[0].at(0).toString(), u"coupons"_s);
    EXPECT_EQ(rejected[0].at(1).value<SyncEngine::Rejection>(), SyncEngine::Rejection::Conflict);
    const FeatureRecord shown = FeatureStore(cache()).effective(u"coupons"_s);
    EXPECT_TRUE(shown.enabled);
    EXPECT_EQ(shown.version, 5);
    EXPECT_EQ(shown.settings.value(u"default_percent"_s).toInt(), 25);
    EXPECT_EQ(Outbox(cache()).count(), 0);
}

TEST_F(SyncEngineTest, AValidationRefusalIsReportedWithItsField)
{
    m_daemon.on("PUT /api/v1/features/visitor_counter", [](const FakeRequest &) {
        return FakeReply{422, errorBody(u"invalid_argument"_s, u"settings.range"_s, u"settings.minimum_visitors"_s)};
    });
    QSignalSpy rejected(m_engine.get(), &SyncEngine::editRejected);
    ASSERT_TRUE(m_engine->editFeature(u"visitor_counter"_s, true, {}).has_value());
    ASSERT_TRUE(runPass());
    ASSERT_EQ(rejected.size(), 1);
    EXPECT_EQ(rejected[0].at(1).value<SyncEngine::Rejection>(), SyncEngine::Rejection::Invalid);
    EXPECT_EQ(rejected[0].at(2).value<ApiError>().field, u"settings.minimum_visitors"_s);
}

TEST_F(SyncEngineTest, RefusesAnEditOutsideTheSchemaBeforeQueueingIt)
{
    auto refused = m_engine->editFeature(u"latest_purchase"_s, true, {{u"display_seconds"_s, 99}});
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().messageKey, u"settings.range"_s);
    EXPECT_EQ(Outbox(cache()).count(), 0);
}

TEST_F(SyncEngineTest, ReportsThatSallaNeedsReauthorization)
{
    m_daemon.on("GET /api/v1/status", [](const FakeRequest &) {
        return FakeReply{200, statusBody(StoreStatus::Authorization::NeedsReauth)};
    });
    ASSERT_TRUE(runPass());
    EXPECT_TRUE(m_engine->status().needsReauth);
}

TEST_F(SyncEngineTest, ARevokedTokenStopsTheSyncAndAsksForSignIn)
{
    m_daemon.on("GET /api/v1/changes", [](const FakeRequest &) { return FakeReply{401, {}}; });
    runPass();
    EXPECT_EQ(m_engine->status().connection, SyncStatus::Connection::Unauthorized);
}

TEST_F(SyncEngineTest, NoDaemonMeansOfflineWithTheCacheIntact)
{
    ASSERT_TRUE(FeatureStore(cache()).saveServerCopy(featureState(u"coupons"_s, true, {}, 1)).has_value());
    ApiClient nowhere(QUrl(u"http://127.0.0.1:1"_s));
    nowhere.setToken(u"t"_s);
    SyncEngine engine(cache(), nowhere);
    engine.setSignedIn(true);
    QSignalSpy finished(&engine, &SyncEngine::passFinished);
    engine.syncNow();
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_FALSE(finished[0].at(0).toBool());
    EXPECT_EQ(engine.status().connection, SyncStatus::Connection::Offline);
    EXPECT_TRUE(FeatureStore(cache()).effective(u"coupons"_s).enabled);
}

TEST_F(SyncEngineTest, AnEditQueuedWhileAPullBringsANewerCopyKeepsTheVersionItWasMadeOn)
{
    ASSERT_TRUE(FeatureStore(cache()).saveServerCopy(featureState(u"coupons"_s, false, {{u"default_percent"_s, 10}}, 2)).has_value());
    // Someone else saved version 3 meanwhile; this pass's pull brings it.
    m_daemon.on("GET /api/v1/changes", [](const FakeRequest &request) {
        const qint64 since = request.query(u"since"_s).toLongLong();
        if (since >= 1)
            return FakeReply{200, pageBody({}, since, false)};
        return FakeReply{200, pageBody(QJsonArray{change(1, u"feature"_s, u"coupons"_s,
                                                         featurePayload(u"coupons"_s, true, {{u"default_percent"_s, 30}}, 3))},
                                       1, false)};
    });
    QList<QByteArray> ifMatches;
    int puts = 0;
    m_daemon.on("PUT /api/v1/features/coupons", [&](const FakeRequest &request) {
        ifMatches.append(request.headers.value("if-match"));
        if (++puts == 1) {
            // The merchant edits again while the first edit is on its way; then the answer is lost.
            EXPECT_TRUE(m_engine->editFeature(u"coupons"_s, false, {{u"default_percent"_s, 20}}).has_value());
            return FakeReply{503, {}};
        }
        QJsonObject conflict = errorBody(u"conflict"_s, u"features.version_conflict"_s);
        conflict.insert(u"current"_s, featurePayload(u"coupons"_s, true, {{u"default_percent"_s, 30}}, 3));
        return FakeReply{409, conflict};
    });
    // What the pull left behind, seen as the first pass ends.
    std::optional<QString> ifMatchAfterPull;
    qint64 shownAfterPull = -1, serverAfterPull = -1;
    const auto watch = QObject::connect(m_engine.get(), &SyncEngine::passFinished, m_engine.get(), [&] {
        if (ifMatchAfterPull)
            return;
        const std::optional<OutboxEntry> head = Outbox(cache()).head();
        ifMatchAfterPull = head ? head->ifMatch.value_or(u"none"_s) : u"no edit"_s;
        shownAfterPull = FeatureStore(cache()).effective(u"coupons"_s).version;
        serverAfterPull = FeatureStore(cache()).serverCopy(u"coupons"_s).version;
    });
    QSignalSpy rejected(m_engine.get(), &SyncEngine::editRejected);

    m_engine->syncNow(); // the pull is on its way when the merchant edits
    ASSERT_TRUE(m_engine->editFeature(u"coupons"_s, false, {{u"default_percent"_s, 15}}).has_value());
    const bool settled = QTest::qWaitFor([&] { return rejected.size() == 1 && !m_engine->isRunning(); }, 10000);
    QObject::disconnect(watch);
    ASSERT_TRUE(settled);

    EXPECT_EQ(serverAfterPull, 3);
    EXPECT_EQ(ifMatchAfterPull, u"2"_s) << "the pull must not move the queued edit's If-Match";
    EXPECT_EQ(shownAfterPull, 2) << "the screen rests on the version the edit was made on";
    // Every send of the stale edit, and the edit made behind it, said version 2.
    EXPECT_EQ(ifMatches, (QList<QByteArray>{"2", "2"}));
    EXPECT_EQ(rejected[0].at(1).value<SyncEngine::Rejection>(), SyncEngine::Rejection::Conflict);
    EXPECT_EQ(Outbox(cache()).count(), 0);
    const FeatureRecord shown = FeatureStore(cache()).effective(u"coupons"_s);
    EXPECT_EQ(shown.version, 3);
    EXPECT_EQ(shown.settings.value(u"default_percent"_s).toInt(), 30);
}

TEST_F(SyncEngineTest, AnEditBehindOneInFlightRestsOnTheSameVersion)
{
    ASSERT_TRUE(FeatureStore(cache()).saveServerCopy(featureState(u"coupons"_s, false, {}, 2)).has_value());
    ASSERT_TRUE(queueFeatureEdit(cache(), u"coupons"_s, true, {}, 2).has_value());
    ASSERT_TRUE(Outbox(cache()).markAttempt(Outbox(cache()).head()->id).has_value()); // sent once, no answer
    // A newer server copy arrives (a pull) before the merchant's next edit.
    ASSERT_TRUE(FeatureStore(cache()).saveServerCopy(featureState(u"coupons"_s, true, {{u"default_percent"_s, 30}}, 3)).has_value());
    ASSERT_TRUE(m_engine->editFeature(u"coupons"_s, false, {}).has_value());
    const QList<OutboxEntry> pending = Outbox(cache()).pending();
    ASSERT_EQ(pending.size(), 2);
    EXPECT_EQ(pending[1].ifMatch, u"2"_s);
    EXPECT_EQ(FeatureStore(cache()).effective(u"coupons"_s).version, 2);
}

TEST_F(SyncEngineTest, KeepsTheStoresDevicesAndRevokesOneThroughTheOutbox)
{
    ASSERT_TRUE(runPass());
    EXPECT_EQ(cachedDeviceIds(), (QList<qint64>{17, 18}));
    EXPECT_TRUE(DeviceStore(cache()).all().first().current);
    int deletes = 0;
    m_daemon.on("DELETE /api/v1/devices/18", [&deletes](const FakeRequest &) {
        if (++deletes == 1)
            return FakeReply{503, {}}; // not now: the very same request goes again
        return FakeReply{200, toJson(DeviceRevocation{18, true})};
    });
    ASSERT_TRUE(m_engine->revokeDevice(18).has_value());
    EXPECT_EQ(m_engine->status().pendingEdits, 1);
    runPass();
    EXPECT_EQ(cachedDeviceIds(), (QList<qint64>{17, 18})); // not revoked yet
    m_devices.removeLast(); // from now on the daemon lists it no more either
    ASSERT_TRUE(runPass());
    const QList<FakeRequest> sent = m_daemon.requestsTo("DELETE /api/v1/devices/18");
    ASSERT_EQ(sent.size(), 2);
    EXPECT_FALSE(sent[0].headers.value("idempotency-key").isEmpty());
    EXPECT_EQ(sent[0].headers.value("idempotency-key"), sent[1].headers.value("idempotency-key"));
    EXPECT_FALSE(sent[1].headers.contains("if-match"));
    EXPECT_TRUE(sent[1].body.isEmpty());
    EXPECT_EQ(Outbox(cache()).count(), 0);
    EXPECT_EQ(cachedDeviceIds(), (QList<qint64>{17}));
}

TEST_F(SyncEngineTest, ADeviceTheDaemonNoLongerHasLeavesTheListAtOnce)
{
    ASSERT_TRUE(runPass());
    m_daemon.on("DELETE /api/v1/devices/18", [](const FakeRequest &) {
        return FakeReply{404, errorBody(u"not_found"_s, u"devices.not_found"_s)};
    });
    QSignalSpy devices(m_engine.get(), &SyncEngine::devicesChanged);
    QSignalSpy rejected(m_engine.get(), &SyncEngine::editRejected);
    // Answered before the pass reads the list again: the cache drops it on the 404 itself.
    m_daemon.on("GET /api/v1/devices", [](const FakeRequest &) { return FakeReply{503, {}}; });
    ASSERT_TRUE(m_engine->revokeDevice(18).has_value());
    runPass();
    EXPECT_EQ(cachedDeviceIds(), (QList<qint64>{17}));
    EXPECT_GE(devices.size(), 1);
    EXPECT_TRUE(rejected.isEmpty()); // not a feature edit: nothing to tell the merchant
    EXPECT_EQ(Outbox(cache()).count(), 0);
}

TEST_F(SyncEngineTest, AnAnswerThatDoesNotReadKeepsWhatTheCacheHad)
{
    ASSERT_TRUE(runPass());
    ASSERT_TRUE(SyncStateStore(cache()).status().has_value());
    m_daemon.on("GET /api/v1/status", [](const FakeRequest &) {
        return FakeReply{200, {{u"salla_authorization"_s, u"needs_reauth"_s}}}; // half a status
    });
    m_daemon.on("GET /api/v1/devices", [](const FakeRequest &) {
        return FakeReply{200, {{u"devices"_s, QJsonArray{QJsonObject{{u"id"_s, u"seventeen"_s}}}}}};
    });
    EXPECT_TRUE(runPass());
    EXPECT_FALSE(m_engine->status().needsReauth);
    EXPECT_EQ(SyncStateStore(cache()).status()->events.processed, 3);
    EXPECT_EQ(cachedDeviceIds(), (QList<qint64>{17, 18}));
}
