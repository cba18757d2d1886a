// Three nomo-daemon processes on one PostgreSQL database, as an agency runs them
// behind a load balancer. The Salla simulator spreads its webhooks over all three
// (round-robin, every retry to the next), the console edits a store's settings
// through each, and one daemon is killed with SIGKILL mid-work and started again.
// What must hold: every webhook Salla saw acknowledged is processed exactly once in
// effect (orders, carts and SAR sums equal the simulator's, one "order created" per
// order), no job is lost or run twice, and reconcile ran once per period between the
// three, not three times.
#include "support/RawHttp.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"

#include "db/Database.h"
#include "security/TokenCipher.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <gtest/gtest.h>

#include <signal.h>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {

const QByteArray kSecret = "nomo-scale-out-secret";
constexpr int kDaemons = 3;
constexpr int kReconcileSeconds = 2;
const QByteArray kShopOrigin = "https://shop.example";

class ScaleOutTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        m_database = TestDatabase::create(TestEngine::Postgres, &why);
        if (!m_database) {
            if (TestDatabase::postgresRequired())
                FAIL() << why.toStdString();
            GTEST_SKIP() << why.toStdString();
        }
        ASSERT_TRUE(m_sim.start({u"--stores"_s, u"3"_s})) << m_sim.stderrText().toStdString();
        const QString key = QString::fromLatin1(TokenCipher::generateKey().toHex());
        for (int i = 0; i < kDaemons; ++i) {
            auto daemon = std::make_unique<DaemonProcess>();
            daemon->setEnv(u"NOMO_DATABASE_URL"_s, m_database->url().redacted() /* no password: trust on the test cluster */);
            daemon->setEnv(u"NOMO_SECURITY_TOKEN_KEY"_s, key);
            daemon->setEnv(u"NOMO_SALLA_WEBHOOK_SECRET"_s, QString::fromLatin1(kSecret));
            daemon->setEnv(u"NOMO_SALLA_API_URL"_s, m_sim.baseUrl() + u"/admin/v2"_s);
            daemon->setEnv(u"NOMO_SALLA_ACCOUNTS_URL"_s, m_sim.baseUrl());
            daemon->setEnv(u"NOMO_SALLA_RECONCILE_INTERVAL_SECONDS"_s, QString::number(kReconcileSeconds));
            daemon->setEnv(u"NOMO_JOBS_LEASE_SECONDS"_s, u"2"_s);
            daemon->setEnv(u"NOMO_JOBS_POLL_INTERVAL_MS"_s, u"100"_s);
            daemon->setEnv(u"NOMO_LOG_RULES"_s, u"nomo.daemon.salla.debug=true"_s); // "reconcile pass ... done"
            daemon->setEnv(u"NOMO_STOREFRONT_EXTRA_ORIGINS"_s, QString::fromLatin1(kShopOrigin));
            daemon->setEnv(u"NOMO_STOREFRONT_SETTINGS_REFRESH_SECONDS"_s, u"0"_s);
            ASSERT_TRUE(daemon->start()) << daemon->stderrText().toStdString();
            m_daemons.push_back(std::move(daemon));
        }
        m_clock.start();
        aimWebhooks();
    }
    void TearDown() override { db::close(u"scale-out-reader"_s); }

    void aimWebhooks()
    {
        QJsonArray urls;
        for (const auto &daemon : m_daemons)
            urls.append(u"http://127.0.0.1:%1/webhooks/salla"_s.arg(daemon->port()));
        ASSERT_EQ(sim("webhooks/target", {{u"urls"_s, urls}, {u"secret"_s, QString::fromLatin1(kSecret)},
                                          {u"retry_interval_ms"_s, 100}, {u"max_retries"_s, 20}}).status, 200);
    }
    HttpReply sim(const QByteArray &path, const QJsonObject &body)
    {
        return RawHttp::request(m_sim.port(), "POST", "/_sim/" + path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QJsonArray simStores() { return RawHttp::get(m_sim.port(), "/_sim/state").json()[u"stores"_s].toArray(); }
    QSqlDatabase reader()
    {
        QSqlDatabase db = QSqlDatabase::database(u"scale-out-reader"_s, false);
        return db.isValid() ? db : *db::open(m_database->url(), u"scale-out-reader"_s);
    }
    qint64 scalar(const QString &sql, const QVariantMap &binds = {}) { return db::scalar(reader(), sql, binds).value_or(-1); }
    void sendEvents(int round)
    {
        for (const QJsonValue &store : simStores()) {
            const qint64 id = store[u"id"_s].toInteger();
            ASSERT_EQ(sim("events", {{u"store_id"_s, id}, {u"event"_s, u"order.created"_s}, {u"count"_s, 12}}).status, 200);
            ASSERT_EQ(sim("events", {{u"store_id"_s, id}, {u"event"_s, u"abandoned.cart"_s}, {u"count"_s, 4}}).status, 200);
            for (int i = 0; i < 3 + round; ++i)
                ASSERT_EQ(sim("events", {{u"store_id"_s, id}, {u"event"_s, u"order.status.updated"_s}}).status, 200);
        }
    }
    // Settled: the simulator has nothing left to deliver, no event waits and no job runs.
    bool settled()
    {
        return RawHttp::get(m_sim.port(), "/_sim/state").json()[u"pending_deliveries"_s].toInt() == 0
            && scalar(u"SELECT COUNT(*) FROM events WHERE status = 'pending'"_s) == 0
            && scalar(u"SELECT COUNT(*) FROM jobs WHERE status = 'running' OR (status = 'pending' AND period_ms IS NULL)"_s) == 0;
    }
    int reconcilePasses(const QByteArray &extraLog = {})
    {
        int passes = static_cast<int>(extraLog.count("reconcile pass of store"));
        for (const auto &daemon : m_daemons)
            passes += static_cast<int>(daemon->stderrText().count("reconcile pass of store"));
        return passes;
    }
    std::string featureEdit(int daemon, const QString &token, int version, int seconds)
    {
        const QByteArray body = QJsonDocument(QJsonObject{{u"enabled"_s, true},
                                                          {u"settings"_s, QJsonObject{{u"display_seconds"_s, seconds}}}})
                                    .toJson(QJsonDocument::Compact);
        const HttpReply reply = RawHttp::request(m_daemons[daemon]->port(), "PUT", "/api/v1/features/latest_purchase", body,
                                                 {{"Authorization", "Bearer " + token.toLatin1()},
                                                  {"Content-Type", "application/json"},
                                                  {"If-Match", QByteArray::number(version)}});
        return reply.status == 200 ? std::string()
                                   : std::to_string(reply.status) + " " + reply.body.toStdString() + "\n"
                + m_daemons[daemon]->stderrText().right(3000).toStdString();
    }

    std::unique_ptr<TestDatabase> m_database;
    SimulatorProcess m_sim;
    std::vector<std::unique_ptr<DaemonProcess>> m_daemons;
    QElapsedTimer m_clock;
};

} // namespace

