#include "repositories/ChangeFeedRepository.h"
#include "repositories/FeatureRepository.h"
#include "support/TenantFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class FeatureRepositoryTest : public nomo::test::TenantFixture
{
};
} // namespace

TEST_P(FeatureRepositoryTest, ListsEveryFeatureOffBeforeAnyIsSaved)
{
    const auto features = FeatureRepository(db(), m_a, m_clock).list();
    ASSERT_TRUE(features);
    ASSERT_EQ(features->size(), 6);
    EXPECT_EQ(features->at(0).key, u"coupons"_s);
    for (const FeatureState &feature : *features) {
        EXPECT_FALSE(feature.enabled);
        EXPECT_EQ(feature.version, 0);
    }
}

TEST_P(FeatureRepositoryTest, SavesAndBumpsTheVersion)
{
    FeatureRepository repo(db(), m_a, m_clock);
    const auto saved = repo.save({u"visitor_counter"_s, true, {{u"min_visitors"_s, 5}}, 0, {}});
    ASSERT_TRUE(saved) << saved.error().toString().toStdString();
    EXPECT_EQ(saved->version, 1);
    FeatureState next = *saved;
    next.enabled = false;
    const auto again = repo.save(next);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->version, 2);
    const auto read = repo.get(u"visitor_counter"_s);
    EXPECT_FALSE(read->enabled);
    EXPECT_EQ(read->settings.value(u"min_visitors"_s).toInt(), 5);
}

TEST_P(FeatureRepositoryTest, RefusesAStaleVersion)
{
    FeatureRepository repo(db(), m_a, m_clock);
    const auto first = repo.save({u"coupons"_s, true, {}, 0, {}});
    ASSERT_TRUE(first);
    ASSERT_TRUE(repo.save(*first)); // version 2 now
    const auto stale = repo.save(*first);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    // A second "first save" is stale too.
    const auto duplicate = repo.save({u"coupons"_s, false, {}, 0, {}});
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::Conflict);
}

TEST_P(FeatureRepositoryTest, RefusesUnknownFeatures)
{
    const auto saved = FeatureRepository(db(), m_a, m_clock).save({u"bitcoin_miner"_s, true, {}, 0, {}});
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().code, ErrorCode::NotFound);
}

TEST_P(FeatureRepositoryTest, AppendsEachSaveToTheChangeFeed)
{
    FeatureRepository repo(db(), m_a, m_clock);
    ASSERT_TRUE(repo.save({u"latest_purchase"_s, true, {}, 0, {}}));
    const auto changes = ChangeFeedRepository(db(), m_a, m_clock).since(0, 10);
    ASSERT_TRUE(changes);
    ASSERT_EQ(changes->size(), 1);
    EXPECT_EQ(changes->at(0).entity, u"feature"_s);
    EXPECT_EQ(changes->at(0).entityId, u"latest_purchase"_s);
    EXPECT_TRUE(changes->at(0).payload.value(u"enabled"_s).toBool());
}

TEST_P(FeatureRepositoryTest, AnotherMerchantNeitherSeesNorChangesTheFeature)
{
    const auto mine = FeatureRepository(db(), m_a, m_clock).save({u"email_collector"_s, true, {{u"x"_s, 1}}, 0, {}});
    ASSERT_TRUE(mine);
    FeatureRepository theirs(db(), m_b, m_clock);
    const auto seen = theirs.get(u"email_collector"_s);
    ASSERT_TRUE(seen);
    EXPECT_FALSE(seen->enabled);
    EXPECT_EQ(seen->version, 0);
    // B writing "version 1" cannot land on A's row: B has no row at version 1.
    FeatureState attack = *mine;
    attack.enabled = false;
    const auto write = theirs.save(attack);
    ASSERT_FALSE(write);
    EXPECT_EQ(write.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(FeatureRepository(db(), m_a, m_clock).get(u"email_collector"_s)->enabled);
    EXPECT_TRUE(ChangeFeedRepository(db(), m_b, m_clock).since(0, 10)->isEmpty());
}

NOMO_ON_BOTH_ENGINES(FeatureRepositoryTest);
