// What db::exec binds and reads, pinned on both engines: PostgreSQL runs through Qt's
// driver, SQLite through statements of our own on the connection's handle
// (db/SqliteStatement), and the repositories must not be able to tell them apart.
#include <gtest/gtest.h>

#include "db/Database.h"
#include "support/TestDatabase.h"

using namespace Qt::StringLiterals;
using namespace nomo;
using nomo::test::TestDatabase;
using nomo::test::TestEngine;

namespace {
class QueryValuesTest : public ::testing::TestWithParam<TestEngine>
{
protected:
    void SetUp() override
    {
        NOMO_OPEN_TEST_DATABASE(GetParam());
        const QString blob = GetParam() == TestEngine::Postgres ? u"BYTEA"_s : u"BLOB"_s;
        ASSERT_TRUE(db::exec(m_database->db(), u"CREATE TABLE v (k INTEGER NOT NULL, n BIGINT, r DOUBLE PRECISION, t TEXT, b %1)"_s.arg(blob)));
    }
    // Stores one row under `k` and reads it back by position.
    QVariantList roundTrip(int k, const QVariantMap &values) const
    {
        QVariantMap binds = values;
        binds.insert(u"k"_s, k);
        for (const QString &column : {u"n"_s, u"r"_s, u"t"_s, u"b"_s})
            if (!binds.contains(column))
                binds.insert(column, QVariant(QMetaType::fromType<QString>()));
        EXPECT_TRUE(db::exec(m_database->db(), u"INSERT INTO v (k, n, r, t, b) VALUES (:k, :n, :r, :t, :b)"_s, binds));
        auto row = db::exec(m_database->db(), u"SELECT n, r, t, b FROM v WHERE k = :k"_s, {{u"k"_s, k}});
        EXPECT_TRUE(row && row->next());
        if (!row)
            return {};
        return {row->value(0), row->value(1), row->value(2), row->value(3)};
    }
    std::unique_ptr<TestDatabase> m_database;
};
} // namespace

TEST_P(QueryValuesTest, NumbersTextAndBytesComeBackAsTheyWent)
{
    const QByteArray bytes("\x00\x01\xff"
                           "abc",
                           6);
    const QVariantList row = roundTrip(1, {{u"n"_s, qint64(9007199254740993LL)},
                                           {u"r"_s, 2.5},
                                           {u"t"_s, u"سلة — Salla"_s},
                                           {u"b"_s, bytes}});
    ASSERT_EQ(row.size(), 4);
    EXPECT_EQ(row.at(0).toLongLong(), 9007199254740993LL);
    EXPECT_DOUBLE_EQ(row.at(1).toDouble(), 2.5);
    EXPECT_EQ(row.at(2).toString(), u"سلة — Salla"_s);
    EXPECT_EQ(row.at(3).toByteArray(), bytes);
    // Small integers bind as numbers, into a REAL too.
    const QVariantList small = roundTrip(2, {{u"n"_s, -7}, {u"r"_s, 3}});
    EXPECT_EQ(small.at(0).toLongLong(), -7);
    EXPECT_DOUBLE_EQ(small.at(1).toDouble(), 3.0);
}

TEST_P(QueryValuesTest, ANullVariantIsNullAndANullStringIsEmptyText)
{
    // QVariant(QMetaType) means NULL; a QString that merely happens to be null means "".
    const QVariantList row = roundTrip(1, {{u"n"_s, QVariant(QMetaType::fromType<qint64>())}, {u"t"_s, QString()}});
    EXPECT_TRUE(row.at(0).isNull());
    EXPECT_TRUE(row.at(1).isNull());
    EXPECT_FALSE(row.at(2).isNull());
    EXPECT_EQ(row.at(2).toString(), QString());
    EXPECT_TRUE(row.at(3).isNull());
    auto empty = db::scalar(m_database->db(), u"SELECT COUNT(*) FROM v WHERE t = ''"_s);
    ASSERT_TRUE(empty);
    EXPECT_EQ(*empty, 1);
}

TEST_P(QueryValuesTest, ColumnsAreFoundByNameWhateverTheirCase)
{
    roundTrip(1, {{u"n"_s, 42}, {u"t"_s, u"x"_s}});
    auto row = db::exec(m_database->db(), u"SELECT n AS Total, t FROM v WHERE k = :k"_s, {{u"k"_s, 1}});
    ASSERT_TRUE(row && row->next());
    EXPECT_EQ(row->value(u"total"_s).toLongLong(), 42);
    EXPECT_EQ(row->value(u"T"_s).toString(), u"x"_s);
    EXPECT_FALSE(row->value(u"missing"_s).isValid());
    EXPECT_FALSE(row->next());
}

