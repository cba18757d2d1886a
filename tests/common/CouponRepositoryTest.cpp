// The store's coupons as kept: terms whole, edits versioned, the push's writes not,
// every write on the change feed, one store never reaching another's, and usage
// summed from the orders that used a coupon (reversed when they are cancelled).
#include "domain/Order.h"
#include "repositories/ChangeFeedRepository.h"
#include "repositories/CouponRepository.h"
#include "repositories/CouponUseRepository.h"
#include "repositories/OrderRepository.h"
#include "support/TenantFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class CouponRepositoryTest : public nomo::test::TenantFixture
{
protected:
    static CouponDraft nomo10()
    {
        CouponDraft coupon;
        coupon.code = u"NOMO10"_s;
        coupon.type = CouponDraft::Type::Percentage;
        coupon.amount = 1000;
        coupon.maximumDiscount = Money::fromHalalas(5000);
        coupon.minimumPurchase = Money::fromHalalas(10000);
        coupon.usageLimitPerCustomer = 1;
        coupon.excludeBrands = {u"77"_s};
        coupon.paymentMethods = {u"mada"_s};
        coupon.expiresAt = QDateTime(QDate(2025, 12, 31), QTime(20, 59, 59), QTimeZone::utc());
        return coupon;
    }
    qint64 order(qint64 sallaId, const QString &code, const QString &status, qint64 total, qint64 tax)
    {
        Order o;
        o.sallaId = sallaId;
        o.status = status;
        o.total = Money::fromHalalas(total);
        o.tax = Money::fromHalalas(tax);
        o.discount = Money::fromHalalas(1000);
        o.couponCode = code;
        o.orderedAt = m_clock.nowUtc();
        o.sourceAt = m_clock.nowUtc();
        m_clock.advance(1000);
        auto saved = OrderRepository(db(), m_a, m_clock).upsert(o);
        EXPECT_TRUE(saved) << saved.error().toString().toStdString();
        EXPECT_TRUE(CouponUseRepository(db(), m_a, m_clock).recordOrder(saved->id));
        return saved->id;
    }
};
} // namespace

TEST_P(CouponRepositoryTest, CreatesAndReadsBackEveryTerm)
{
    CouponRepository repo(db(), m_a, m_clock);
    const auto created = repo.create(nomo10());
    ASSERT_TRUE(created) << created.error().toString().toStdString();
    const auto read = repo.find(created->id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->terms.code, u"NOMO10"_s);
    EXPECT_EQ(read->terms.amount, 1000);
    EXPECT_EQ(read->terms.maximumDiscount, Money::fromHalalas(5000));
    EXPECT_EQ(read->terms.minimumPurchase, Money::fromHalalas(10000));
    EXPECT_EQ(read->terms.usageLimitPerCustomer, 1);
    EXPECT_FALSE(read->terms.usageLimit.has_value());
    EXPECT_EQ(read->terms.excludeBrands, QStringList{u"77"_s});
    EXPECT_EQ(read->terms.paymentMethods, QStringList{u"mada"_s});
    EXPECT_EQ(read->terms.expiresAt, nomo10().expiresAt);
    EXPECT_EQ(read->syncState, Coupon::SyncState::Pending);
    EXPECT_EQ(read->version, 1);
    const auto byCode = repo.findByCode(u"nomo10"_s);
    ASSERT_TRUE(byCode && byCode->has_value());
    EXPECT_EQ((*byCode)->id, read->id) << "codes are found in any case";
}

TEST_P(CouponRepositoryTest, RefusesADuplicateCodeInAnyCaseForTheSameStoreOnly)
{
    ASSERT_TRUE(CouponRepository(db(), m_a, m_clock).create(nomo10()));
    CouponDraft lower = nomo10();
    lower.code = u"nomo10"_s;
    const auto duplicate = CouponRepository(db(), m_a, m_clock).create(lower);
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::Conflict);
    EXPECT_EQ(duplicate.error().messageKey, u"coupon.code_taken"_s);
    EXPECT_TRUE(CouponRepository(db(), m_b, m_clock).create(nomo10())); // B's store may use the code too
}

