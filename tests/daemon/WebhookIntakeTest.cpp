// Webhook intake end to end, over real HTTP: the simulator delivers as Salla does,
// the real daemon stores, answers and processes, and the test reads the daemon's
// database file to see what landed.
#include "support/Fixtures.h"
#include "support/RawHttp.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"

#include "db/Database.h"
#include "security/TokenCipher.h"
#include "security/WebhookSignature.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

const QByteArray kSecret = "nomo-test-webhook-secret";

class WebhookIntakeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_sim.start({u"--stores"_s, u"2"_s, u"--retry-interval-ms"_s, u"200"_s})) << m_sim.stderrText().toStdString();
        m_daemon.setEnv(u"NOMO_SALLA_WEBHOOK_SECRET"_s, QString::fromLatin1(kSecret));
        m_daemon.setEnv(u"NOMO_SALLA_API_URL"_s, m_sim.baseUrl() + u"/admin/v2"_s);
        m_daemon.setEnv(u"NOMO_SALLA_ACCOUNTS_URL"_s, m_sim.baseUrl());
        m_daemon.setEnv(u"NOMO_WEBHOOKS_MAX_ATTEMPTS"_s, u"2"_s);
        m_daemon.setEnv(u"NOMO_LOG_RULES"_s, u"nomo.daemon.webhooks.debug=true"_s); // what the intake's thread did
        ASSERT_TRUE(m_daemon.start()) << m_daemon.stderrText().toStdString();
        const QJsonObject target{{u"url"_s, u"http://127.0.0.1:%1/webhooks/salla"_s.arg(m_daemon.port())},
                                 {u"secret"_s, QString::fromLatin1(kSecret)},
                                 {u"retry_interval_ms"_s, 200}};
        ASSERT_EQ(simControl("webhooks/target", target).status, 200);
    }
    void TearDown() override { nomo::db::close(u"reader"_s); }

    HttpReply simControl(const QByteArray &path, const QJsonObject &body = {})
    {
        return RawHttp::request(m_sim.port(), "POST", "/_sim/" + path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpReply post(const QByteArray &body, QList<std::pair<QByteArray, QByteArray>> headers)
    {
        headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
        return RawHttp::request(m_daemon.port(), "POST", "/webhooks/salla", body, headers);
    }
    HttpReply postSigned(const QByteArray &body)
    {
        return post(body, {{"X-Salla-Security-Strategy", "Signature"}, {"X-Salla-Signature", nomo::WebhookSignature::sign(kSecret, body)}});
    }
    QSqlDatabase reader()
    {
        QSqlDatabase db = QSqlDatabase::database(u"reader"_s, false);
        if (!db.isValid())
            db = *nomo::db::open(nomo::DatabaseUrl::sqlite(m_daemon.dataDir() + u"/nomo.db"_s), u"reader"_s);
        return db;
    }
    qint64 scalar(const QString &sql)
    {
        auto query = nomo::db::exec(reader(), sql);
        return query && query->next() ? query->value(0).toLongLong() : -1;
    }
    // Waits until every stored event left "pending" and the simulator has nothing in flight.
    void settle()
    {
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired()) {
            const QJsonObject state = RawHttp::get(m_sim.port(), "/_sim/state").json();
            if (state[u"pending_deliveries"_s].toInt() == 0 && nomo::test::unprocessedEvents(reader()) == 0)
                return;
            QThread::msleep(50);
        }
        ADD_FAILURE() << "events did not settle";
    }
    QJsonArray simDeliveries() { return RawHttp::get(m_sim.port(), "/_sim/deliveries").json()[u"deliveries"_s].toArray(); }

    SimulatorProcess m_sim;
    DaemonProcess m_daemon;
};

} // namespace

