// The SyncEngine against the real nomo-daemon on loopback, fed by the Salla simulator
// (tests/support/ConsoleStack): paging the real feed, a crash in the middle of a page,
// a version conflict, and an outbox edit replayed under its idempotency key.
#include "api/ApiClient.h"
#include "cache/DeviceStore.h"
#include "cache/FeatureStore.h"
#include "cache/Outbox.h"
#include "cache/SyncStateStore.h"
#include "support/CacheFixture.h"
#include "support/ConsoleStack.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {

class RealDaemonSyncTest : public CacheFixture
{
protected:
    void SetUp() override
    {
        CacheFixture::SetUp();
        QString why;
        ASSERT_TRUE(m_stack.start(1, &why)) << why.toStdString();
        m_store = m_stack.storeIds().first();
        m_token = m_stack.issueToken(m_store, u"console sync test"_s).first;
        ASSERT_FALSE(m_token.isEmpty());
        ASSERT_EQ(m_stack.simControl("events", {{u"store_id"_s, m_store}, {u"event"_s, u"order.created"_s}, {u"count"_s, 12}}).status, 200);
        ASSERT_TRUE(m_stack.settle());
        m_api = std::make_unique<ApiClient>(QUrl(u"http://127.0.0.1:%1"_s.arg(m_stack.daemon().port())));
        m_api->setToken(m_token);
        m_engine = std::make_unique<SyncEngine>(cache(), *m_api);
        m_engine->setSignedIn(true);
    }
    bool runPass()
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::passFinished);
        m_engine->syncNow();
        return finished.wait(15000) && finished.takeFirst().at(0).toBool();
    }
    qint64 count(const QString &table)
    {
        QSqlQuery query(cache().database());
        query.exec(u"SELECT COUNT(*) FROM "_s + table);
        return query.next() ? query.value(0).toLongLong() : -1;
    }
    qint64 lastSeq() { return m_stack.api("GET", "/api/v1/status", m_token).json()[u"last_seq"_s].toInteger(); }
    int featureVersion(const QByteArray &key)
    {
        const QJsonArray features = m_stack.api("GET", "/api/v1/features", m_token).json()[u"features"_s].toArray();
        for (const QJsonValue &feature : features) {
            if (feature[u"key"_s].toString().toLatin1() == key)
                return feature[u"version"_s].toInt();
        }
        return -1;
    }

    ConsoleStack m_stack;
    qint64 m_store = 0;
    QString m_token;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace

TEST_F(RealDaemonSyncTest, PullsTheWholeFeedPageByPage)
{
    m_engine->setPageLimit(5);
    ASSERT_TRUE(runPass());
    EXPECT_EQ(SyncStateStore(cache()).cursor(), lastSeq());
    EXPECT_GE(count(u"orders"_s), 12);
    EXPECT_EQ(m_engine->status().connection, SyncStatus::Connection::Online);
    EXPECT_TRUE(SyncStateStore(cache()).status().has_value());
}

TEST_F(RealDaemonSyncTest, ACrashMidPageLosesAndRepeatsNothing)
{
    m_engine->setPageLimit(7);
    int pages = 0;
    // The second page dies after three rows, before its commit.
    m_engine->setStepHook([&pages](qsizetype applied) -> Status {
        if (applied == 1)
            ++pages;
        if (pages == 2 && applied == 3)
            return fail(ErrorCode::Internal, u"test.crash"_s);
        return {};
    });
    runPass();
    const qint64 afterCrash = SyncStateStore(cache()).cursor();
    EXPECT_GT(afterCrash, 0);
    EXPECT_LT(afterCrash, lastSeq());
    const qint64 ordersAfterCrash = count(u"orders"_s);

    reopen();
    m_engine = std::make_unique<SyncEngine>(cache(), *m_api);
    m_engine->setSignedIn(true);
    m_engine->setPageLimit(7);
    ASSERT_TRUE(runPass());
    EXPECT_EQ(SyncStateStore(cache()).cursor(), lastSeq());
    EXPECT_GT(count(u"orders"_s), ordersAfterCrash);
    // The feed's distinct orders, each once.
    QSqlQuery distinct(cache().database());
    distinct.exec(u"SELECT COUNT(DISTINCT salla_id) FROM orders"_s);
    ASSERT_TRUE(distinct.next());
    EXPECT_EQ(distinct.value(0).toLongLong(), count(u"orders"_s));
}

