// A console cache written by the first release (schema version 1, an outbox of feature
// edits only) opens in this one: its data stays, and an edit that was waiting becomes
// the request it stood for and is sent with its key and If-Match.
#include "api/ApiClient.h"
#include "cache/CacheDatabase.h"
#include "cache/FeatureStore.h"
#include "cache/Outbox.h"
#include "support/CacheFixture.h"
#include "support/FakeDaemon.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {

// Version 1 as it shipped, with a little data and one edit that never got its answer.
const char *const kVersion1File[] = {
    "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE features (key TEXT PRIMARY KEY, enabled INTEGER NOT NULL, settings_json TEXT NOT NULL,"
    " version INTEGER NOT NULL, updated_at INTEGER)",
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, salla_id INTEGER, reference_id TEXT, customer_id INTEGER,"
    " status TEXT, total_halalas INTEGER NOT NULL DEFAULT 0, discount_halalas INTEGER NOT NULL DEFAULT 0,"
    " coupon_code TEXT NOT NULL DEFAULT '', payment_method TEXT, city TEXT, item_count INTEGER NOT NULL DEFAULT 0,"
    " ordered_at INTEGER NOT NULL, updated_at INTEGER)",
    "CREATE INDEX orders_by_time ON orders (ordered_at, coupon_code, total_halalas)",
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, salla_id INTEGER, first_name TEXT, last_name TEXT,"
    " city TEXT, updated_at INTEGER)",
    "CREATE TABLE coupons (id INTEGER PRIMARY KEY, code TEXT NOT NULL, type TEXT, amount INTEGER,"
    " status TEXT, usage_count INTEGER NOT NULL DEFAULT 0, sync_state TEXT, version INTEGER, updated_at INTEGER)",
    "CREATE TABLE carts (id INTEGER PRIMARY KEY, customer_id INTEGER, total_halalas INTEGER NOT NULL DEFAULT 0,"
    " status TEXT NOT NULL, abandoned_at INTEGER, updated_at INTEGER)",
    "CREATE INDEX carts_by_status ON carts (status, total_halalas)",
    "CREATE TABLE page_views (id INTEGER PRIMARY KEY, viewed_at INTEGER NOT NULL, path TEXT)",
    "CREATE INDEX page_views_by_time ON page_views (viewed_at)",
    "CREATE TABLE activity (id INTEGER PRIMARY KEY, event TEXT NOT NULL, source TEXT, status TEXT,"
    " attempts INTEGER NOT NULL DEFAULT 0, error TEXT, received_at INTEGER, processed_at INTEGER)",
    "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, entity_key TEXT NOT NULL,"
    " body_json TEXT NOT NULL, base_version INTEGER NOT NULL, idempotency_key TEXT NOT NULL UNIQUE,"
    " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, created_at INTEGER NOT NULL)",
    "INSERT INTO sync_state (key, value) VALUES ('cursor', '57')",
    "INSERT INTO features (key, enabled, settings_json, version, updated_at) VALUES"
    " ('latest_purchase', 0, '{\"display_seconds\":6}', 3, 1763892000000)",
    "INSERT INTO orders (id, salla_id, reference_id, status, total_halalas, coupon_code, city, item_count, ordered_at)"
    " VALUES (1, 9001, '1001', 'completed', 11550, 'EID', 'الرياض', 2, 1763892000000)",
    "INSERT INTO outbox (id, kind, entity_key, body_json, base_version, idempotency_key, attempts, last_error, created_at)"
    " VALUES (4, 'feature', 'latest_purchase', '{\"enabled\":true,\"settings\":{\"display_seconds\":9}}', 3,"
    " '5d1c0c3e-6a55-4d0e-9a43-0f2b8c7e1a11', 1, 'connection refused', 1763892100000)",
    "PRAGMA user_version = 1",
};

class CacheMigrationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString name = u"version-1-writer"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(QDir(m_dir.path()).filePath(u"console-cache.sqlite"_s));
            ASSERT_TRUE(db.open());
            QSqlQuery query(db);
            for (const char *statement : kVersion1File)
                ASSERT_TRUE(query.exec(QString::fromUtf8(statement))) << statement << ": " << query.lastError().text().toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        auto opened = CacheDatabase::open(m_dir.path());
        ASSERT_TRUE(opened.has_value()) << opened.error().toString().toStdString();
        m_cache = std::move(*opened);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
};

} // namespace