TEST_F(ScaleOutTest, ThreeDaemonsOnOnePostgresqlProcessEveryAcknowledgedWebhookOnceAndReconcileOncePerPeriod)
{
    const QJsonArray stores = simStores();
    ASSERT_EQ(stores.size(), 3);
    for (const QJsonValue &store : stores)
        ASSERT_EQ(sim("install", {{u"store_id"_s, store[u"id"_s]}}).status, 200);
    ASSERT_TRUE(QTest::qWaitFor([&] { return settled(); }, 60000));
    // Every store's profile read once, by whichever daemon took the job.
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM jobs WHERE kind = 'salla.profile' AND status = 'done'"_s), 3);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM merchants WHERE email <> ''"_s), 3);

    sendEvents(0);
    // Console edits through each daemon in turn, each on the version the last one made.
    const qint64 firstStore = stores.first()[u"id"_s].toInteger();
    QByteArray out, err;
    ASSERT_EQ(m_daemons[0]->runToEnd({u"device-token"_s, u"--merchant"_s, QString::number(firstStore), u"--name"_s, u"laptop"_s},
                                     &out, &err), 0) << err.toStdString();
    const QString token = QJsonDocument::fromJson(out.trimmed())[u"access_token"_s].toString();
    for (int edit = 0; edit < 3; ++edit)
        EXPECT_EQ(featureEdit(edit % kDaemons, token, edit, 5 + edit), std::string());

    // Mid-work, one daemon dies without a word; Salla's retries go to the others.
    ASSERT_TRUE(QTest::qWaitFor([&] { return scalar(u"SELECT COUNT(*) FROM events WHERE status = 'processed'"_s) > 30; }, 30000));
    ASSERT_EQ(::kill(static_cast<pid_t>(m_daemons[1]->pid()), SIGKILL), 0);
    ASSERT_TRUE(m_daemons[1]->process().waitForFinished(10000));
    sendEvents(1);
    for (int edit = 3; edit < 6; ++edit) // the dead one's turn goes to the next
        EXPECT_EQ(featureEdit(edit % kDaemons == 1 ? 2 : edit % kDaemons, token, edit, 5 + edit), std::string());
    ASSERT_TRUE(m_daemons[1]->start()) << m_daemons[1]->stderrText().toStdString();
    aimWebhooks();
    sendEvents(2);
    for (int edit = 6; edit < 9; ++edit)
        EXPECT_EQ(featureEdit(edit % kDaemons, token, edit, 5 + edit), std::string());
    ASSERT_TRUE(QTest::qWaitFor([&] { return settled(); }, 90000)) << "still pending: "
        << scalar(u"SELECT COUNT(*) FROM events WHERE status = 'pending'"_s);

    // Exactly once in effect, store by store, to the halala.
    for (const QJsonValue &store : simStores()) {
        const QVariantMap id{{u"m"_s, store[u"id"_s].toInteger()}};
        EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM orders WHERE merchant_id = :m"_s, id), store[u"orders"_s].toInteger());
        EXPECT_EQ(scalar(u"SELECT COALESCE(SUM(total_halalas), 0) FROM orders WHERE merchant_id = :m"_s, id),
                  store[u"orders_total_halalas"_s].toInteger());
        EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM abandoned_carts WHERE merchant_id = :m"_s, id), store[u"abandoned_carts"_s].toInteger());
        EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM domain_events WHERE merchant_id = :m AND kind = 'order.created'"_s, id),
                  store[u"orders"_s].toInteger())
            << "one 'order created' per order, whichever daemon and however often it arrived";
        EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM domain_events WHERE merchant_id = :m AND kind = 'cart.abandoned'"_s, id),
                  store[u"abandoned_carts"_s].toInteger());
    }
    // Every delivery Salla saw acknowledged is stored once and was processed.
    int delivered = 0;
    for (const QJsonValue &delivery : RawHttp::get(m_sim.port(), "/_sim/deliveries").json()[u"deliveries"_s].toArray())
        delivered += delivery[u"state"_s].toString() == u"delivered";
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM events WHERE source = 'webhook'"_s), delivered);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM events WHERE status NOT IN ('processed', 'ignored')"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM jobs WHERE status = 'failed'"_s), 0);
    // The edits: nine versions, none lost, one change-feed entry each, seqs dense.
    EXPECT_EQ(scalar(u"SELECT version FROM merchant_features WHERE merchant_id = :m AND feature_key = 'latest_purchase'"_s,
                     {{u"m"_s, firstStore}}),
              9);
    EXPECT_EQ(scalar(u"SELECT MAX(seq) - MIN(seq) + 1 - COUNT(*) FROM changes WHERE merchant_id = :m"_s, {{u"m"_s, firstStore}}), 0);

    // Reconcile: at most one pass per store per period between the three daemons. Wait
    // for twelve passes (four rounds over three stores), then compare with the periods
    // gone by: three daemons each reconciling would get there in under two periods.
    ASSERT_TRUE(QTest::qWaitFor([&] { return reconcilePasses() >= 12; }, 60000)) << reconcilePasses();
    const int periods = static_cast<int>(m_clock.elapsed() / 1000 / kReconcileSeconds);
    const int passes = reconcilePasses();
    EXPECT_LE(passes, 3 * (periods + 2)) << passes << " passes over " << periods << " periods of 3 stores: more than one daemon reconciled";
}