TEST_F(RealDaemonSyncTest, AConflictKeepsTheServersCopy)
{
    ASSERT_TRUE(runPass());
    // Another device saves first.
    const QByteArray body = R"({"enabled":true,"settings":{"display_seconds":12}})";
    ASSERT_EQ(m_stack.api("PUT", "/api/v1/features/latest_purchase", m_token, body, {{"If-Match", "0"}, {"Content-Type", "application/json"}}).status, 200);
    QSignalSpy rejected(m_engine.get(), &SyncEngine::editRejected);
    // This console still holds version 0.
    ASSERT_TRUE(queueFeatureEdit(cache(), u"latest_purchase"_s, false, {{u"display_seconds"_s, 20}}, 0).has_value());
    ASSERT_TRUE(runPass());
    ASSERT_EQ(rejected.size(), 1);
    EXPECT_EQ(rejected[0].at(1).value<SyncEngine::Rejection>(), SyncEngine::Rejection::Conflict);
    const FeatureRecord shown = FeatureStore(cache()).effective(u"latest_purchase"_s);
    EXPECT_TRUE(shown.enabled);
    EXPECT_EQ(shown.settings.value(u"display_seconds"_s).toInt(), 12);
    EXPECT_EQ(Outbox(cache()).count(), 0);
}

TEST_F(RealDaemonSyncTest, AnEditWhoseAnswerWasLostIsReplayedNotAppliedTwice)
{
    ASSERT_TRUE(runPass());
    ASSERT_TRUE(queueFeatureEdit(cache(), u"coupons"_s, true, {{u"default_percent"_s, 20}}, 0).has_value());
    const OutboxEntry entry = *Outbox(cache()).head();
    // The first send reached the daemon, but its answer never came back.
    const HttpReply first = m_stack.api("PUT", "/api/v1/features/coupons", m_token,
                                        QJsonDocument(*entry.body).toJson(QJsonDocument::Compact),
                                        {{"If-Match", "0"}, {"Idempotency-Key", entry.idempotencyKey.toLatin1()},
                                         {"Content-Type", "application/json"}});
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    const int versionAfterFirst = featureVersion("coupons");
    ASSERT_TRUE(runPass()); // the engine sends the same request, same key
    EXPECT_EQ(featureVersion("coupons"), versionAfterFirst);
    EXPECT_EQ(Outbox(cache()).count(), 0);
    const FeatureRecord shown = FeatureStore(cache()).effective(u"coupons"_s);
    EXPECT_TRUE(shown.enabled);
    EXPECT_EQ(shown.version, versionAfterFirst);
}

