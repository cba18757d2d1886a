// The console API over real HTTP: a real daemon with two stores installed from the
// Salla simulator, tokens from `nomo-daemon device-token`.
#include "support/ConsoleStack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// More fields than a daemon carries for a newer console (x0 ... x16).
QJsonObject manyUnknownFields()
{
    QJsonObject fields;
    for (int i = 0; i <= 16; ++i)
        fields.insert(u"x%1"_s.arg(i), i);
    return fields;
}

QByteArray featureBody(bool enabled, const QJsonObject &settings = {})
{
    return body({{u"enabled"_s, enabled}, {u"settings"_s, settings}});
}

// On both engines: the daemon's SQL runs on SQLite and on PostgreSQL.
class ConsoleApiTest : public ::testing::TestWithParam<TestEngine>
{
protected:
    void SetUp() override
    {
        QString why;
        bool unavailable = false;
        if (!m_stack.start(2, &why, GetParam(), &unavailable)) {
            if (unavailable && !TestDatabase::postgresRequired())
                GTEST_SKIP() << why.toStdString();
            FAIL() << why.toStdString();
        }
        ASSERT_EQ(m_stack.storeIds().size(), 2);
        m_storeA = m_stack.storeIds().at(0);
        m_storeB = m_stack.storeIds().at(1);
        std::tie(m_tokenA, m_deviceA) = m_stack.issueToken(m_storeA, u"A's laptop"_s);
        std::tie(m_tokenB, m_deviceB) = m_stack.issueToken(m_storeB, u"B's laptop"_s);
        ASSERT_FALSE(m_tokenA.isEmpty());
        ASSERT_FALSE(m_tokenB.isEmpty());
    }

    HttpReply put(const QString &token, const QByteArray &key, const QByteArray &payload, QList<std::pair<QByteArray, QByteArray>> headers)
    {
        return m_stack.api("PUT", "/api/v1/features/" + key, token, payload, std::move(headers));
    }
    QJsonObject feature(const QString &token, const QString &key)
    {
        for (const QJsonValue &f : m_stack.api("GET", "/api/v1/features", token).json()[u"features"_s].toArray()) {
            if (f[u"key"_s].toString() == key)
                return f.toObject();
        }
        return {};
    }

    ConsoleStack m_stack;
    qint64 m_storeA = 0, m_storeB = 0;
    QString m_tokenA, m_tokenB;
    qint64 m_deviceA = 0, m_deviceB = 0;
};

} // namespace

TEST_P(ConsoleApiTest, ListsTheSixFeaturesInDashboardOrderWithDefaults)
{
    const HttpReply reply = m_stack.api("GET", "/api/v1/features", m_tokenA);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonArray features = reply.json()[u"features"_s].toArray();
    QStringList keys;
    for (const QJsonValue &f : features)
        keys.append(f[u"key"_s].toString());
    EXPECT_EQ(keys, (QStringList{u"coupons"_s, u"notifications"_s, u"visitor_counter"_s, u"email_collector"_s, u"visitor_data"_s,
                                 u"latest_purchase"_s}));
    const QJsonObject latest = features.at(5).toObject();
    EXPECT_EQ(latest[u"version"_s].toInt(), 0);
    EXPECT_FALSE(latest[u"enabled"_s].toBool());
    EXPECT_EQ(latest[u"settings"_s][u"display_seconds"_s].toInt(), 6);
}

