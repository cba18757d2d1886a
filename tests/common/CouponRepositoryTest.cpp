#include "repositories/ChangeFeedRepository.h"
#include "repositories/CouponRepository.h"
#include "support/TenantFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class CouponRepositoryTest : public nomo::test::TenantFixture
{
protected:
    static Coupon nomo10()
    {
        Coupon coupon;
        coupon.code = u"NOMO10"_s;
        coupon.type = Coupon::Type::Percentage;
        coupon.amount = 1000;
        coupon.maximumAmount = Money::fromHalalas(5000);
        coupon.minimumAmount = Money::fromHalalas(10000);
        coupon.usageLimitPerUser = 1;
        coupon.expiresAt = QDateTime(QDate(2025, 12, 31), QTime(20, 59, 59), QTimeZone::utc());
        return coupon;
    }
};
} // namespace

TEST_P(CouponRepositoryTest, CreatesAndReadsBackEveryField)
{
    CouponRepository repo(db(), m_a, m_clock);
    const auto created = repo.create(nomo10());
    ASSERT_TRUE(created) << created.error().toString().toStdString();
    const auto read = repo.find(created->id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->code, u"NOMO10"_s);
    EXPECT_EQ(read->amount, 1000);
    EXPECT_EQ(read->maximumAmount, Money::fromHalalas(5000));
    EXPECT_EQ(read->minimumAmount, Money::fromHalalas(10000));
    EXPECT_EQ(read->usageLimitPerUser, 1);
    EXPECT_FALSE(read->usageLimit.has_value());
    EXPECT_EQ(read->expiresAt, nomo10().expiresAt);
    EXPECT_EQ(read->syncState, Coupon::SyncState::Pending);
    EXPECT_EQ(read->version, 1);
}

TEST_P(CouponRepositoryTest, RefusesADuplicateCodeForTheSameMerchantOnly)
{
    ASSERT_TRUE(CouponRepository(db(), m_a, m_clock).create(nomo10()));
    const auto duplicate = CouponRepository(db(), m_a, m_clock).create(nomo10());
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::Conflict);
    EXPECT_EQ(duplicate.error().messageKey, u"coupon.code_taken"_s);
    EXPECT_TRUE(CouponRepository(db(), m_b, m_clock).create(nomo10())); // B's store may use the code too
}

TEST_P(CouponRepositoryTest, RefusesInvalidAmounts)
{
    Coupon tooMuch = nomo10();
    tooMuch.amount = 10001;
    EXPECT_EQ(CouponRepository(db(), m_a, m_clock).create(tooMuch).error().messageKey, u"coupon.percent_too_high"_s);
    Coupon zero = nomo10();
    zero.amount = 0;
    EXPECT_FALSE(CouponRepository(db(), m_a, m_clock).create(zero));
}

TEST_P(CouponRepositoryTest, UpdatesOnlyFromTheCurrentVersion)
{
    CouponRepository repo(db(), m_a, m_clock);
    auto created = repo.create(nomo10());
    Coupon edit = *created;
    edit.amount = 1500;
    const auto updated = repo.update(edit);
    ASSERT_TRUE(updated);
    EXPECT_EQ(updated->version, 2);
    EXPECT_EQ(updated->amount, 1500);
    const auto stale = repo.update(edit); // still says version 1
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
}

TEST_P(CouponRepositoryTest, RecordsSallaIdWhenSynced)
{
    CouponRepository repo(db(), m_a, m_clock);
    auto created = repo.create(nomo10());
    const auto synced = repo.markSynced(created->id, 1935507712, Coupon::SyncState::Synced);
    ASSERT_TRUE(synced);
    EXPECT_EQ(synced->sallaId, 1935507712);
    EXPECT_EQ(synced->syncState, Coupon::SyncState::Synced);
}

TEST_P(CouponRepositoryTest, EveryMutationAppendsToTheChangeFeedInOrder)
{
    CouponRepository repo(db(), m_a, m_clock);
    auto created = repo.create(nomo10());
    Coupon edit = *created;
    edit.status = u"inactive"_s;
    auto updated = repo.update(edit);
    ASSERT_TRUE(repo.remove(created->id, updated->version));
    const auto changes = ChangeFeedRepository(db(), m_a, m_clock).since(0, 100);
    ASSERT_EQ(changes->size(), 3);
    EXPECT_EQ(changes->at(0).seq, 1);
    EXPECT_EQ(changes->at(1).payload.value(u"status"_s).toString(), u"inactive"_s);
    EXPECT_EQ(changes->at(2).op, u"delete"_s);
    EXPECT_EQ(changes->at(2).seq, 3);
}

TEST_P(CouponRepositoryTest, AnotherMerchantCannotReadUpdateOrDeleteIt)
{
    auto mine = CouponRepository(db(), m_a, m_clock).create(nomo10());
    ASSERT_TRUE(mine);
    CouponRepository theirs(db(), m_b, m_clock);

    EXPECT_EQ(theirs.find(mine->id).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(theirs.list()->isEmpty());
    Coupon attack = *mine;
    attack.amount = 10000;
    EXPECT_EQ(theirs.update(attack).error().code, ErrorCode::NotFound);
    EXPECT_EQ(theirs.markSynced(mine->id, 1, Coupon::SyncState::Failed).error().code, ErrorCode::NotFound);
    EXPECT_EQ(theirs.remove(mine->id, mine->version).error().code, ErrorCode::NotFound);

    const auto intact = CouponRepository(db(), m_a, m_clock).find(mine->id);
    ASSERT_TRUE(intact);
    EXPECT_EQ(intact->amount, 1000);
    EXPECT_EQ(intact->version, 1);
    EXPECT_TRUE(ChangeFeedRepository(db(), m_b, m_clock).since(0, 10)->isEmpty());
}

NOMO_ON_BOTH_ENGINES(CouponRepositoryTest);
