// Salla's per-store leaky bucket as the daemon paces it (salla/SallaPacer.h).
#include "salla/SallaPacer.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace nomo;

namespace {
QMap<QByteArray, QByteArray> bucket(int limit, int remaining)
{
    return {{"x-ratelimit-limit", QByteArray::number(limit)}, {"x-ratelimit-remaining", QByteArray::number(remaining)}};
}
} // namespace

TEST(SallaPacer, NothingKnownMeansNoWait)
{
    ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()));
    SallaPacer pacer(clock);
    EXPECT_EQ(pacer.delayMs(7), 0);
}

TEST(SallaPacer, AnEmptyBucketWaitsForOneCallsWorthOfRefill)
{
    ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()));
    SallaPacer pacer(clock);
    pacer.sent(7);
    pacer.answered(7, 200, bucket(120, 0)); // 120 a minute: one call each 500 ms, one kept back
    EXPECT_EQ(pacer.delayMs(7), 1000);
    clock.advance(200);
    EXPECT_EQ(pacer.delayMs(7), 800);
    clock.advance(800);
    EXPECT_EQ(pacer.delayMs(7), 0);
    EXPECT_EQ(pacer.delayMs(8), 0) << "another store's bucket is its own";
}

TEST(SallaPacer, CallsInFlightCountAsSpent)
{
    ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()));
    SallaPacer pacer(clock);
    pacer.sent(7);
    pacer.answered(7, 200, bucket(120, 4));
    for (int i = 0; i < 3; ++i) {
        ASSERT_EQ(pacer.delayMs(7), 0) << i;
        pacer.sent(7);
    }
    EXPECT_EQ(pacer.delayMs(7), 500) << "three sent, none answered: the bucket is spent";
}

TEST(SallaPacer, ATooManyRequestsEmptiesTheBucketAndAnAnswerWithoutHeadersChangesNothing)
{
    ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()));
    SallaPacer pacer(clock);
    pacer.sent(7);
    pacer.answered(7, 200, bucket(60, 30));
    pacer.sent(7);
    pacer.answered(7, 429, bucket(60, 5));
    EXPECT_EQ(pacer.delayMs(7), 2000);
    pacer.sent(7);
    pacer.answered(7, 502, {});
    EXPECT_EQ(pacer.delayMs(7), 2000);
}

TEST(SallaPacer, AnOlderAnswerArrivingLateDoesNotRefillTheBucket)
{
    ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()));
    SallaPacer pacer(clock);
    pacer.sent(7);
    pacer.sent(7);
    pacer.answered(7, 200, bucket(60, 1)); // the newer call's answer
    pacer.answered(7, 200, bucket(60, 2)); // the older one's, late
    EXPECT_EQ(pacer.delayMs(7), 1000) << "1 left, not 2: one call and the reserve need a second of refill";
}