TEST_P(CouponRepositoryTest, EditsNeedTheCurrentVersionButThePushesWritesDoNotBumpIt)
{
    CouponRepository repo(db(), m_a, m_clock);
    auto created = repo.create(nomo10());
    CouponDraft edit = created->terms;
    edit.amount = 1500;
    const auto updated = repo.update(created->id, edit, 1);
    ASSERT_TRUE(updated);
    EXPECT_EQ(updated->version, 2);
    EXPECT_EQ(updated->terms.amount, 1500);
    EXPECT_EQ(repo.update(created->id, edit, 1).error().code, ErrorCode::Conflict) << "still says version 1";

    // Salla accepted version 1 while version 2 was saved: still pending, not synced.
    auto pushedOld = repo.recordPushed(created->id, 1935507712, 1, created->terms, {});
    ASSERT_TRUE(pushedOld);
    EXPECT_EQ(pushedOld->version, 2);
    EXPECT_EQ(pushedOld->syncState, Coupon::SyncState::Pending);
    auto pushed = repo.recordPushed(created->id, 1935507712, 2, edit, {});
    EXPECT_EQ(pushed->syncState, Coupon::SyncState::Synced);
    EXPECT_EQ(pushed->sallaId, 1935507712);
    EXPECT_EQ(pushed->version, 2);
    auto refused = repo.recordFailed(created->id, {{u"message"_s, u"Salla refused the coupon"_s}});
    EXPECT_EQ(refused->syncState, Coupon::SyncState::Failed);
    EXPECT_EQ(refused->version, 2);
    EXPECT_TRUE(repo.update(created->id, edit, 2)) << "a sync never makes the merchant's edit conflict";
}

TEST_P(CouponRepositoryTest, ACampaignKeepsItsCodesAndTheyCountAsTaken)
{
    CouponRepository repo(db(), m_a, m_clock);
    CouponDraft campaign = nomo10();
    campaign.code = u"EID"_s;
    campaign.isGroup = true;
    campaign.groupCount = 450;
    campaign.groupName = u"عيد"_s;
    auto created = repo.create(campaign);
    ASSERT_TRUE(created);
    QStringList codes;
    for (int i = 0; i < 450; ++i)
        codes.append(u"EID%1X"_s.arg(i));
    auto pushed = repo.recordPushed(created->id, 5, 1, campaign, codes);
    ASSERT_TRUE(pushed) << pushed.error().toString().toStdString();
    EXPECT_EQ(pushed->groupCodes, 450);
    EXPECT_EQ(*repo.groupCodes(created->id), codes);
    const auto taken = repo.codes();
    EXPECT_TRUE(taken->contains(u"EID17X"_s));
    EXPECT_TRUE(taken->contains(u"EID"_s));
    EXPECT_FALSE(repo.codes(created->id)->contains(u"EID17X"_s)) << "a coupon's own codes are not taken from itself";
}

TEST_P(CouponRepositoryTest, EveryWriteGoesOnTheChangeFeedInOrder)
{
    CouponRepository repo(db(), m_a, m_clock);
    auto created = repo.create(nomo10());
    CouponDraft edit = created->terms;
    edit.active = false;
    auto updated = repo.update(created->id, edit, 1);
    auto deleted = repo.markDeleted(created->id, updated->version);
    ASSERT_TRUE(deleted);
    EXPECT_EQ(deleted->status, Coupon::Status::Deleted);
    ASSERT_TRUE(repo.erase(created->id));
    const auto changes = ChangeFeedRepository(db(), m_a, m_clock).since(0, 100);
    ASSERT_EQ(changes->size(), 4);
    EXPECT_EQ(changes->at(1).payload.value(u"status"_s).toString(), u"inactive"_s);
    EXPECT_EQ(changes->at(2).payload.value(u"status"_s).toString(), u"deleted"_s);
    EXPECT_EQ(changes->at(3).op, u"delete"_s);
    EXPECT_EQ(changes->at(3).seq, 4);
}

TEST_P(CouponRepositoryTest, ListsFilterByCodeStateAndSyncAndSortByRevenue)
{
    CouponRepository repo(db(), m_a, m_clock);
    auto a = repo.create(nomo10());
    CouponDraft b = nomo10();
    b.code = u"WELCOME_5"_s;
    auto welcome = repo.create(b);
    repo.recordPushed(welcome->id, 9, 1, b, {});
    order(1, u"WELCOME_5"_s, u"completed"_s, 23000, 3000);

    CouponRepository::Filter filter;
    filter.search = u"come_"_s; // the underscore is a character, not a wildcard
    EXPECT_EQ(repo.list(filter)->size(), 1);
    filter.search = u"me%5"_s;
    EXPECT_TRUE(repo.list(filter)->isEmpty());
    filter = {};
    filter.sync = Coupon::SyncState::Pending;
    ASSERT_EQ(repo.list(filter)->size(), 1);
    EXPECT_EQ(repo.list(filter)->constFirst().id, a->id);
    filter = {};
    filter.sort = CouponRepository::Filter::Sort::Revenue;
    EXPECT_EQ(repo.list(filter)->constFirst().id, welcome->id);
}