TEST_P(ConsoleApiTest, SavingNeedsTheVersionLastSeenAndAStaleOneGetsTheServersCopy)
{
    const QByteArray payload = featureBody(true, {{u"display_seconds"_s, 8}});
    EXPECT_EQ(put(m_tokenA, "latest_purchase", payload, {}).status, 428);

    const HttpReply saved = put(m_tokenA, "latest_purchase", payload, {{"If-Match", "\"0\""}});
    ASSERT_EQ(saved.status, 200) << saved.body.toStdString();
    EXPECT_EQ(saved.json()[u"version"_s].toInt(), 1);
    EXPECT_EQ(saved.headers.value("etag"), "\"1\"");
    EXPECT_EQ(saved.json()[u"settings"_s][u"display_seconds"_s].toInt(), 8);
    EXPECT_EQ(saved.json()[u"settings"_s][u"interval_seconds"_s].toInt(), 30) << "missing fields take their defaults";

    // Another device still holding version 0 tries to switch it off.
    const HttpReply stale = put(m_tokenA, "latest_purchase", featureBody(false), {{"If-Match", "0"}});
    ASSERT_EQ(stale.status, 409);
    EXPECT_EQ(stale.json()[u"current"_s][u"version"_s].toInt(), 1);
    EXPECT_TRUE(stale.json()[u"current"_s][u"enabled"_s].toBool());
    EXPECT_TRUE(feature(m_tokenA, u"latest_purchase"_s)[u"enabled"_s].toBool()) << "the stale write changed nothing";
}

TEST_P(ConsoleApiTest, BadSettingsGet422NamingTheFieldAndSaveNothing)
{
    struct Case
    {
        QJsonObject settings;
        QString field;
        QString key;
    };
    const QList<Case> cases{{{{u"display_seconds"_s, 99}}, u"settings.display_seconds"_s, u"settings.range"_s},
                            {{{u"display_seconds"_s, 4.5}}, u"settings.display_seconds"_s, u"settings.type"_s},
                            {{{u"position"_s, u"middle"_s}}, u"settings.position"_s, u"settings.choice"_s},
                            {{{u"hide_names"_s, u"yes"_s}}, u"settings.hide_names"_s, u"settings.type"_s},
                            {manyUnknownFields(), u"settings"_s, u"settings.too_many_fields"_s}};
    for (const Case &c : cases) {
        const HttpReply reply = put(m_tokenA, "latest_purchase", featureBody(true, c.settings), {{"If-Match", "0"}});
        EXPECT_EQ(reply.status, 422) << reply.body.toStdString();
        EXPECT_EQ(reply.json()[u"error"_s][u"field"_s].toString(), c.field);
        EXPECT_EQ(reply.json()[u"error"_s][u"key"_s].toString(), c.key);
    }
    const HttpReply notBool = put(m_tokenA, "latest_purchase", body({{u"enabled"_s, u"yes"_s}, {u"settings"_s, QJsonObject()}}),
                                  {{"If-Match", "0"}});
    EXPECT_EQ(notBool.status, 422);
    EXPECT_EQ(notBool.json()[u"error"_s][u"field"_s].toString(), u"enabled"_s);
    EXPECT_EQ(put(m_tokenA, "latest_purchase", "{not json", {{"If-Match", "0"}}).status, 400);
    EXPECT_EQ(put(m_tokenA, "no_such_feature", featureBody(true), {{"If-Match", "0"}}).status, 404);
    EXPECT_EQ(feature(m_tokenA, u"latest_purchase"_s)[u"version"_s].toInt(), 0);
}

// A daemon that adds a setting must not lock out, or undo, a console that predates it:
// a field the daemon does not know is kept, and a field the console leaves out keeps
// its stored value.
TEST_P(ConsoleApiTest, AnOlderConsoleTogglesAFeatureWithoutLosingANewerField)
{
    // A newer console saves a field this daemon does not know yet, and a known one.
    const HttpReply newer = put(m_tokenA, "latest_purchase",
                                featureBody(true, {{u"display_seconds"_s, 12}, {u"sound"_s, u"chime"_s}}), {{"If-Match", "0"}});
    ASSERT_EQ(newer.status, 200) << newer.body.toStdString();
    EXPECT_EQ(newer.json()[u"settings"_s][u"sound"_s].toString(), u"chime"_s);
    // An older console toggles it off, sending only the fields it has, one changed.
    const HttpReply older = put(m_tokenA, "latest_purchase", featureBody(false, {{u"interval_seconds"_s, 45}}), {{"If-Match", "1"}});
    ASSERT_EQ(older.status, 200) << older.body.toStdString();
    const QJsonObject kept = feature(m_tokenA, u"latest_purchase"_s);
    EXPECT_FALSE(kept[u"enabled"_s].toBool());
    EXPECT_EQ(kept[u"settings"_s][u"sound"_s].toString(), u"chime"_s) << "the newer field survives";
    EXPECT_EQ(kept[u"settings"_s][u"display_seconds"_s].toInt(), 12) << "a field left out keeps its value";
    EXPECT_EQ(kept[u"settings"_s][u"interval_seconds"_s].toInt(), 45);
}

