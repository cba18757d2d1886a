#include "db/Database.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

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
        auto ran = db::exec(m_database->db(), u"INSERT INTO t (v) VALUES (:v)"_s, {{u"v"_s, v}});
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

INSTANTIATE_TEST_SUITE_P(Engines,
                         TransactionTest,
                         ::testing::Values(TestEngine::Sqlite, TestEngine::Postgres),
                         nomo::test::engineName);