TEST_P(CouponRepositoryTest, UsageSumsTheOrdersThatUsedItNetOfVatAndACancelReverses)
{
    CouponRepository repo(db(), m_a, m_clock);
    auto campaign = nomo10();
    campaign.code = u"EID"_s;
    campaign.isGroup = true;
    campaign.groupCount = 2;
    campaign.groupName = u"عيد"_s;
    auto eid = repo.create(campaign);
    repo.recordPushed(eid->id, 5, 1, campaign, {u"EIDAAA"_s, u"EIDBBB"_s});

    order(101, u"eidaaa"_s, u"under_review"_s, 11500, 1500);
    const qint64 second = order(102, u"EIDBBB"_s, u"completed"_s, 23000, 3000);
    order(103, u"OTHER"_s, u"completed"_s, 50000, 0);
    auto counted = repo.find(eid->id);
    EXPECT_EQ(counted->uses, 2);
    EXPECT_EQ(counted->revenue, Money::fromHalalas(10000 + 20000));
    EXPECT_EQ(counted->vat, Money::fromHalalas(4500));
    EXPECT_EQ(counted->discount, Money::fromHalalas(2000));
    EXPECT_EQ(counted->version, 1) << "usage is not an edit";

    // Redelivered: the same state counts once.
    EXPECT_TRUE(CouponUseRepository(db(), m_a, m_clock).recordOrder(second));
    EXPECT_EQ(repo.find(eid->id)->uses, 2);

    order(102, u"EIDBBB"_s, u"canceled"_s, 23000, 3000);
    auto reversed = repo.find(eid->id);
    EXPECT_EQ(reversed->uses, 1);
    EXPECT_EQ(reversed->revenue, Money::fromHalalas(10000));
    const auto changes = ChangeFeedRepository(db(), m_a, m_clock).since(0, 100);
    EXPECT_EQ(changes->constLast().payload[u"usage"_s][u"uses"_s].toInteger(), 1) << "the console hears of it";
}

TEST_P(CouponRepositoryTest, ALightStatusUpdateKeepsTheOrdersCoupon)
{
    CouponRepository repo(db(), m_a, m_clock);
    auto coupon = repo.create(nomo10());
    order(201, u"NOMO10"_s, u"under_review"_s, 11500, 1500);
    Order light;
    light.sallaId = 201;
    light.status = u"completed"_s;
    light.total = Money::fromHalalas(11500);
    light.light = true;
    light.orderedAt = m_clock.nowUtc();
    light.sourceAt = m_clock.nowUtc().addSecs(60);
    auto saved = OrderRepository(db(), m_a, m_clock).upsert(light);
    ASSERT_TRUE(saved);
    ASSERT_TRUE(CouponUseRepository(db(), m_a, m_clock).recordOrder(saved->id));
    const auto stored = OrderRepository(db(), m_a, m_clock).find(saved->id);
    EXPECT_EQ(stored->couponCode, u"NOMO10"_s);
    EXPECT_EQ(stored->tax, Money::fromHalalas(1500));
    EXPECT_EQ(repo.find(coupon->id)->uses, 1);
}

TEST_P(CouponRepositoryTest, AnotherStoreCannotReadUpdateOrDeleteIt)
{
    auto mine = CouponRepository(db(), m_a, m_clock).create(nomo10());
    ASSERT_TRUE(mine);
    CouponRepository theirs(db(), m_b, m_clock);

    EXPECT_EQ(theirs.find(mine->id).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(theirs.list()->isEmpty());
    CouponDraft attack = mine->terms;
    attack.amount = 10000;
    EXPECT_EQ(theirs.update(mine->id, attack, 1).error().code, ErrorCode::NotFound);
    EXPECT_EQ(theirs.recordPushed(mine->id, 1, 1, mine->terms, {}).error().code, ErrorCode::NotFound);
    EXPECT_EQ(theirs.markDeleted(mine->id, 1).error().code, ErrorCode::NotFound);
    EXPECT_EQ(theirs.erase(mine->id).error().code, ErrorCode::NotFound);

    const auto intact = CouponRepository(db(), m_a, m_clock).find(mine->id);
    ASSERT_TRUE(intact);
    EXPECT_EQ(intact->terms.amount, 1000);
    EXPECT_EQ(intact->version, 1);
    EXPECT_TRUE(ChangeFeedRepository(db(), m_b, m_clock).since(0, 10)->isEmpty());
}

NOMO_ON_BOTH_ENGINES(CouponRepositoryTest);
