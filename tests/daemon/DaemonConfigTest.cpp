#include "config/DaemonConfig.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::ConfigStore;
using nomo::DaemonConfig;

namespace {
QProcessEnvironment environment(std::initializer_list<std::pair<QString, QString>> values)
{
    QProcessEnvironment env;
    env.insert(u"HOME"_s, u"/home/merchant"_s);
    for (const auto &[name, value] : values)
        env.insert(name, value);
    return env;
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(u"nomo-daemon.conf"_s);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(text);
    return path;
}
} // namespace

TEST(DaemonConfig, NamesEnvironmentVariablesAfterKeys)
{
    EXPECT_EQ(ConfigStore::environmentName(u"http.listen"_s), u"NOMO_HTTP_LISTEN"_s);
    EXPECT_EQ(ConfigStore::environmentName(u"salla.webhook_secret"_s), u"NOMO_SALLA_WEBHOOK_SECRET"_s);
    EXPECT_EQ(ConfigStore::environmentName(u"security.token_key"_s), u"NOMO_SECURITY_TOKEN_KEY"_s);
}

TEST(DaemonConfig, RunsOnSqliteInTheDataFolderWithNoConfigAtAll)
{
    const DaemonConfig config = DaemonConfig::load({}, environment({{u"NOMO_DATA_DIR"_s, u"/srv/nomo"_s}}));
    ASSERT_TRUE(config.isValid());
    EXPECT_EQ(config.databaseUrl().engine, nomo::DbEngine::Sqlite);
    EXPECT_EQ(config.databaseUrl().sqlitePath, u"/srv/nomo/nomo.db"_s);
    EXPECT_EQ(config.listenAddress(), QHostAddress(QHostAddress::LocalHost));
    EXPECT_EQ(config.listenPort(), 8080);
}

TEST(DaemonConfig, EnvironmentOverridesTheFile)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir,
                                   "# Nomo Flow\n[http]\nlisten = 127.0.0.1:9000 ; the port\nmax_body_bytes = 2048\n"
                                   "[database]\nurl = postgresql://nomo:pw@db.internal/nomo\n");
    const DaemonConfig config = DaemonConfig::load(path, environment({{u"NOMO_HTTP_LISTEN"_s, u"[::1]:9100"_s}}));
    ASSERT_TRUE(config.isValid()) << config.store().problems().value(0).detail.toStdString();
    EXPECT_EQ(config.listenAddress(), QHostAddress(QHostAddress::LocalHostIPv6));
    EXPECT_EQ(config.listenPort(), 9100);
    EXPECT_EQ(config.maxBodyBytes(), 2048);
    EXPECT_EQ(config.databaseUrl().engine, nomo::DbEngine::Postgres);
    EXPECT_EQ(config.store().source(u"http.max_body_bytes"_s), ConfigStore::Source::File);
    EXPECT_EQ(config.store().source(u"http.listen"_s), ConfigStore::Source::Environment);
}

TEST(DaemonConfig, ReportsEveryBadValueAtOnce)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "[http]\nlisten = everywhere\nmax_body_bytes = -5\n[typo]\nkey = 1\nnot a pair\n");
    const DaemonConfig config = DaemonConfig::load(path,
                                                   environment({{u"NOMO_LOG_FORMAT"_s, u"xml"_s},
                                                                {u"NOMO_SECURITY_TOKEN_KEY"_s, u"short"_s},
                                                                {u"NOMO_DATABASE_URL"_s, u"mysql://x/y"_s}}));
    EXPECT_FALSE(config.isValid());
    QStringList details;
    for (const auto &problem : config.store().problems())
        details.append(problem.detail);
    const QString all = details.join(u'\n');
    EXPECT_EQ(details.size(), 7) << all.toStdString();
    EXPECT_TRUE(all.contains(u"http.listen"_s)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"http.max_body_bytes"_s));
    EXPECT_TRUE(all.contains(u"unknown key \"typo.key\""_s));
    EXPECT_TRUE(all.contains(u":6: expected key = value"_s));
    EXPECT_TRUE(all.contains(u"log.format (from NOMO_LOG_FORMAT)"_s));
    EXPECT_TRUE(all.contains(u"security.token_key"_s));
    EXPECT_TRUE(all.contains(u"database.url"_s));
}

TEST(DaemonConfig, MasksSecretsAndPasswordsWhenDescribed)
{
    const DaemonConfig config = DaemonConfig::load(
        {},
        environment({{u"NOMO_SALLA_WEBHOOK_SECRET"_s, u"nomo-test-webhook-secret"_s},
                     {u"NOMO_SECURITY_TOKEN_KEY"_s, QString::fromLatin1(QByteArray(32, 'k').toHex())},
                     {u"NOMO_DATABASE_URL"_s, u"postgresql://nomo:hunter2@db/nomo"_s}}));
    ASSERT_TRUE(config.isValid());
    const QString text = config.store().describe();
    EXPECT_FALSE(text.contains(u"nomo-test-webhook-secret"_s));
    EXPECT_FALSE(text.contains(u"hunter2"_s));
    EXPECT_FALSE(text.contains(QString::fromLatin1(QByteArray(32, 'k').toHex())));
    EXPECT_TRUE(text.contains(u"salla.webhook_secret = ********"_s));
    EXPECT_TRUE(text.contains(u"db/nomo"_s));
}

TEST(DaemonConfig, ReportsAMissingConfigFile)
{
    const DaemonConfig config = DaemonConfig::load(u"/nonexistent/nomo.conf"_s, environment({}));
    ASSERT_FALSE(config.isValid());
    EXPECT_TRUE(config.store().problems().constFirst().detail.contains(u"/nonexistent/nomo.conf"_s));
}
