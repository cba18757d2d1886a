// The nomo-daemon binary as an operator meets it: start, stop, migrate, check-config.
#include "support/ServerProcess.h"
#include "support/RawHttp.h"

#include "db/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::test::DaemonProcess;
using nomo::test::RawHttp;

TEST(DaemonLifecycle, ShutsDownCleanlyOnSigterm)
{
    DaemonProcess daemon;
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    ASSERT_EQ(RawHttp::get(daemon.port(), "/healthz").status, 200);
    EXPECT_EQ(daemon.terminate(), 0);
    EXPECT_TRUE(daemon.stderrText().contains("shutting down")) << daemon.stderrText().toStdString();
    EXPECT_EQ(RawHttp::get(daemon.port(), "/healthz").status, 0); // nobody listens any more
}

TEST(DaemonLifecycle, WritesJsonLogLinesWhenAsked)
{
    DaemonProcess daemon;
    daemon.setEnv(u"NOMO_LOG_FORMAT"_s, u"json"_s);
    ASSERT_TRUE(daemon.start());
    daemon.terminate();
    const QList<QByteArray> lines = daemon.stderrText().trimmed().split('\n');
    ASSERT_GE(lines.size(), 2);
    for (const QByteArray &line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        EXPECT_FALSE(object.value(u"level"_s).toString().isEmpty()) << line.constData();
        EXPECT_TRUE(object.value(u"category"_s).toString().startsWith(u"nomo."_s)) << line.constData();
    }
}

TEST(DaemonLifecycle, RefusesToStartOnADatabaseFromANewerVersion)
{
    DaemonProcess daemon;
    QByteArray out, err;
    ASSERT_EQ(daemon.runToEnd({u"migrate"_s}, &out, &err), 0) << err.toStdString();
    {
        auto db = nomo::db::open(nomo::DatabaseUrl::sqlite(daemon.dataDir() + u"/nomo.db"_s), u"future"_s);
        ASSERT_TRUE(nomo::db::exec(*db, u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (42, 'x', 0)"_s));
    }
    nomo::db::close(u"future"_s);
    EXPECT_EQ(daemon.runToEnd({}, &out, &err), 1);
    EXPECT_TRUE(err.contains("schema version 42")) << err.toStdString();
    EXPECT_TRUE(out.isEmpty()); // never announced it was listening
}

TEST(DaemonLifecycle, MigrateCommandPreparesTheDatabaseAndExits)
{
    DaemonProcess daemon;
    QByteArray out, err;
    EXPECT_EQ(daemon.runToEnd({u"migrate"_s}, &out, &err), 0) << err.toStdString();
    EXPECT_TRUE(err.contains("applied migration 1"));
    EXPECT_EQ(daemon.runToEnd({u"migrate"_s}, &out, &err), 0);
    EXPECT_FALSE(err.contains("applied migration")); // nothing left to do
}

TEST(DaemonLifecycle, ExitsWithAnErrorWhenTheAddressIsTaken)
{
    QTcpServer squatter;
    ASSERT_TRUE(squatter.listen(QHostAddress::LocalHost, 0));
    DaemonProcess daemon;
    daemon.setEnv(u"NOMO_HTTP_LISTEN"_s, u"127.0.0.1:%1"_s.arg(squatter.serverPort()));
    QByteArray out, err;
    EXPECT_EQ(daemon.runToEnd({}, &out, &err), 1);
    EXPECT_TRUE(err.contains("cannot listen")) << err.toStdString();
}

TEST(DaemonLifecycle, ExitsWithAnErrorWhenPostgresqlIsUnreachable)
{
    QTcpServer reserved; // a port where certainly no PostgreSQL answers
    ASSERT_TRUE(reserved.listen(QHostAddress::LocalHost, 0));
    const quint16 port = reserved.serverPort();
    reserved.close();
    DaemonProcess daemon;
    daemon.setEnv(u"NOMO_DATABASE_URL"_s, u"postgresql://nomo:pw@127.0.0.1:%1/nomo?connect_timeout=2"_s.arg(port));
    QByteArray out, err;
    EXPECT_EQ(daemon.runToEnd({}, &out, &err), 1);
    EXPECT_TRUE(err.contains("cannot open")) << err.toStdString();
    EXPECT_FALSE(err.contains(":pw@")) << "password leaked into the log";
}

TEST(DaemonLifecycle, CheckConfigPrintsTheEffectiveConfigWithSecretsMasked)
{
    DaemonProcess daemon;
    daemon.setEnv(u"NOMO_SALLA_WEBHOOK_SECRET"_s, u"nomo-test-webhook-secret"_s);
    QByteArray out, err;
    EXPECT_EQ(daemon.runToEnd({u"--check-config"_s}, &out, &err), 0);
    EXPECT_TRUE(out.contains("salla.webhook_secret = ********"));
    EXPECT_TRUE(out.contains("database.url = sqlite://"));
    EXPECT_FALSE(out.contains("nomo-test-webhook-secret"));
    EXPECT_TRUE(out.contains("configuration is valid"));
}

TEST(DaemonLifecycle, CheckConfigFailsWithOneLinePerBadValue)
{
    DaemonProcess daemon;
    daemon.setEnv(u"NOMO_HTTP_LISTEN"_s, u"0.0.0.0:99999"_s);
    daemon.setEnv(u"NOMO_HTTP_IDLE_TIMEOUT_MS"_s, u"soon"_s);
    QByteArray out, err;
    EXPECT_EQ(daemon.runToEnd({u"--check-config"_s}, &out, &err), 2);
    EXPECT_EQ(err.count("config error:"), 2) << err.toStdString();
    EXPECT_TRUE(err.contains("NOMO_HTTP_LISTEN"));
    EXPECT_TRUE(err.contains("http.idle_timeout_ms"));
}

TEST(DaemonLifecycle, RefusesAnUnknownCommand)
{
    DaemonProcess daemon;
    QByteArray out, err;
    EXPECT_EQ(daemon.runToEnd({u"explode"_s}, &out, &err), 2);
    EXPECT_TRUE(err.contains("unknown command"));
}