TEST_F(WebhookIntakeTest, EasyModeInstallStoresTheMerchantAndSealedWorkingTokens)
{
    const HttpReply installed = simControl("install");
    ASSERT_EQ(installed.status, 200);
    settle();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM merchants WHERE id = 1487302251 AND status = 'active'"_s), 1);
    auto row = nomo::db::exec(reader(), u"SELECT access_token_enc FROM salla_tokens WHERE merchant_id = 1487302251"_s);
    ASSERT_TRUE(row && row->next());
    const QByteArray sealed = row->value(0).toByteArray();
    const QString access = installed.json()[u"access_token"_s].toString();
    EXPECT_FALSE(sealed.contains(access.toLatin1()));
    // The daemon made its key in its data folder (no config); with it the token opens.
    QFile keyFile(m_daemon.dataDir() + u"/token.key"_s);
    ASSERT_TRUE(keyFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(keyFile.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const auto cipher = nomo::TokenCipher::fromText(QString::fromLatin1(keyFile.readAll()));
    ASSERT_TRUE(cipher);
    EXPECT_EQ(QString::fromUtf8(*cipher->decrypt(sealed, "salla_tokens:1487302251")), access);
}

TEST_F(WebhookIntakeTest, EveryFixtureEventLandsInItsTables)
{
    for (const auto file : {"app_installed_webhook.json", "app_store_authorize_webhook.json", "customer_created_webhook.json",
                            "coupon_applied_webhook.json", "order_created_webhook.json", "abandoned_cart_webhook.json",
                            "app_settings_updated_webhook.json", "order_status_updated_webhook.json"}) {
        ASSERT_EQ(simControl("fixtures", {{u"file"_s, QString::fromLatin1(file)}}).status, 200);
        settle(); // in story order
    }
    // Installed. The fixture's tokens are not ones the simulator issued, so reading the
    // store's profile with them may end in needs_reauth; either way not pending.
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM merchants WHERE status IN ('active', 'needs_reauth')"_s), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM salla_tokens"_s), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM customers WHERE salla_id = 874512390 AND first_name = 'عبدالله'"_s), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM customers WHERE salla_id = 1190348822"_s), 1); // from the cart
    EXPECT_EQ(scalar(u"SELECT total_halalas FROM orders WHERE salla_id = 1935507712"_s), 38065);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM orders WHERE salla_id = 1935507712 AND status = 'completed' AND coupon_code = 'NOMO10' "
                     "AND customer_id IS NOT NULL"_s),
              1);
    EXPECT_EQ(scalar(u"SELECT total_halalas FROM abandoned_carts WHERE salla_id = 1713390284"_s), 47725);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM events WHERE status = 'processed'"_s), 6);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM events WHERE status = 'ignored'"_s), 2); // coupon.applied, app.settings.updated
    EXPECT_GT(scalar(u"SELECT COUNT(*) FROM changes WHERE merchant_id = 1487302251"_s), 3);

    ASSERT_EQ(simControl("fixtures", {{u"file"_s, u"app_uninstalled_webhook.json"_s}}).status, 200);
    settle();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM merchants WHERE status = 'uninstalled' AND purge_after IS NOT NULL"_s), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM salla_tokens"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM orders"_s), 1); // kept for the grace period
}

TEST_F(WebhookIntakeTest, ALivingStoreStreamIsStoredOnceAndProcessed)
{
    ASSERT_EQ(simControl("install").status, 200);
    ASSERT_EQ(simControl("tick", {{u"steps"_s, 60}}).status, 200);
    settle();
    const QJsonArray deliveries = simDeliveries();
    int orders = 0;
    for (const QJsonValue &delivery : deliveries) {
        EXPECT_EQ(delivery[u"state"_s].toString(), u"delivered"_s);
        orders += delivery[u"event"_s].toString() == u"order.created";
    }
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM events"_s), deliveries.size());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM orders"_s), orders);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM events WHERE status NOT IN ('processed', 'ignored')"_s), 0);
    // Sums in SAR match what the simulator sold.
    qint64 simTotal = 0;
    for (const QJsonValue &store : RawHttp::get(m_sim.port(), "/_sim/state").json()[u"stores"_s].toArray())
        simTotal += store[u"orders_total_halalas"_s].toInteger();
    EXPECT_EQ(scalar(u"SELECT COALESCE(SUM(total_halalas), 0) FROM orders"_s), simTotal);
}