// "A version that a user sees is not bumped by a background sync": the merchant's
// edit, made while a pull was bringing someone else's save, still says the version it
// was made on, so the daemon answers 409 instead of letting it overwrite that save.
TEST_F(RealDaemonSyncTest, AStaleEditQueuedDuringAPullGetsItsConflictInsteadOfOverwriting)
{
    ASSERT_TRUE(runPass());
    ASSERT_EQ(FeatureStore(cache()).serverCopy(u"latest_purchase"_s).version, 0);
    // Another device saves first.
    const QByteArray body = R"({"enabled":true,"settings":{"display_seconds":12}})";
    ASSERT_EQ(m_stack.api("PUT", "/api/v1/features/latest_purchase", m_token, body, {{"If-Match", "0"}, {"Content-Type", "application/json"}}).status, 200);
    ASSERT_EQ(featureVersion("latest_purchase"), 1);

    std::optional<QString> ifMatchAfterPull;
    qint64 shownAfterPull = -1, serverAfterPull = -1;
    const auto watch = QObject::connect(m_engine.get(), &SyncEngine::passFinished, m_engine.get(), [&] {
        if (ifMatchAfterPull)
            return;
        const std::optional<OutboxEntry> head = Outbox(cache()).head();
        ifMatchAfterPull = head ? head->ifMatch.value_or(u"none"_s) : u"no edit"_s;
        shownAfterPull = FeatureStore(cache()).effective(u"latest_purchase"_s).version;
        serverAfterPull = FeatureStore(cache()).serverCopy(u"latest_purchase"_s).version;
    });
    QSignalSpy rejected(m_engine.get(), &SyncEngine::editRejected);
    m_engine->syncNow(); // a background pass: its pull is on its way when the merchant edits
    ASSERT_TRUE(m_engine->editFeature(u"latest_purchase"_s, false, {{u"display_seconds"_s, 20}}).has_value());
    const bool settled = QTest::qWaitFor([&] { return rejected.size() == 1 && !m_engine->isRunning(); }, 15000);
    QObject::disconnect(watch);
    ASSERT_TRUE(settled);

    EXPECT_EQ(serverAfterPull, 1) << "the pull brought the other device's save";
    EXPECT_EQ(ifMatchAfterPull, u"0"_s) << "and left the queued edit on the version it was made on";
    EXPECT_EQ(shownAfterPull, 0);
    EXPECT_EQ(rejected[0].at(1).value<SyncEngine::Rejection>(), SyncEngine::Rejection::Conflict);
    EXPECT_EQ(featureVersion("latest_purchase"), 1) << "the other device's save stands";
    const FeatureRecord shown = FeatureStore(cache()).effective(u"latest_purchase"_s);
    EXPECT_TRUE(shown.enabled);
    EXPECT_EQ(shown.settings.value(u"display_seconds"_s).toInt(), 12);
    EXPECT_EQ(shown.version, 1);
    EXPECT_EQ(Outbox(cache()).count(), 0);
}

TEST_F(RealDaemonSyncTest, RevokingAnotherConsoleSignsItOutAndTakesItOffTheList)
{
    const auto [otherToken, otherDevice] = m_stack.issueToken(m_store, u"الحاسوب المحمول"_s);
    ASSERT_FALSE(otherToken.isEmpty());
    ASSERT_TRUE(runPass());
    const QList<ConsoleDevice> before = DeviceStore(cache()).all();
    ASSERT_EQ(before.size(), 2);
    EXPECT_EQ(std::count_if(before.begin(), before.end(), [](const ConsoleDevice &d) { return d.current; }), 1);
    EXPECT_EQ(before.last().name, u"الحاسوب المحمول"_s);

    ASSERT_TRUE(m_engine->revokeDevice(otherDevice).has_value());
    ASSERT_TRUE(runPass());
    EXPECT_EQ(Outbox(cache()).count(), 0);
    const QList<ConsoleDevice> after = DeviceStore(cache()).all();
    ASSERT_EQ(after.size(), 1);
    EXPECT_TRUE(after.first().current);
    EXPECT_EQ(m_stack.api("GET", "/api/v1/status", otherToken).status, 401);
    EXPECT_EQ(m_stack.api("GET", "/api/v1/status", m_token).status, 200);
}

TEST_F(RealDaemonSyncTest, AFeedLongerThanAPageReportsHowFarTheFirstSyncHasCome)
{
    m_engine->setPageLimit(5);
    QSignalSpy progress(m_engine.get(), &SyncEngine::pullProgress);
    ASSERT_TRUE(runPass());
    ASSERT_GE(progress.size(), 2) << "one report per page of a feed longer than a page";
    qint64 previous = 0;
    for (const QList<QVariant> &report : std::as_const(progress)) {
        const qint64 done = report.at(0).toLongLong();
        const qint64 total = report.at(1).toLongLong();
        EXPECT_GT(done, previous);
        EXPECT_LE(done, total);
        previous = done;
    }
    EXPECT_EQ(progress.constLast().at(0).toLongLong(), progress.constLast().at(1).toLongLong()) << "it ends at 100%";
    EXPECT_EQ(progress.constLast().at(1).toLongLong(), lastSeq());
}