TEST_F(CacheMigrationTest, TheOldCacheKeepsItsDataAndItsWaitingEditBecomesItsRequest)
{
    QSqlQuery version(m_cache->database());
    ASSERT_TRUE(version.exec(u"PRAGMA user_version"_s) && version.next());
    EXPECT_EQ(version.value(0).toInt(), CacheDatabase::kSchemaVersion);
    QSqlQuery orders(m_cache->database());
    ASSERT_TRUE(orders.exec(u"SELECT city, total_halalas FROM orders WHERE id = 1"_s) && orders.next());
    EXPECT_EQ(orders.value(0).toString(), u"الرياض"_s);
    EXPECT_EQ(orders.value(1).toLongLong(), 11550);

    const QList<OutboxEntry> pending = Outbox(*m_cache).pending();
    ASSERT_EQ(pending.size(), 1);
    const OutboxEntry &edit = pending.first();
    EXPECT_EQ(edit.id, 4);
    EXPECT_EQ(edit.kind, outboxkind::Feature);
    EXPECT_EQ(edit.entityKey, u"latest_purchase"_s);
    EXPECT_EQ(edit.method, "PUT");
    EXPECT_EQ(edit.path, u"/api/v1/features/latest_purchase"_s);
    EXPECT_EQ(edit.ifMatch, u"3"_s);
    EXPECT_EQ(edit.idempotencyKey, u"5d1c0c3e-6a55-4d0e-9a43-0f2b8c7e1a11"_s);
    EXPECT_EQ(edit.attempts, 1);
    EXPECT_EQ(edit.lastError, u"connection refused"_s);
    const FeatureRecord shown = FeatureStore(*m_cache).effective(u"latest_purchase"_s);
    EXPECT_TRUE(shown.pendingEdit);
    EXPECT_TRUE(shown.enabled);
    EXPECT_EQ(shown.settings.value(u"display_seconds"_s).toInt(), 9);
    EXPECT_EQ(shown.version, 3);
    // Rows queued from now on take ids after the old ones.
    auto next = queueFeatureEdit(*m_cache, u"coupons"_s, true, {}, 0);
    ASSERT_TRUE(next.has_value());
    EXPECT_GT(*next, 4);
}

TEST_F(CacheMigrationTest, TheOldEditIsSentUnderItsOwnKeyAndVersion)
{
    FakeDaemon daemon;
    daemon.on("PUT /api/v1/features/latest_purchase", [](const FakeRequest &request) {
        return FakeReply{200, featurePayload(u"latest_purchase"_s, true, request.json().value(u"settings"_s).toObject(), 4)};
    });
    daemon.on("GET /api/v1/changes", [](const FakeRequest &request) {
        return FakeReply{200, pageBody({}, request.query(u"since"_s).toLongLong(), false)};
    });
    ApiClient api(daemon.baseUrl());
    api.setToken(u"test-token"_s);
    SyncEngine engine(*m_cache, api);
    engine.setSignedIn(true);
    QSignalSpy finished(&engine, &SyncEngine::passFinished);
    engine.syncNow();
    ASSERT_TRUE(finished.wait(5000));
    const QList<FakeRequest> sent = daemon.requestsTo("PUT /api/v1/features/latest_purchase");
    ASSERT_EQ(sent.size(), 1);
    EXPECT_EQ(sent[0].headers.value("idempotency-key"), "5d1c0c3e-6a55-4d0e-9a43-0f2b8c7e1a11");
    EXPECT_EQ(sent[0].headers.value("if-match"), "3");
    EXPECT_EQ(sent[0].json(), (QJsonObject{{u"enabled"_s, true}, {u"settings"_s, QJsonObject{{u"display_seconds"_s, 9}}}}));
    EXPECT_EQ(daemon.requestsTo("GET /api/v1/changes").value(0).query(u"since"_s), u"57"_s);
    EXPECT_EQ(Outbox(*m_cache).count(), 0);
    EXPECT_EQ(FeatureStore(*m_cache).effective(u"latest_purchase"_s).version, 4);
}
