// Edits wait in the outbox with one idempotency key for life; the screen shows them
// over the server's copy until the daemon answers.
#include "cache/FeatureStore.h"
#include "cache/Outbox.h"
#include "support/CacheFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

using OutboxTest = CacheFixture;

TEST_F(OutboxTest, KeepsOneIdempotencyKeyAcrossAttemptsAndRestarts)
{
    Outbox outbox(cache());
    auto id = queueFeatureEdit(cache(), u"latest_purchase"_s, true, {{u"display_seconds"_s, 8}}, 2);
    ASSERT_TRUE(id.has_value());
    const QString key = outbox.head()->idempotencyKey;
    EXPECT_EQ(key.size(), 36); // a UUID
    ASSERT_TRUE(outbox.markAttempt(*id).has_value());
    ASSERT_TRUE(outbox.noteError(*id, u"connection refused"_s).has_value());
    reopen();
    Outbox again(cache());
    ASSERT_TRUE(again.head().has_value());
    EXPECT_EQ(again.head()->idempotencyKey, key);
    EXPECT_EQ(again.head()->attempts, 1);
    EXPECT_EQ(again.head()->ifMatch, u"2"_s);
}

TEST_F(OutboxTest, AnUnsentEditIsReplacedButOneInFlightIsNot)
{
    Outbox outbox(cache());
    auto first = queueFeatureEdit(cache(), u"coupons"_s, true, {}, 1);
    auto second = queueFeatureEdit(cache(), u"coupons"_s, false, {}, 1);
    EXPECT_EQ(*first, *second);
    EXPECT_EQ(outbox.count(), 1);
    ASSERT_TRUE(outbox.markAttempt(*first).has_value());
    auto third = queueFeatureEdit(cache(), u"coupons"_s, true, {}, 1);
    EXPECT_NE(*third, *first);
    EXPECT_EQ(outbox.count(), 2);
    EXPECT_FALSE(fromJson<FeatureEdit>(*outbox.pending()[0].body)->enabled); // untouched under its key
}

TEST_F(OutboxTest, QueuedEditIsShownOverTheServerCopyUntilDropped)
{
    FeatureStore features(cache());
    ASSERT_TRUE(features.saveServerCopy(featureState(u"notifications"_s, false, {}, 4)).has_value());
    Outbox outbox(cache());
    ASSERT_TRUE(queueFeatureEdit(cache(), u"notifications"_s, true, {{u"sms"_s, true}}, 4).has_value());
    FeatureRecord shown = features.effective(u"notifications"_s);
    EXPECT_TRUE(shown.enabled);
    EXPECT_TRUE(shown.pendingEdit);
    EXPECT_TRUE(shown.settings.value(u"sms"_s).toBool());
    ASSERT_TRUE(outbox.dropAll(outboxkind::Feature, u"notifications"_s).has_value());
    shown = features.effective(u"notifications"_s);
    EXPECT_FALSE(shown.enabled);
    EXPECT_FALSE(shown.pendingEdit);
}

TEST_F(OutboxTest, AllSixFeaturesAreListedInDashboardOrderEvenWhenNeverSaved)
{
    const QList<FeatureRecord> all = FeatureStore(cache()).all();
    ASSERT_EQ(all.size(), 6);
    EXPECT_EQ(all.first().key, u"coupons"_s);
    EXPECT_EQ(all.last().key, u"latest_purchase"_s);
    EXPECT_EQ(all.last().version, 0);
    EXPECT_EQ(all.last().settings.value(u"display_seconds"_s).toInt(), 6);
}
