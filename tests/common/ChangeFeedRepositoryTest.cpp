#include "db/Database.h"
#include "repositories/ChangeFeedRepository.h"
#include "support/TenantFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class ChangeFeedRepositoryTest : public nomo::test::TenantFixture
{
};
} // namespace

TEST_P(ChangeFeedRepositoryTest, NumbersChangesPerMerchantFromOne)
{
    ChangeFeedRepository a(db(), m_a, m_clock);
    ChangeFeedRepository b(db(), m_b, m_clock);
    EXPECT_EQ(*a.append(u"x"_s, u"1"_s, u"upsert"_s, {}), 1);
    EXPECT_EQ(*a.append(u"x"_s, u"2"_s, u"upsert"_s, {}), 2);
    EXPECT_EQ(*b.append(u"x"_s, u"1"_s, u"upsert"_s, {}), 1);
    EXPECT_EQ(*a.lastSeq(), 2);
    EXPECT_EQ(*b.lastSeq(), 1);
}

TEST_P(ChangeFeedRepositoryTest, PagesWithoutSkippingOrRepeating)
{
    ChangeFeedRepository feed(db(), m_a, m_clock);
    for (int i = 1; i <= 25; ++i)
        ASSERT_TRUE(feed.append(u"x"_s, QString::number(i), u"upsert"_s, {{u"i"_s, i}}));
    QList<qint64> seen;
    qint64 cursor = 0;
    while (true) {
        const auto page = feed.since(cursor, 10);
        ASSERT_TRUE(page);
        if (page->isEmpty())
            break;
        for (const Change &change : *page)
            seen.append(change.seq);
        cursor = page->constLast().seq;
    }
    ASSERT_EQ(seen.size(), 25);
    for (int i = 0; i < 25; ++i)
        EXPECT_EQ(seen[i], i + 1);
}

TEST_P(ChangeFeedRepositoryTest, AChangeRolledBackWithItsTransactionLeavesNoTrace)
{
    {
        auto transaction = db::Transaction::begin(db());
        ASSERT_TRUE(transaction);
        ASSERT_TRUE(ChangeFeedRepository(db(), m_a, m_clock).append(u"x"_s, u"1"_s, u"upsert"_s, {}));
    } // rolled back
    ChangeFeedRepository feed(db(), m_a, m_clock);
    EXPECT_TRUE(feed.since(0, 10)->isEmpty());
    EXPECT_EQ(*feed.append(u"x"_s, u"1"_s, u"upsert"_s, {}), 1); // the seq was not burnt
}

TEST_P(ChangeFeedRepositoryTest, AnotherMerchantSeesNoneOfIt)
{
    ASSERT_TRUE(ChangeFeedRepository(db(), m_a, m_clock).append(u"x"_s, u"1"_s, u"upsert"_s, {{u"secret"_s, 1}}));
    EXPECT_TRUE(ChangeFeedRepository(db(), m_b, m_clock).since(0, 100)->isEmpty());
}

TEST_P(ChangeFeedRepositoryTest, RefusesAnUnknownMerchant)
{
    const auto appended = ChangeFeedRepository(db(), TenantContext(42), m_clock).append(u"x"_s, u"1"_s, u"upsert"_s, {});
    ASSERT_FALSE(appended);
    EXPECT_EQ(appended.error().code, ErrorCode::NotFound);
}

NOMO_ON_BOTH_ENGINES(ChangeFeedRepositoryTest);
