// The SyncEngine against a loopback server speaking the console API's wire format:
// paging, retries with the same idempotency key, conflicts, refusals and status.
#include "api/ApiClient.h"
#include "cache/FeatureStore.h"
#include "cache/Outbox.h"
#include "cache/SyncStateStore.h"
#include "support/CacheFixture.h"
#include "support/FakeDaemon.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
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

    FakeDaemon m_daemon;
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