// A group deletes the inbox rows the worker moved before it; the last group's are moved
// after it. With no webhook to follow, the idle intake deletes them, so the bodies of a
// burst do not stay in the inbox file until the next one.
TEST_F(WebhookIntakeTest, WhenNoWebhookFollowsTheMovedBodiesStillLeaveTheInbox)
{
    ASSERT_EQ(simControl("install").status, 200);
    ASSERT_EQ(simControl("tick", {{u"steps"_s, 30}}).status, 200);
    settle();
    ASSERT_GT(scalar(u"SELECT COUNT(*) FROM events"_s), 10);
    auto inbox = nomo::db::open(nomo::DatabaseUrl::sqlite(m_daemon.dataDir() + u"/nomo.db-inbox"_s), u"inbox-reader"_s);
    ASSERT_TRUE(inbox) << inbox.error().toString().toStdString();
    // The intake says so each time it finds its inbox empty: counted before the read,
    // a later saying is one that followed it.
    static const QByteArray kEmptied = "the webhook inbox is empty";
    const int said = int(m_daemon.stderrText().count(kEmptied));
    qint64 left = nomo::db::scalar(*inbox, u"SELECT COUNT(*) FROM inbox"_s).value_or(-1);
    if (left != 0) {
        EXPECT_TRUE(m_daemon.waitForLog(kEmptied, said + 1, 15000)) << "the idle intake did not empty the inbox";
        left = nomo::db::scalar(*inbox, u"SELECT COUNT(*) FROM inbox"_s).value_or(-1);
    }
    nomo::db::close(u"inbox-reader"_s);
    EXPECT_EQ(left, 0) << "moved rows left in the inbox";
    EXPECT_EQ(nomo::test::unprocessedEvents(reader()), 0);
}

TEST_F(WebhookIntakeTest, ARedeliveryIsAcknowledgedAndChangesNothing)
{
    const QByteArray body = sallaFixture(u"order_created_webhook.json"_s);
    const HttpReply first = postSigned(body);
    ASSERT_EQ(first.status, 200);
    EXPECT_FALSE(first.json()[u"duplicate"_s].toBool());
    settle();
    const qint64 changes = scalar(u"SELECT COUNT(*) FROM changes"_s);
    const HttpReply again = postSigned(body);
    EXPECT_EQ(again.status, 200);
    EXPECT_TRUE(again.json()[u"duplicate"_s].toBool());
    settle();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM events"_s), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM orders"_s), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM changes"_s), changes);
}

// SQLite: the intake commits in a file of its own (repositories/WebhookInbox.h), so a
// writer holding the database's lock (here the test; in life the worker's batch, a
// console write) does not hold up Salla's 200, and the event is processed after.
TEST_F(WebhookIntakeTest, AWebhookIsAnsweredWhileTheDatabaseIsLockedForWriting)
{
    {
        auto locker = nomo::db::open(nomo::DatabaseUrl::sqlite(m_daemon.dataDir() + u"/nomo.db"_s), u"locker"_s);
        ASSERT_TRUE(locker);
        QSqlQuery begin(*locker);
        ASSERT_TRUE(begin.exec(u"BEGIN IMMEDIATE"_s));
        const HttpReply reply = postSigned(sallaFixture(u"customer_created_webhook.json"_s));
        EXPECT_EQ(reply.status, 200);
        EXPECT_EQ(reply.json()[u"status"_s].toString(), u"accepted"_s);
        EXPECT_FALSE(reply.json()[u"duplicate"_s].toBool());
        EXPECT_EQ(nomo::test::unprocessedEvents(reader()), 1) << "answered, waiting for the worker";
        QSqlQuery rollback(*locker);
        ASSERT_TRUE(rollback.exec(u"ROLLBACK"_s));
    }
    nomo::db::close(u"locker"_s);
    settle();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM events WHERE status IN ('processed', 'ignored')"_s), 1);
}