TEST_P(ConsoleApiTest, ARetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndChangesNothing)
{
    const QByteArray payload = featureBody(true);
    const QList<std::pair<QByteArray, QByteArray>> headers{{"If-Match", "0"}, {"Idempotency-Key", "outbox-7f3a"}};
    const HttpReply first = put(m_tokenA, "coupons", payload, headers);
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    const HttpReply retry = put(m_tokenA, "coupons", payload, headers);
    EXPECT_EQ(retry.status, 200);
    EXPECT_EQ(retry.body, first.body);
    EXPECT_EQ(retry.headers.value("idempotent-replay"), "true");
    EXPECT_EQ(feature(m_tokenA, u"coupons"_s)[u"version"_s].toInt(), 1) << "saved once";

    const HttpReply reused = put(m_tokenA, "coupons", featureBody(false), headers);
    EXPECT_EQ(reused.status, 422);
    EXPECT_EQ(reused.json()[u"error"_s][u"key"_s].toString(), u"idempotency.key_reused"_s);

    // Keys are per merchant: B's same key is B's own first request.
    const HttpReply other = put(m_tokenB, "coupons", payload, headers);
    EXPECT_EQ(other.status, 200);
    EXPECT_FALSE(other.headers.contains("idempotent-replay"));
}

TEST_P(ConsoleApiTest, AReplayCarriesTheFirstAnswersETagAndAnotherIfMatchIsAnotherRequest)
{
    const QByteArray payload = featureBody(true);
    const HttpReply first = put(m_tokenA, "coupons", payload, {{"If-Match", "0"}, {"Idempotency-Key", "outbox-e1"}});
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    ASSERT_EQ(first.headers.value("etag"), "\"1\"");
    const HttpReply retry = put(m_tokenA, "coupons", payload, {{"If-Match", "0"}, {"Idempotency-Key", "outbox-e1"}});
    EXPECT_EQ(retry.headers.value("idempotent-replay"), "true");
    EXPECT_EQ(retry.headers.value("etag"), "\"1\"");

    // The same key and body with another If-Match is not a retry of the first.
    const HttpReply other = put(m_tokenA, "coupons", payload, {{"If-Match", "1"}, {"Idempotency-Key", "outbox-e1"}});
    EXPECT_EQ(other.status, 422);
    EXPECT_EQ(other.json()[u"error"_s][u"key"_s].toString(), u"idempotency.key_reused"_s);
    EXPECT_EQ(feature(m_tokenA, u"coupons"_s)[u"version"_s].toInt(), 1);
}

TEST_P(ConsoleApiTest, ANeverSavedFeatureHasANullUpdatedAt)
{
    const QJsonObject never = feature(m_tokenA, u"latest_purchase"_s);
    ASSERT_TRUE(never.contains(u"updated_at"_s));
    EXPECT_TRUE(never[u"updated_at"_s].isNull()) << QJsonDocument(never).toJson().toStdString();
    ASSERT_EQ(put(m_tokenA, "latest_purchase", featureBody(true), {{"If-Match", "0"}}).status, 200);
    EXPECT_TRUE(feature(m_tokenA, u"latest_purchase"_s)[u"updated_at"_s].isString());
}

TEST_P(ConsoleApiTest, EveryJsonAnswerIsMarkedNosniffEvenTheOneThatEchoesThePath)
{
    const HttpReply missing = RawHttp::get(m_stack.daemon().port(), "/%3Cscript%3Ealert(1)%3C/script%3E");
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(missing.headers.value("x-content-type-options"), "nosniff");
    EXPECT_EQ(missing.headers.value("content-type"), "application/json");
    EXPECT_EQ(m_stack.api("GET", "/api/v1/features", m_tokenA).headers.value("x-content-type-options"), "nosniff");
    EXPECT_EQ(m_stack.api("GET", "/api/v1/features", u"wrong"_s).headers.value("x-content-type-options"), "nosniff");
}

