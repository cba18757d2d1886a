#include "db/Database.h"
#include "repositories/CouponRepository.h"
#include "repositories/MerchantRepository.h"
#include "support/TenantFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class MerchantRepositoryTest : public nomo::test::TenantFixture
{
};
} // namespace

TEST_P(MerchantRepositoryTest, UpsertRefreshesTheProfileAndKeepsTheStatus)
{
    MerchantRepository repo(db(), m_clock);
    ASSERT_TRUE(repo.setStatus(kMerchantA, Merchant::Status::NeedsReauth));
    Merchant profile;
    profile.id = kMerchantA;
    profile.name = u"متجر نورة"_s;
    profile.domain = u"https://salla.sa/noura-perfumes"_s;
    ASSERT_TRUE(repo.upsert(profile)); // status Pending: "no opinion"
    const auto read = repo.find(kMerchantA);
    ASSERT_TRUE(read && read->has_value());
    EXPECT_EQ((*read)->name, u"متجر نورة"_s);
    EXPECT_EQ((*read)->status, Merchant::Status::NeedsReauth);
}

TEST_P(MerchantRepositoryTest, PurgesOnlyAfterTheGracePeriodAndTakesEveryRow)
{
    MerchantRepository repo(db(), m_clock);
    CouponDraft coupon;
    coupon.code = u"BYE"_s;
    coupon.amount = 500;
    ASSERT_TRUE(CouponRepository(db(), m_a, m_clock).create(coupon));
    ASSERT_TRUE(db::exec(db(),
                         u"INSERT INTO events (merchant_id, delivery_key, event_type, body, received_at) "
                         "VALUES (:m, 'k1', 'order.created', :b, 0)"_s,
                         {{u"m"_s, kMerchantA}, {u"b"_s, QByteArray("{}")}}));

    ASSERT_TRUE(repo.markUninstalled(kMerchantA, m_clock.nowUtc().addDays(30)));
    EXPECT_TRUE(repo.duePurges()->isEmpty());
    m_clock.advance(31LL * 24 * 3600 * 1000);
    ASSERT_EQ(*repo.duePurges(), QList<qint64>{kMerchantA});
    ASSERT_TRUE(repo.purge(kMerchantA));

    EXPECT_FALSE(repo.find(kMerchantA)->has_value());
    for (const auto table : {"coupons", "changes", "events"}) {
        auto rows = db::exec(db(), u"SELECT COUNT(*) FROM %1 WHERE merchant_id = :m"_s.arg(QLatin1StringView(table)),
                             {{u"m"_s, kMerchantA}});
        ASSERT_TRUE(rows && rows->next());
        EXPECT_EQ(rows->value(0).toInt(), 0) << table;
    }
    EXPECT_TRUE(repo.find(kMerchantB)->has_value());
}

NOMO_ON_BOTH_ENGINES(MerchantRepositoryTest);
