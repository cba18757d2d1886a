#include "repositories/AbandonedCartRepository.h"
#include "repositories/ChangeFeedRepository.h"
#include "support/TenantFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class AbandonedCartRepositoryTest : public nomo::test::TenantFixture
{
protected:
    AbandonedCart cart() const
    {
        AbandonedCart c;
        c.sallaId = 1713390284;
        c.total = Money::fromHalalas(47725);
        c.checkoutUrl = u"https://salla.sa/noura-perfumes/checkout/1713390284"_s;
        c.abandonedAt = m_clock.nowUtc();
        return c;
    }
};
} // namespace

TEST_P(AbandonedCartRepositoryTest, UpsertIsIdempotentAndTracksPurchase)
{
    AbandonedCartRepository repo(db(), m_a, m_clock);
    const auto id = repo.upsert(cart());
    NOMO_ASSERT_OK(id);
    EXPECT_EQ(repo.upsert(cart())->id, id->id);
    AbandonedCart bought = cart();
    bought.status = u"purchased"_s;
    EXPECT_EQ(repo.upsert(bought)->id, id->id);
    EXPECT_TRUE(repo.list(u"abandoned"_s)->isEmpty());
    EXPECT_EQ(repo.list(u"purchased"_s)->size(), 1);
    EXPECT_EQ(ChangeFeedRepository(db(), m_a, m_clock).since(0, 10)->size(), 2);
}

TEST_P(AbandonedCartRepositoryTest, AnotherMerchantCannotReadIt)
{
    const auto id = AbandonedCartRepository(db(), m_a, m_clock).upsert(cart());
    AbandonedCartRepository theirs(db(), m_b, m_clock);
    EXPECT_EQ(theirs.find(id->id).error().code, ErrorCode::NotFound);
    EXPECT_FALSE(theirs.findBySallaId(cart().sallaId)->has_value());
    EXPECT_TRUE(theirs.list(u"abandoned"_s)->isEmpty());
}

TEST_P(AbandonedCartRepositoryTest, AnOlderSnapshotIsRefusedAndAPurchaseIsFinal)
{
    AbandonedCartRepository repo(db(), m_a, m_clock);
    AbandonedCart snapshot = cart();
    snapshot.sourceAt = m_clock.nowUtc();
    const auto id = repo.upsert(snapshot);
    NOMO_ASSERT_OK(id);
    AbandonedCart older = cart();
    older.total = Money::fromHalalas(100);
    older.sourceAt = m_clock.nowUtc().addSecs(-60);
    EXPECT_TRUE(repo.upsert(older)->refusedAsOlder);
    EXPECT_EQ(repo.find(id->id)->total, Money::fromHalalas(47725));

    EXPECT_TRUE(*repo.markPurchased(snapshot.sallaId));
    EXPECT_FALSE(*repo.markPurchased(42)) << "no such cart";
    AbandonedCart later = cart(); // says "abandoned", as every snapshot does
    later.total = Money::fromHalalas(50000);
    later.sourceAt = m_clock.nowUtc().addSecs(60);
    EXPECT_FALSE(repo.upsert(later)->refusedAsOlder);
    EXPECT_EQ(repo.find(id->id)->status, u"purchased"_s);
    EXPECT_EQ(repo.find(id->id)->total, Money::fromHalalas(50000));
}

NOMO_ON_BOTH_ENGINES(AbandonedCartRepositoryTest);