TEST_P(ConsoleApiTest, TheChangeFeedPagesWithoutGapsOrRepeatsWhileWritesGoOn)
{
    ASSERT_EQ(m_stack.simControl("events", {{u"store_id"_s, m_storeA}, {u"event"_s, u"order.created"_s}, {u"count"_s, 20}}).status, 200);
    ASSERT_TRUE(m_stack.settle());
    QList<qint64> seqs;
    qint64 since = 0;
    int pages = 0;
    for (bool more = true; more && pages < 200; ++pages) {
        const HttpReply page = m_stack.api("GET", "/api/v1/changes?since=" + QByteArray::number(since) + "&limit=7", m_tokenA);
        ASSERT_EQ(page.status, 200) << page.body.toStdString();
        for (const QJsonValue &change : page.json()[u"changes"_s].toArray())
            seqs.append(change[u"seq"_s].toInteger());
        since = page.json()[u"next_since"_s].toInteger();
        more = page.json()[u"has_more"_s].toBool();
        if (pages == 1) { // writes land while the console is paging
            m_stack.simControl("events", {{u"store_id"_s, m_storeA}, {u"event"_s, u"order.created"_s}, {u"count"_s, 5}});
            put(m_tokenA, "visitor_data", featureBody(true), {{"If-Match", "0"}});
        }
        if (!more)
            more = m_stack.pendingEvents() > 0; // the stream is still being processed
    }
    ASSERT_TRUE(m_stack.settle());
    const HttpReply last = m_stack.api("GET", "/api/v1/changes?since=" + QByteArray::number(since), m_tokenA);
    for (const QJsonValue &change : last.json()[u"changes"_s].toArray())
        seqs.append(change[u"seq"_s].toInteger());
    ASSERT_GT(seqs.size(), 20);
    for (qsizetype i = 0; i < seqs.size(); ++i)
        ASSERT_EQ(seqs[i], i + 1) << "seqs are dense, in order, each once";
    EXPECT_EQ(m_stack.api("GET", "/api/v1/status", m_tokenA).json()[u"last_seq"_s].toInteger(), seqs.size());
}

TEST_P(ConsoleApiTest, BadPagingParametersAre400WithTheParameter)
{
    for (const char *query : {"limit=0", "limit=1001", "since=-1", "since=abc"}) {
        const HttpReply reply = m_stack.api("GET", QByteArray("/api/v1/changes?") + query, m_tokenA);
        EXPECT_EQ(reply.status, 400) << query;
        EXPECT_FALSE(reply.json()[u"error"_s][u"field"_s].toString().isEmpty());
    }
    EXPECT_EQ(m_stack.api("GET", "/api/v1/activity?status=lost", m_tokenA).status, 400);
}

TEST_P(ConsoleApiTest, MissingOrUnknownTokensAre401)
{
    for (const QString &token : {QString(), u"nomo_forged"_s, u"not-even-ours"_s}) {
        const HttpReply reply = m_stack.api("GET", "/api/v1/features", token);
        EXPECT_EQ(reply.status, 401);
        EXPECT_TRUE(reply.headers.contains("www-authenticate"));
    }
}

TEST_P(ConsoleApiTest, ARevokedDeviceIsRefusedFromTheNextRequestOn)
{
    auto [second, secondId] = m_stack.issueToken(m_storeA, u"old phone"_s);
    ASSERT_EQ(m_stack.api("GET", "/api/v1/features", second).status, 200);
    const QJsonArray listed = m_stack.api("GET", "/api/v1/devices", m_tokenA).json()[u"devices"_s].toArray();
    EXPECT_EQ(listed.size(), 2);

    ASSERT_EQ(m_stack.api("DELETE", "/api/v1/devices/" + QByteArray::number(secondId), m_tokenA).status, 200);
    EXPECT_EQ(m_stack.api("GET", "/api/v1/features", second).status, 401);
    EXPECT_EQ(m_stack.api("GET", "/api/v1/features", m_tokenA).status, 200);
    EXPECT_EQ(m_stack.api("GET", "/api/v1/devices", m_tokenA).json()[u"devices"_s].toArray().size(), 1);
    EXPECT_EQ(m_stack.api("DELETE", "/api/v1/devices/" + QByteArray::number(secondId), m_tokenA).status, 404);
}

