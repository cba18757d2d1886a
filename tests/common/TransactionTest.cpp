#include <gtest/gtest.h>

#include "db/Database.h"
#include "db/Migrator.h"
#include "support/TestDatabase.h"

using namespace Qt::StringLiterals;
using namespace nomo;
using nomo::test::TestDatabase;
using nomo::test::TestEngine;

namespace {
class TransactionTest : public ::testing::TestWithParam<TestEngine>
{
protected:
    void SetUp() override
    {
        NOMO_OPEN_TEST_DATABASE(GetParam());
        ASSERT_TRUE(db::exec(m_database->db(), u"CREATE TABLE t (v INTEGER NOT NULL)"_s));
    }
    int count() const
    {
        auto query = db::exec(m_database->db(), u"SELECT COUNT(*) FROM t"_s);
        return query && query->next() ? query->value(0).toInt() : -1;
    }
    Status insert(int v) const
    {
        auto ran = db::exec(m_database->db(), u"INSERT INTO t (v) VALUES (:v)"_s, { { u"v"_s, v } });
        if (!ran)
            return fail(ran.error());
        return {};
    }
    std::unique_ptr<TestDatabase> m_database;
};
} // namespace

TEST_P(TransactionTest, RollsBackWhenNotCommitted)
{
    {
        auto transaction = db::Transaction::begin(m_database->db());
        ASSERT_TRUE(insert(1));
    }
    EXPECT_EQ(count(), 0);
}

TEST_P(TransactionTest, InnerRollbackKeepsTheOuterWork)
{
    auto outer = db::Transaction::begin(m_database->db());
    ASSERT_TRUE(outer);
    ASSERT_TRUE(insert(1));
    {
        auto inner = db::Transaction::begin(m_database->db());
        ASSERT_TRUE(inner) << inner.error().toString().toStdString();
        ASSERT_TRUE(insert(2));
    }
    {
        auto inner = db::Transaction::begin(m_database->db());
        ASSERT_TRUE(insert(3));
        ASSERT_TRUE(inner->commit());
    }
    ASSERT_TRUE(outer->commit());
    EXPECT_EQ(count(), 2);
}

TEST_P(TransactionTest, OuterRollbackUndoesCommittedInnerWork)
{
    {
        auto outer = db::Transaction::begin(m_database->db());
        auto inner = db::Transaction::begin(m_database->db());
        ASSERT_TRUE(insert(1));
        ASSERT_TRUE(inner->commit());
    }
    EXPECT_EQ(count(), 0);
    // And the connection is usable for a fresh outermost transaction.
    auto again = db::Transaction::begin(m_database->db());
    ASSERT_TRUE(again);
    ASSERT_TRUE(insert(5));
    ASSERT_TRUE(again->commit());
    EXPECT_EQ(count(), 1);
}

TEST_P(TransactionTest, UniqueViolationsBecomeConflicts)
{
    ASSERT_TRUE(db::exec(m_database->db(), u"CREATE UNIQUE INDEX t_v ON t (v)"_s));
    ASSERT_TRUE(insert(1));
    const auto again = insert(1);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
}

TEST_P(TransactionTest, AnInsertGivesTheIdOfItsOwnRowAndNoneWhenItStoredNothing)
{
    const bool postgres = GetParam() == TestEngine::Postgres;
    for (const QString &statement : Migrator::statementsFor(u"CREATE TABLE r (id {{pk}}, v INTEGER NOT NULL UNIQUE)"_s, postgres))
        ASSERT_TRUE(db::exec(m_database->db(), statement));
    const QString insertR = u"INSERT INTO r (v) VALUES (:v) ON CONFLICT (v) DO NOTHING"_s;
    const auto first = db::insertReturningId(m_database->db(), insertR, { { u"v"_s, 10 } });
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    ASSERT_TRUE(insert(7)); // a row of another table in between
    const auto second = db::insertReturningId(m_database->db(), insertR, { { u"v"_s, 20 } });
    ASSERT_TRUE(second) << second.error().toString().toStdString();
    EXPECT_NE(*first, *second);
    const auto idOf = [this](int v) {
        return db::scalar(m_database->db(), u"SELECT id FROM r WHERE v = :v"_s, { { u"v"_s, v } }).value_or(-1);
    };
    EXPECT_EQ(*first, idOf(10));
    EXPECT_EQ(*second, idOf(20));
    // Stored nothing (the clash is skipped): no id at all, not the last row's.
    const auto skipped = db::insertReturningId(m_database->db(), insertR, { { u"v"_s, 10 } });
    ASSERT_FALSE(skipped);
    EXPECT_EQ(skipped.error().code, ErrorCode::DatabaseError);
}