TEST_F(WebhookIntakeTest, HostileBodiesGetTheRightStatusAndChangeNothing)
{
    const QByteArray body = sallaFixture(u"customer_created_webhook.json"_s);
    const QByteArray good = nomo::WebhookSignature::sign(kSecret, body);
    struct Case
    {
        const char *name;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        int status;
    };
    QByteArray nested = "{\"event\":\"x\",\"merchant\":1,\"data\":" + QByteArray(200, '[') + QByteArray(200, ']') + "}";
    const QByteArray nonUtf8 = "{\"event\":\"customer.created\",\"merchant\":1487302251,\"data\":{\"id\":1,\"first_name\":\"\xff\xfe\"}}";
    const QByteArray noMerchant = R"({"event":"customer.created","data":{"id":1}})";
    const Case cases[] = {
        {"forged", body, {{"X-Salla-Signature", QByteArray(64, 'a')}}, 401},
        {"unsigned", body, {}, 401},
        {"truncated", body.left(body.size() - 10), {{"X-Salla-Signature", good}}, 401},
        {"signed by another secret", body, {{"X-Salla-Signature", nomo::WebhookSignature::sign("other", body)}}, 401},
        {"repeated signature", body, {{"X-Salla-Signature", good}, {"X-Salla-Signature", good}}, 401},
        {"deeply nested", nested, {{"X-Salla-Signature", nomo::WebhookSignature::sign(kSecret, nested)}}, 400},
        {"not UTF-8", nonUtf8, {{"X-Salla-Signature", nomo::WebhookSignature::sign(kSecret, nonUtf8)}}, 400},
        {"no merchant", noMerchant, {{"X-Salla-Signature", nomo::WebhookSignature::sign(kSecret, noMerchant)}}, 422},
    };
    for (const Case &c : cases) {
        const HttpReply reply = post(c.body, c.headers);
        EXPECT_EQ(reply.status, c.status) << c.name;
        EXPECT_FALSE(reply.json()[u"error"_s][u"code"_s].toString().isEmpty()) << c.name;
    }
    const QByteArray oversized = "{\"pad\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}";
    EXPECT_EQ(postSigned(oversized).status, 413);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM events"_s), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM customers"_s), 0);
    // And the genuine article still goes through afterwards.
    EXPECT_EQ(post(body, {{"X-Salla-Signature", good}}).status, 200);
}

TEST_F(WebhookIntakeTest, AnEventThatCannotBeProcessedIsKeptAsFailedWithItsReason)
{
    const QByteArray broken =
        R"({"event":"order.created","merchant":1487302251,"created_at":"2025-11-23 10:00:00","data":{"id":42,"status":{},"amounts":{"total":{"amount":10,"currency":"SAR"}}}})";
    ASSERT_EQ(postSigned(broken).status, 200); // signed by Salla: accepted, kept
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && scalar(u"SELECT COUNT(*) FROM events WHERE status = 'failed'"_s) != 1)
        QThread::msleep(100);
    auto row = nomo::db::exec(reader(), u"SELECT status, attempts, last_error FROM events"_s);
    ASSERT_TRUE(row && row->next());
    EXPECT_EQ(row->value(0).toString(), u"failed"_s);
    EXPECT_EQ(row->value(1).toInt(), 2); // NOMO_WEBHOOKS_MAX_ATTEMPTS
    EXPECT_TRUE(row->value(2).toString().contains(u"status.slug"_s)) << row->value(2).toString().toStdString();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM orders"_s), 0);
}

TEST_F(WebhookIntakeTest, EachStoreSeesOnlyItsOwnData)
{
    const QJsonArray stores = m_sim.readyLine()[u"stores"_s].toArray();
    for (const QJsonValue &store : stores) {
        ASSERT_EQ(simControl("install", {{u"store_id"_s, store}}).status, 200);
        ASSERT_EQ(simControl("events", {{u"store_id"_s, store}, {u"event"_s, u"order.created"_s}, {u"count"_s, 3}}).status, 200);
    }
    settle();
    for (const QJsonValue &store : stores) {
        const QString id = QString::number(store.toInteger());
        EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM orders WHERE merchant_id = "_s + id), 3);
        // No order of this store points at another store's customer.
        EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id "
                         "WHERE o.merchant_id = %1 AND c.merchant_id <> %1"_s.arg(id)),
                  0);
    }
}

