// The token buckets behind the sign-in's limits, on a clock moved by hand.
#include "http/RateLimiter.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::RateLimiter;

namespace {

constexpr qint64 kMinute = 60 * 1000;

TEST(RateLimiter, GivesTheBurstThenRefusesUntilTokensRefill)
{
    qint64 now = 0;
    RateLimiter limiter({3, kMinute}, [&] { return now; });
    EXPECT_TRUE(limiter.take(u"a"_s));
    EXPECT_TRUE(limiter.take(u"a"_s));
    EXPECT_TRUE(limiter.take(u"a"_s));
    EXPECT_FALSE(limiter.take(u"a"_s));
    EXPECT_EQ(limiter.retryAfterSeconds(u"a"_s), 20); // one token every 20 s
    now += 19 * 1000;
    EXPECT_FALSE(limiter.take(u"a"_s));
    now += 1000;
    EXPECT_TRUE(limiter.take(u"a"_s));
    EXPECT_FALSE(limiter.take(u"a"_s));
}

TEST(RateLimiter, KeysAreIndependent)
{
    qint64 now = 0;
    RateLimiter limiter({1, kMinute}, [&] { return now; });
    EXPECT_TRUE(limiter.take(u"127.0.0.1"_s));
    EXPECT_FALSE(limiter.take(u"127.0.0.1"_s));
    EXPECT_TRUE(limiter.take(u"127.0.0.2"_s));
}

TEST(RateLimiter, NeverHoldsMoreThanTheBurstAfterALongSilence)
{
    qint64 now = 0;
    RateLimiter limiter({2, kMinute}, [&] { return now; });
    EXPECT_TRUE(limiter.take(u"a"_s));
    now += 24 * 60 * kMinute;
    EXPECT_TRUE(limiter.take(u"a"_s));
    EXPECT_TRUE(limiter.take(u"a"_s));
    EXPECT_FALSE(limiter.take(u"a"_s));
}

TEST(RateLimiter, StaysBoundedWhenEveryRequestHasANewKey)
{
    qint64 now = 0;
    RateLimiter limiter({1, kMinute}, [&] { return now; });
    for (int i = 0; i < RateLimiter::kMaxKeys + 10; ++i)
        limiter.take(QString::number(i));
    // Past the bound the busy keys were forgotten: memory stays bounded, and a key
    // seen long ago starts afresh.
    EXPECT_TRUE(limiter.take(u"0"_s));
}

} // namespace