TEST_P(TransactionTest, KeptStatementsServeNestedAndRepeatedUse)
{
    for (int v : { 1, 2, 3 })
        ASSERT_TRUE(insert(v));
    const QString sql = u"SELECT v FROM t WHERE v >= :min ORDER BY v"_s;
    // The same statement again while its first run is still being read: the second
    // gets its own, and neither disturbs the other's rows. (Not on PostgreSQL, where
    // Qt streams forward-only results and any next statement on the connection
    // discards the rest: a result there is read to the end before the next query.)
    if (GetParam() == TestEngine::Sqlite) {
        auto outer = db::exec(m_database->db(), sql, { { u"min"_s, 2 } });
        ASSERT_TRUE(outer);
        QList<int> outerRows, innerRows;
        while (outer->next()) {
            outerRows.append(outer->value(0).toInt());
            auto inner = db::exec(m_database->db(), sql, { { u"min"_s, 1 } });
            ASSERT_TRUE(inner);
            while (inner->next())
                innerRows.append(inner->value(0).toInt());
        }
        EXPECT_EQ(outerRows, (QList<int> { 2, 3 }));
        EXPECT_EQ(innerRows, (QList<int> { 1, 2, 3, 1, 2, 3 }));
    }
    // Reused after being handed back, with fresh binds.
    auto again = db::exec(m_database->db(), sql, { { u"min"_s, 3 } });
    ASSERT_TRUE(again && again->next());
    EXPECT_EQ(again->value(0).toInt(), 3);
    EXPECT_FALSE(again->next());
}

TEST_P(TransactionTest, AHalfReadKeptStatementDoesNotBlockAnotherWriter)
{
    if (GetParam() != TestEngine::Sqlite)
        GTEST_SKIP() << "SQLite's reader/writer locking";
    ASSERT_TRUE(insert(1));
    ASSERT_TRUE(insert(2));
    {
        auto partly = db::exec(m_database->db(), u"SELECT v FROM t WHERE v > :min"_s, { { u"min"_s, 0 } });
        ASSERT_TRUE(partly && partly->next()); // one row read, then dropped
    }
    // A second connection may checkpoint and write: no read transaction was left open.
    const QSqlDatabase other = m_database->openAnother(u"second-writer"_s);
    EXPECT_TRUE(db::exec(other, u"INSERT INTO t (v) VALUES (:v)"_s, { { u"v"_s, 3 } }));
    auto checkpoint = db::exec(other, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    ASSERT_TRUE(checkpoint && checkpoint->next());
    EXPECT_EQ(checkpoint->value(0).toInt(), 0) << "checkpoint was blocked by a reader";
    EXPECT_EQ(count(), 3);
}

// SavepointElision: nested work joins the enclosing transaction, and says when that
// was not the same as savepoints of its own would have been.
TEST_P(TransactionTest, ElidedSavepointsCommitWithTheEnclosingTransaction)
{
    auto outer = db::Transaction::begin(m_database->db());
    ASSERT_TRUE(outer);
    auto unit = db::Transaction::begin(m_database->db());
    ASSERT_TRUE(unit);
    {
        const db::SavepointElision elision(m_database->db());
        {
            auto inner = db::Transaction::begin(m_database->db());
            ASSERT_TRUE(inner && insert(1));
            auto deeper = db::Transaction::begin(m_database->db());
            ASSERT_TRUE(deeper && insert(2));
            ASSERT_TRUE(deeper->commit());
            ASSERT_TRUE(inner->commit());
        }
        {
            // Undone before it wrote anything (an early return): nothing to keep apart.
            auto readOnly = db::Transaction::begin(m_database->db());
            ASSERT_TRUE(readOnly);
            EXPECT_EQ(count(), 2);
        }
        EXPECT_FALSE(elision.poisoned());
    }
    ASSERT_TRUE(unit->commit());
    // A savepoint taken after the elision ended is a real one again.
    {
        auto inner = db::Transaction::begin(m_database->db());
        ASSERT_TRUE(inner && insert(3));
    }
    ASSERT_TRUE(outer->commit());
    EXPECT_EQ(count(), 2);
}

TEST_P(TransactionTest, AnElidedSavepointUndoneAfterWritingOrAFailedStatementPoisons)
{
    for (const bool failStatement : {false, true}) {
        SCOPED_TRACE(failStatement ? "a failed statement" : "an undo after a write");
        auto outer = db::Transaction::begin(m_database->db());
        ASSERT_TRUE(outer);
        {
            auto unit = db::Transaction::begin(m_database->db());
            ASSERT_TRUE(unit);
            const db::SavepointElision elision(m_database->db());
            {
                auto inner = db::Transaction::begin(m_database->db()); // left uncommitted either way
                ASSERT_TRUE(inner && insert(1));
                if (failStatement) { // NULL into a NOT NULL column
                    EXPECT_FALSE(db::exec(m_database->db(), u"INSERT INTO t (v) VALUES (:v)"_s, {{u"v"_s, QVariant(QMetaType::fromType<int>())}}));
                }
            }
            EXPECT_TRUE(elision.poisoned());
        } // the unit rolls back to its own savepoint, which works even after the failure
        EXPECT_TRUE(insert(7));
        ASSERT_TRUE(outer->commit());
        EXPECT_EQ(count(), 1);
        ASSERT_TRUE(db::exec(m_database->db(), u"DELETE FROM t"_s));
    }
}

INSTANTIATE_TEST_SUITE_P(
    Engines, TransactionTest, ::testing::Values(TestEngine::Sqlite, TestEngine::Postgres), nomo::test::engineName);