TEST_F(WebhookIntakeTest, TheTokenStrategyIsHonouredWhenConfigured)
{
    DaemonProcess daemon;
    daemon.setEnv(u"NOMO_SALLA_WEBHOOK_SECRET"_s, QString::fromLatin1(kSecret));
    daemon.setEnv(u"NOMO_SALLA_WEBHOOK_STRATEGY"_s, u"token"_s);
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    const QByteArray body = sallaFixture(u"customer_created_webhook.json"_s);
    auto send = [&](QList<std::pair<QByteArray, QByteArray>> headers) {
        return RawHttp::request(daemon.port(), "POST", "/webhooks/salla", body, headers).status;
    };
    EXPECT_EQ(send({{"X-Salla-Security-Strategy", "Token"}, {"Authorization", kSecret}}), 200);
    EXPECT_EQ(send({{"Authorization", "Bearer " + kSecret}}), 401);
    EXPECT_EQ(send({{"X-Salla-Signature", nomo::WebhookSignature::sign(kSecret, body)}}), 401);
}

TEST(TokenKeyAtStartup, ADifferentKeyIsAClearStartupError)
{
    DaemonProcess daemon;
    daemon.setEnv(u"NOMO_SECURITY_TOKEN_KEY"_s, QString::fromLatin1(QByteArray(32, 'a').toHex()));
    QByteArray out, err;
    ASSERT_EQ(daemon.runToEnd({u"--check-config"_s}, &out, &err), 0);
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    ASSERT_EQ(daemon.terminate(), 0);
    daemon.setEnv(u"NOMO_SECURITY_TOKEN_KEY"_s, QString::fromLatin1(QByteArray(32, 'b').toHex()));
    EXPECT_EQ(daemon.runToEnd({}, &out, &err), 1);
    EXPECT_TRUE(err.contains("security.token_key is not the key")) << err.toStdString();
    // Without any key, the database's fingerprint forbids making a new one silently.
    daemon.setEnv(u"NOMO_SECURITY_TOKEN_KEY"_s, QString());
    EXPECT_EQ(daemon.runToEnd({}, &out, &err), 1);
    EXPECT_TRUE(err.contains("not configured")) << err.toStdString();
}