// Every route, with B's token aimed at A's things: 404 or B's own data, never A's.
TEST_P(ConsoleApiTest, AnotherMerchantsTokenNeverReachesThisMerchantsData)
{
    ASSERT_EQ(put(m_tokenA, "coupons", featureBody(true), {{"If-Match", "0"}}).status, 200);
    ASSERT_EQ(m_stack.simControl("events", {{u"store_id"_s, m_storeA}, {u"event"_s, u"order.created"_s}, {u"count"_s, 3}}).status, 200);
    ASSERT_TRUE(m_stack.settle());

    // Features: B sees its own, untouched.
    EXPECT_EQ(feature(m_tokenB, u"coupons"_s)[u"version"_s].toInt(), 0);
    EXPECT_EQ(put(m_tokenB, "coupons", featureBody(false), {{"If-Match", "1"}}).status, 409) << "A's version means nothing to B";
    EXPECT_TRUE(feature(m_tokenA, u"coupons"_s)[u"enabled"_s].toBool());
    // Devices: A's device is not B's to see or revoke.
    EXPECT_EQ(m_stack.api("DELETE", "/api/v1/devices/" + QByteArray::number(m_deviceA), m_tokenB).status, 404);
    EXPECT_EQ(m_stack.api("GET", "/api/v1/features", m_tokenA).status, 200);
    for (const QJsonValue &device : m_stack.api("GET", "/api/v1/devices", m_tokenB).json()[u"devices"_s].toArray())
        EXPECT_NE(device[u"id"_s].toInteger(), m_deviceA);
    // Changes, activity, status: only B's.
    const QJsonObject statusA = m_stack.api("GET", "/api/v1/status", m_tokenA).json();
    const QJsonObject statusB = m_stack.api("GET", "/api/v1/status", m_tokenB).json();
    EXPECT_EQ(statusB[u"merchant"_s][u"id"_s].toInteger(), m_storeB);
    QSet<qint64> eventsA, eventsB;
    for (const QJsonValue &e : m_stack.api("GET", "/api/v1/activity?limit=200", m_tokenA).json()[u"events"_s].toArray())
        eventsA.insert(e[u"id"_s].toInteger());
    for (const QJsonValue &e : m_stack.api("GET", "/api/v1/activity?limit=200", m_tokenB).json()[u"events"_s].toArray())
        eventsB.insert(e[u"id"_s].toInteger());
    EXPECT_FALSE(eventsA.isEmpty());
    EXPECT_FALSE(eventsA.intersects(eventsB));
    const QJsonArray changesB = m_stack.api("GET", "/api/v1/changes?limit=1000", m_tokenB).json()[u"changes"_s].toArray();
    EXPECT_EQ(changesB.size(), statusB[u"last_seq"_s].toInteger());
    for (const QJsonValue &change : changesB)
        EXPECT_FALSE(change[u"entity"_s].toString() == u"feature" && change[u"payload"_s][u"enabled"_s].toBool());
    EXPECT_GT(statusA[u"last_seq"_s].toInteger(), 0);
}

TEST_P(ConsoleApiTest, StatusCountsTheStoresEvents)
{
    const QJsonObject status = m_stack.api("GET", "/api/v1/status", m_tokenA).json();
    EXPECT_EQ(status[u"merchant"_s][u"id"_s].toInteger(), m_storeA);
    EXPECT_EQ(status[u"salla_authorization"_s].toString(), u"ok"_s);
    EXPECT_GT(status[u"events"_s][u"processed"_s].toInt(), 0);
    EXPECT_EQ(status[u"events"_s][u"failed"_s].toInt(), 0);
    EXPECT_EQ(status[u"events"_s][u"recovered"_s].toInt(), 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, ConsoleApiTest, ::testing::Values(TestEngine::Sqlite, TestEngine::Postgres), engineName);