TEST_P(QueryValuesTest, BindsTheStatementDoesNotNameAreSkippedAndThoseItNamesButLacksAreNull)
{
    // One map for an INSERT and an UPDATE: the extra names bind nowhere.
    ASSERT_TRUE(db::exec(m_database->db(), u"INSERT INTO v (k, t) VALUES (:k, :t)"_s, {{u"k"_s, 1}, {u"t"_s, u"a"_s}, {u"unused"_s, 5}}));
    // The same kept statement again without :t: it is NULL, not the last run's "a".
    ASSERT_TRUE(db::exec(m_database->db(), u"INSERT INTO v (k, t) VALUES (:k, :t)"_s, {{u"k"_s, 2}}));
    auto second = db::exec(m_database->db(), u"SELECT t FROM v WHERE k = :k"_s, {{u"k"_s, 2}});
    ASSERT_TRUE(second && second->next());
    EXPECT_TRUE(second->value(0).isNull());
}

TEST_P(QueryValuesTest, AWriteSaysHowManyRowsItChanged)
{
    for (int k : {1, 2, 3})
        roundTrip(k, {{u"n"_s, k}});
    auto updated = db::exec(m_database->db(), u"UPDATE v SET t = :t WHERE k >= :k"_s, {{u"t"_s, u"x"_s}, {u"k"_s, 2}});
    ASSERT_TRUE(updated);
    EXPECT_EQ(updated->numRowsAffected(), 2);
    EXPECT_FALSE(updated->next());
    auto none = db::exec(m_database->db(), u"DELETE FROM v WHERE k = :k"_s, {{u"k"_s, 99}});
    ASSERT_TRUE(none);
    EXPECT_EQ(none->numRowsAffected(), 0);
}

TEST_P(QueryValuesTest, AFailedStatementIsAnErrorAndTheNextRunIsUnharmed)
{
    auto refused = db::exec(m_database->db(), u"INSERT INTO v (k) VALUES (:k)"_s, {{u"k"_s, QVariant(QMetaType::fromType<int>())}});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseError);
    EXPECT_FALSE(refused.error().detail.isEmpty());
    EXPECT_TRUE(db::exec(m_database->db(), u"INSERT INTO v (k) VALUES (:k)"_s, {{u"k"_s, 1}}));
    auto bad = db::exec(m_database->db(), u"SELECT nothing_here FROM v WHERE k = :k"_s, {{u"k"_s, 1}});
    EXPECT_FALSE(bad);
}

// SQLite only: the kept statements belong to the connection's handle. Closed behind
// db::close's back, the old handle (which Qt could not close while they were open) is
// closed once they are finalized: the sanitizer build's leak check holds this test to
// that. (PostgreSQL's kept statements are Qt's; every connection closes through
// db::close, which drops them.)
TEST(QueryValuesSqliteTest, AConnectionOpenedAgainUnderItsNameGetsStatementsOfItsOwn)
{
    std::unique_ptr<TestDatabase> m_database;
    NOMO_OPEN_TEST_DATABASE(TestEngine::Sqlite);
    ASSERT_TRUE(db::exec(m_database->db(), u"CREATE TABLE v (k INTEGER NOT NULL, t TEXT)"_s));
    ASSERT_TRUE(db::exec(m_database->db(), u"INSERT INTO v (k, t) VALUES (:k, :t)"_s, {{u"k"_s, 1}, {u"t"_s, u"a"_s}}));
    const QString sql = u"SELECT t FROM v WHERE k = :k"_s;
    ASSERT_TRUE(db::exec(m_database->db(), sql, {{u"k"_s, 1}})); // kept for this connection
    const QString name = m_database->db().connectionName();
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close(); // not through db::close
        ASSERT_TRUE(db.open());
    }
    auto again = db::exec(m_database->db(), sql, {{u"k"_s, 1}});
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    ASSERT_TRUE(again->next());
    EXPECT_EQ(again->value(0).toString(), u"a"_s);
}

INSTANTIATE_TEST_SUITE_P(
    Engines, QueryValuesTest, ::testing::Values(TestEngine::Sqlite, TestEngine::Postgres), nomo::test::engineName);