// Reconcile against the Salla simulator: a daemon that pulls every second, and the
// simulator's webhooks aimed at it until a test loses them on purpose.
class ReconcileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_sim.start()) << m_sim.stderrText().toStdString();
        m_daemon.setEnv(u"NOMO_SALLA_WEBHOOK_SECRET"_s, QString::fromLatin1(kSecret));
        m_daemon.setEnv(u"NOMO_SALLA_API_URL"_s, m_sim.baseUrl() + u"/admin/v2"_s);
        m_daemon.setEnv(u"NOMO_SALLA_ACCOUNTS_URL"_s, m_sim.baseUrl());
        m_daemon.setEnv(u"NOMO_SALLA_RECONCILE_INTERVAL_SECONDS"_s, u"1"_s);
        m_daemon.setEnv(u"NOMO_LOG_RULES"_s, u"nomo.daemon.salla.debug=true"_s); // "reconcile pass ... done"
        ASSERT_TRUE(m_daemon.start()) << m_daemon.stderrText().toStdString();
        ASSERT_EQ(control("webhooks/target", {{u"url"_s, u"http://127.0.0.1:%1/webhooks/salla"_s.arg(m_daemon.port())},
                                              {u"secret"_s, QString::fromLatin1(kSecret)}}).status, 200);
        ASSERT_EQ(control("install", {}).status, 200);
    }
    HttpReply control(const QByteArray &path, const QJsonObject &body)
    {
        return RawHttp::request(m_sim.port(), "POST", "/_sim/" + path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    void loseWebhooks() { ASSERT_EQ(control("webhooks/target", {{u"url"_s, u"http://127.0.0.1:9/lost"_s}}).status, 200); }
    // The first column of the first row, read from the daemon's SQLite file.
    QVariant value(const QString &sql)
    {
        QVariant result;
        {
            auto db = nomo::db::open(nomo::DatabaseUrl::sqlite(m_daemon.dataDir() + u"/nomo.db"_s), u"reconcile-reader"_s);
            auto query = nomo::db::exec(*db, sql);
            if (query && query->next())
                result = query->value(0);
        }
        nomo::db::close(u"reconcile-reader"_s);
        return result;
    }
    qint64 scalar(const QString &sql) { return value(sql).isValid() ? value(sql).toLongLong() : -1; }
    // Polls until the query gives `expected` (reconcile runs on its own timer); the last value.
    QString waitFor(const QString &sql, const QString &expected)
    {
        // The caller asserts on the value returned, which names what was there instead.
        static_cast<void>(QTest::qWaitFor([&] { return value(sql).toString() == expected; }, 20000));
        return value(sql).toString();
    }

    SimulatorProcess m_sim;
    DaemonProcess m_daemon;
};

TEST_F(ReconcileTest, FillsWhatLostWebhooksMissedAndCountsIt)
{
    ASSERT_EQ(control("events", {{u"event"_s, u"order.created"_s}, {u"count"_s, 2}}).status, 200); // these arrive
    // Then the webhooks get lost (a wrong URL in the Partner Portal, say).
    loseWebhooks();
    ASSERT_EQ(control("events", {{u"event"_s, u"order.created"_s}, {u"count"_s, 4}}).status, 200);
    ASSERT_EQ(control("events", {{u"event"_s, u"abandoned.cart"_s}, {u"count"_s, 3}}).status, 200);

    EXPECT_EQ(waitFor(u"SELECT COUNT(*) FROM orders"_s, u"6"_s), u"6"_s);
    EXPECT_EQ(waitFor(u"SELECT COUNT(*) FROM abandoned_carts"_s, u"3"_s), u"3"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM events WHERE source = 'reconcile'"_s), 7); // 4 orders + 3 carts recovered
    // Two more whole passes, as the log tells: nothing more to recover.
    const int passes = static_cast<int>(m_daemon.stderrText().count("reconcile pass of store"));
    ASSERT_TRUE(m_daemon.waitForLog("reconcile pass of store", passes + 2));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM events WHERE source = 'reconcile'"_s), 7);
    qint64 sold = 0;
    for (const QJsonValue &store : RawHttp::get(m_sim.port(), "/_sim/state").json()[u"stores"_s].toArray())
        sold += store[u"orders_total_halalas"_s].toInteger();
    EXPECT_EQ(scalar(u"SELECT SUM(total_halalas) FROM orders"_s), sold);
}

TEST_F(ReconcileTest, RepairsAStoredOrderWhoseStatusDiffersFromSalla)
{
    ASSERT_EQ(control("events", {{u"event"_s, u"order.created"_s}}).status, 200);
    ASSERT_EQ(waitFor(u"SELECT status FROM orders"_s, u"under_review"_s), u"under_review"_s);

    // The status change's webhook is lost: only the Merchant API knows of it.
    loseWebhooks();
    const QJsonArray sent = control("events", {{u"event"_s, u"order.status.updated"_s}}).json()[u"deliveries"_s].toArray();
    ASSERT_EQ(sent.size(), 1);
    QString salla;
    for (const QJsonValue &delivery : RawHttp::get(m_sim.port(), "/_sim/deliveries?bodies=1").json()[u"deliveries"_s].toArray()) {
        if (delivery[u"id"_s] == sent.first())
            salla = QJsonDocument::fromJson(delivery[u"body"_s].toString().toUtf8())[u"data"_s][u"order"_s][u"status"_s][u"slug"_s].toString();
    }
    ASSERT_FALSE(salla.isEmpty());
    ASSERT_NE(salla, u"under_review"_s);

    EXPECT_EQ(waitFor(u"SELECT status FROM orders"_s, salla), salla);
    EXPECT_GT(scalar(u"SELECT COUNT(*) FROM events WHERE source = 'reconcile' AND status = 'processed'"_s), 0);
}
