#include "support/ServerProcess.h"
#include "support/RawHttp.h"

#include "db/Database.h"
#include "db/DatabaseUrl.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::test::DaemonProcess;
using nomo::test::RawHttp;

TEST(HealthRoutes, HealthzSaysTheProcessIsAlive)
{
    DaemonProcess daemon;
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    const auto reply = RawHttp::get(daemon.port(), "/healthz");
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.headers.value("content-type"), "application/json");
    EXPECT_EQ(reply.json()[u"status"_s].toString(), u"ok"_s);
}

TEST(HealthRoutes, ReadyzChecksTheDatabaseAndSchema)
{
    DaemonProcess daemon;
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    const auto ready = RawHttp::get(daemon.port(), "/readyz");
    EXPECT_EQ(ready.status, 200);
    EXPECT_EQ(ready.json()[u"status"_s].toString(), u"ready"_s);
    EXPECT_GE(ready.json()[u"schema_version"_s].toInt(), 1);

    // Another binary moves the schema ahead under the running daemon: not ready.
    {
        auto db = nomo::db::open(nomo::DatabaseUrl::sqlite(daemon.dataDir() + u"/nomo.db"_s), u"meddler"_s);
        ASSERT_TRUE(db);
        ASSERT_TRUE(nomo::db::exec(*db, u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'x', 0)"_s));
    }
    nomo::db::close(u"meddler"_s);
    const auto notReady = RawHttp::get(daemon.port(), "/readyz");
    EXPECT_EQ(notReady.status, 503);
    EXPECT_EQ(notReady.json()[u"error"_s][u"code"_s].toString(), u"schema_too_new"_s);
}

TEST(HealthRoutes, UnknownRoutesAndWrongMethodsGetJson404)
{
    DaemonProcess daemon;
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    for (const auto &[method, path] : {std::pair<QByteArray, QByteArray>{"GET", "/nope"},
                                       {"POST", "/healthz"},
                                       {"DELETE", "/readyz"},
                                       {"GET", "/%D8%B9%D8%B1%D8%A8%D9%8A"}}) {
        const auto reply = RawHttp::request(daemon.port(), method, path, {});
        EXPECT_EQ(reply.status, 404) << method.constData() << ' ' << path.constData();
        EXPECT_EQ(reply.json()[u"error"_s][u"code"_s].toString(), u"not_found"_s);
        EXPECT_FALSE(reply.json()[u"error"_s][u"message"_s].toString().isEmpty());
    }
}