TEST_F(ScaleOutTest, EveryDaemonCountsTheSameLiveVisitors)
{
    const qint64 store = simStores().first()[u"id"_s].toInteger();
    ASSERT_EQ(sim("install", {{u"store_id"_s, store}}).status, 200);
    ASSERT_TRUE(QTest::qWaitFor([&] { return settled(); }, 60000));
    QByteArray out, err;
    ASSERT_EQ(m_daemons[0]->runToEnd({u"device-token"_s, u"--merchant"_s, QString::number(store), u"--name"_s, u"laptop"_s}, &out, &err), 0)
        << err.toStdString();
    const QString token = QJsonDocument::fromJson(out.trimmed())[u"access_token"_s].toString();
    const QByteArray on = QJsonDocument(QJsonObject{{u"enabled"_s, true}, {u"settings"_s, QJsonObject{{u"minimum_visitors"_s, 1}}}})
                              .toJson(QJsonDocument::Compact);
    ASSERT_EQ(RawHttp::request(m_daemons[0]->port(), "PUT", "/api/v1/features/visitor_counter", on,
                               {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", "application/json"}, {"If-Match", "0"}})
                  .status,
              200);
    // Six shoppers spread over the three daemons (a load balancer's round robin), half
    // of them on product 77.
    for (int shopper = 0; shopper < 6; ++shopper) {
        QJsonObject view{{u"type"_s, u"pageview"_s}, {u"path"_s, shopper % 2 ? u"/"_s : u"/oud/p77"_s}};
        if (shopper % 2 == 0)
            view.insert(u"product"_s, 77);
        const HttpReply sent = RawHttp::request(
            m_daemons[shopper % kDaemons]->port(), "POST", u"/s/%1/collect"_s.arg(store).toUtf8(),
            QJsonDocument(QJsonObject{{u"events"_s, QJsonArray{view}}}).toJson(QJsonDocument::Compact),
            {{"Content-Type", "text/plain"}, {"Origin", kShopOrigin},
             {"User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Mobile/15E148 shopper-" + QByteArray::number(shopper)}});
        ASSERT_EQ(sent.status, 202) << sent.body.constData();
    }
    const auto liveOn = [&](int daemon) {
        const HttpReply live = RawHttp::request(m_daemons[daemon]->port(), "GET", u"/s/%1/live?product=77"_s.arg(store).toUtf8(), {},
                                                {{"Origin", kShopOrigin}});
        return std::pair{live.json()[u"store"_s].toInt(-1), live.json()[u"product"_s].toInt(-1)};
    };
    for (int daemon = 0; daemon < kDaemons; ++daemon)
        EXPECT_TRUE(QTest::qWaitFor([&] { return liveOn(daemon) == std::pair{6, 3}; }, 15000))
            << "daemon " << daemon << " counts " << liveOn(daemon).first << "/" << liveOn(daemon).second;
}
