#include "db/DatabaseUrl.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::DatabaseUrl;
using nomo::DbEngine;

TEST(DatabaseUrl, ReadsAnAbsoluteSqlitePath)
{
    const auto url = DatabaseUrl::parse(u"sqlite:///var/lib/nomo-flow/nomo.db"_s);
    ASSERT_TRUE(url);
    EXPECT_EQ(url->engine, DbEngine::Sqlite);
    EXPECT_EQ(url->sqlitePath, u"/var/lib/nomo-flow/nomo.db"_s);
}

TEST(DatabaseUrl, RefusesARelativeSqlitePath)
{
    EXPECT_FALSE(DatabaseUrl::parse(u"sqlite://nomo.db"_s));
    EXPECT_FALSE(DatabaseUrl::parse(u"sqlite:nomo.db"_s));
}

TEST(DatabaseUrl, ReadsAPostgresqlUrlWithOptions)
{
    const auto url = DatabaseUrl::parse(u"postgresql://nomo:s3cret@db.internal:6543/nomo?connect_timeout=3"_s);
    ASSERT_TRUE(url);
    EXPECT_EQ(url->engine, DbEngine::Postgres);
    EXPECT_EQ(url->host, u"db.internal"_s);
    EXPECT_EQ(url->port, 6543);
    EXPECT_EQ(url->user, u"nomo"_s);
    EXPECT_EQ(url->password, u"s3cret"_s);
    EXPECT_EQ(url->databaseName, u"nomo"_s);
    EXPECT_EQ(url->connectOptions, u"connect_timeout=3"_s);
}

TEST(DatabaseUrl, MasksThePasswordWhenShown)
{
    const auto url = DatabaseUrl::parse(u"postgresql://nomo:s3cret@localhost/nomo"_s);
    EXPECT_FALSE(url->redacted().contains(u"s3cret"_s));
    const auto bad = DatabaseUrl::parse(u"mysql://nomo:s3cret@localhost/nomo"_s);
    ASSERT_FALSE(bad);
    EXPECT_FALSE(bad.error().detail.contains(u"s3cret"_s));
}

TEST(DatabaseUrl, RefusesUnknownSchemesAndMissingParts)
{
    EXPECT_FALSE(DatabaseUrl::parse(u"mysql://localhost/nomo"_s));
    EXPECT_FALSE(DatabaseUrl::parse(u"postgresql://localhost"_s));
    EXPECT_FALSE(DatabaseUrl::parse(u"postgresql:///nomo"_s));
    EXPECT_FALSE(DatabaseUrl::parse(u""_s));
}
