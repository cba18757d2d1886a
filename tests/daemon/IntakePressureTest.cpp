// When the worker should leave the cores to the webhook intake: while the intake's
// groups, the deliveries that waited on one commit, have lately been large — not for
// one large group, not for a stream of small ones, and not once the groups stop.
#include "webhooks/IntakePressure.h"

#include <gtest/gtest.h>

using namespace nomo;
using namespace std::chrono_literals;

namespace {
const IntakePressure::Clock::time_point kStart = IntakePressure::Clock::time_point(1000s);
}

TEST(IntakePressure, LowUntilAnyGroupHasCome)
{
    const IntakePressure pressure;
    EXPECT_FALSE(pressure.high(kStart));
}

TEST(IntakePressure, ASteadyStreamOfSmallGroupsKeepsItLow)
{
    IntakePressure pressure(12, 50ms);
    auto now = kStart;
    for (int i = 0; i < 1000; ++i, now += 1ms) {
        pressure.group(1 + i % 5, now);
        ASSERT_FALSE(pressure.high(now)) << "group " << i;
    }
}

TEST(IntakePressure, OneLargeGroupAloneIsNoQueue)
{
    IntakePressure pressure(12, 50ms);
    auto now = kStart;
    for (int i = 0; i < 20; ++i, now += 1ms)
        pressure.group(2, now);
    pressure.group(40, now);
    EXPECT_FALSE(pressure.high(now));
}

TEST(IntakePressure, LargeGroupsOneAfterAnotherMakeItHighUntilTheyStop)
{
    IntakePressure pressure(12, 50ms);
    auto now = kStart;
    int groups = 0;
    while (!pressure.high(now) && groups < 10) {
        pressure.group(25, now);
        now += 3ms;
        ++groups;
    }
    EXPECT_TRUE(pressure.high(now));
    EXPECT_GT(groups, 1) << "a few large groups in a row, not the first alone";
    EXPECT_TRUE(pressure.high(now + 40ms)) << "between groups of a burst it stays high";
    EXPECT_FALSE(pressure.high(now + 50ms)) << "no group for a while: the burst is over";
}

TEST(IntakePressure, SmallGroupsAfterABurstBringItDown)
{
    IntakePressure pressure(12, 50ms);
    auto now = kStart;
    for (int i = 0; i < 20; ++i, now += 3ms)
        pressure.group(25, now);
    ASSERT_TRUE(pressure.high(now));
    int groups = 0;
    while (pressure.high(now) && groups < 20) {
        pressure.group(1, now);
        now += 1ms;
        ++groups;
    }
    EXPECT_FALSE(pressure.high(now));
    EXPECT_LT(groups, 10) << "the mean follows the last few groups";
}
