// The one way the daemon changes a coupon (coupons/CouponService.h): checked, stored
// and queued for Salla together, or not at all; and a shopper's own one-off code.
#include "coupons/CouponCodes.h"
#include "coupons/CouponService.h"
#include "db/Database.h"
#include "repositories/CouponRepository.h"
#include "support/TenantFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class CouponServiceTest : public nomo::test::TenantFixture
{
protected:
    CouponDraft welcome() const
    {
        CouponDraft terms;
        terms.code = u"WELCOME"_s;
        terms.type = CouponDraft::Type::Percentage;
        terms.amount = 1000;
        terms.expiresAt = m_clock.nowUtc().addDays(30);
        return terms;
    }
    int pushes() const
    {
        auto query = db::exec(db(), u"SELECT COUNT(*) FROM jobs WHERE kind = 'coupon.push'"_s);
        return query && query->next() ? query->value(0).toInt() : -1;
    }
};
} // namespace

TEST_P(CouponServiceTest, AShoppersOwnCodeIsFreshReadableAndOneUse)
{
    CouponService service(db(), m_a, m_clock);
    QList<CouponProblem> problems;
    auto first = service.createOneOff(welcome(), u"CART-"_s, &problems);
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    auto second = service.createOneOff(welcome(), u"CART-"_s, &problems);
    ASSERT_TRUE(second);
    EXPECT_TRUE(first->terms.code.startsWith(u"CART-"_s));
    EXPECT_TRUE(CouponCodes::readable(first->terms.code)) << first->terms.code.toStdString();
    EXPECT_NE(first->terms.code, second->terms.code);
    EXPECT_EQ(first->terms.usageLimit, 1);
    EXPECT_EQ(first->terms.usageLimitPerCustomer, 1);
    EXPECT_EQ(pushes(), 2) << "each is on its way to Salla";
}

TEST_P(CouponServiceTest, ACouponWithProblemsIsNeitherStoredNorSent)
{
    CouponDraft bad = welcome();
    bad.amount = 12000;
    bad.expiresAt = m_clock.nowUtc().addDays(-1);
    QList<CouponProblem> problems;
    auto created = CouponService(db(), m_a, m_clock).create(bad, &problems);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().messageKey, u"coupon.invalid"_s);
    EXPECT_EQ(problems.size(), 2);
    EXPECT_TRUE(CouponRepository(db(), m_a, m_clock).list()->isEmpty());
    EXPECT_EQ(pushes(), 0);
}

TEST_P(CouponServiceTest, ACampaignsCodesCannotBeRemadeByAnEdit)
{
    CouponDraft campaign = welcome();
    campaign.isGroup = true;
    campaign.groupCount = 100;
    campaign.groupName = u"عيد"_s;
    CouponService service(db(), m_a, m_clock);
    auto created = service.create(campaign, nullptr);
    ASSERT_TRUE(created);
    campaign.groupCount = 200;
    QList<CouponProblem> problems;
    EXPECT_FALSE(service.update(created->id, campaign, created->version, &problems));
    EXPECT_EQ(problems, (QList<CouponProblem>{{u"is_group"_s, u"coupon.group_fixed"_s}}));
}

NOMO_ON_BOTH_ENGINES(CouponServiceTest);
