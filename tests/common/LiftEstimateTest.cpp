// The lift estimate (common/reports/LiftEstimate) on simulated stores whose true effect
// is known, and the control group's draw (common/reports/Holdout) it stands on.
#include "reports/Holdout.h"
#include "reports/LiftEstimate.h"
#include "reports/SalesTotals.h"

#include <gtest/gtest.h>

#include <random>

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
// One store's experiment: `shoppers` come into a tool, the hash holds back its share,
// each buys with a chance (higher when treated) an order of a log-normal value
// around 300 SAR. The true difference per shopper is (pTreated − pHeld) × E[value].
// 40,000 shoppers in a period, 2,000 of them held back: with only a few dozen buyers
// in the held-back group the mostly-zero revenue is skewed enough that the interval
// holds about 93% instead of 95% (docs/attribution.md), too close to the 90% bar.
struct Experiment
{
    int shoppers = 40000;
    int percent = 5;
    double pTreated = 0.10;
    double pHeld = 0.08;
    double logMean = std::log(30000.0); // halalas
    double logSigma = 0.6;

    double trueDifference() const { return (pTreated - pHeld) * std::exp(logMean + logSigma * logSigma / 2); }

    std::pair<LiftGroup, LiftGroup> run(unsigned seed) const
    {
        std::mt19937_64 random(seed);
        std::uniform_real_distribution<double> coin(0, 1);
        std::lognormal_distribution<double> value(logMean, logSigma);
        LiftGroup treated, held;
        for (int i = 0; i < shoppers; ++i) {
            const QByteArray shopper = holdout::customerShopper(qint64(seed) * 1'000'000 + i);
            const bool isHeld = holdout::heldBack(42, u"abandoned_cart"_s, shopper, percent);
            const qint64 bought = coin(random) < (isHeld ? pHeld : pTreated) ? qint64(value(random)) : 0;
            LiftGroup &group = isHeld ? held : treated;
            group.shoppers += 1;
            group.revenue += bought;
            group.revenueSquares += bought * bought;
        }
        return {treated, held};
    }
};
} // namespace

TEST(LiftEstimate, TheIntervalHoldsAKnownEffectInAtLeastNineOfTenStores)
{
    const Experiment experiment;
    int covered = 0;
    for (unsigned seed = 1; seed <= 200; ++seed) {
        const auto [treated, held] = experiment.run(seed);
        const LiftEstimate estimate = estimateLift(treated, held);
        ASSERT_TRUE(estimate.measurable);
        covered += estimate.low <= experiment.trueDifference() && experiment.trueDifference() <= estimate.high;
    }
    RecordProperty("covered_of_200", covered);
    EXPECT_GE(covered, 180) << "a 95% interval";
    EXPECT_LE(covered, 199) << "an interval that always holds it is too wide to mean anything";
}

TEST(LiftEstimate, WithNoEffectTheIntervalHoldsZeroInAtLeastNineOfTenStores)
{
    Experiment experiment;
    experiment.pTreated = experiment.pHeld;
    int coversZero = 0;
    int saidNotYet = 0;
    for (unsigned seed = 1001; seed <= 1200; ++seed) {
        const auto [treated, held] = experiment.run(seed);
        const LiftEstimate estimate = estimateLift(treated, held);
        coversZero += estimate.low <= 0 && 0 <= estimate.high;
        saidNotYet += estimate.verdict == LiftEstimate::Verdict::NotYet;
    }
    RecordProperty("covers_zero_of_200", coversZero);
    EXPECT_GE(coversZero, 180);
    EXPECT_EQ(saidNotYet, coversZero) << "the verdict is the interval's";
}

TEST(LiftEstimate, ALargeStoreWithARealEffectIsToldItRaisesRevenue)
{
    Experiment experiment;
    experiment.shoppers = 40000;
    experiment.percent = 10;
    experiment.pTreated = 0.12;
    int raised = 0;
    for (unsigned seed = 5001; seed <= 5020; ++seed) {
        const auto [treated, held] = experiment.run(seed);
        raised += estimateLift(treated, held).verdict == LiftEstimate::Verdict::Raises;
    }
    RecordProperty("raised_of_20", raised);
    EXPECT_GE(raised, 18) << "4,000 held back against 36,000 with 4 points more buying";
}

TEST(LiftEstimate, TooFewOrNobodyBuyingIsNotYetAnything)
{
    EXPECT_FALSE(estimateLift(LiftGroup{100, 50000, 2500000000}, LiftGroup{1, 0, 0}).measurable);
    EXPECT_EQ(estimateLift(LiftGroup{100, 50000, 2500000000}, LiftGroup{1, 0, 0}).verdict, LiftEstimate::Verdict::NotYet);
    // Four held back who bought nothing: no variance of their own, and no evidence
    // either — the treated's alone would give a narrow interval above zero.
    const LiftGroup treated{400, 1400000, 49000000000}; // 40 of 400 bought, 350 SAR each
    EXPECT_EQ(estimateLift(treated, LiftGroup{4, 0, 0}).verdict, LiftEstimate::Verdict::NotYet);
    EXPECT_FALSE(estimateLift(treated, LiftGroup{29, 0, 0}).measurable);
    EXPECT_EQ(estimateLift(treated, LiftGroup{120, 0, 0}).verdict, LiftEstimate::Verdict::Raises) << "nobody of 120 is evidence";
    const LiftEstimate none = estimateLift(LiftGroup{500, 0, 0}, LiftGroup{30, 0, 0});
    EXPECT_TRUE(none.measurable);
    EXPECT_EQ(none.verdict, LiftEstimate::Verdict::NotYet);
    EXPECT_EQ(none.difference, 0);
}

TEST(LiftEstimate, StudentsQuantileMatchesTheTables)
{
    EXPECT_NEAR(studentT975(1), 12.706, 0.001);
    EXPECT_NEAR(studentT975(2), 4.303, 0.001);
    EXPECT_NEAR(studentT975(3), 3.182, 0.001);
    EXPECT_NEAR(studentT975(4), 2.776, 0.001);
    EXPECT_NEAR(studentT975(5), 2.571, 0.001);
    EXPECT_NEAR(studentT975(10), 2.228, 0.001);
    EXPECT_NEAR(studentT975(30), 2.042, 0.001);
    EXPECT_NEAR(studentT975(120), 1.980, 0.001);
    EXPECT_NEAR(studentT975(1e9), 1.960, 0.001);
}

TEST(LiftEstimate, APeriodsGroupsAreItsDaysAddedUp)
{
    SalesDay monday, tuesday;
    monday.lift = {ToolLift{u"latest_purchase"_s, LiftGroup{10, 1000, 200000}, LiftGroup{2, 0, 0}},
                   ToolLift{u"abandoned_cart"_s, LiftGroup{3, 300, 30000}, LiftGroup{1, 100, 10000}}};
    tuesday.lift = {ToolLift{u"abandoned_cart"_s, LiftGroup{4, 0, 0}, LiftGroup{1, 50, 2500}}};
    const SalesDay total = addUp({monday, tuesday});
    ASSERT_EQ(total.lift.size(), 2);
    EXPECT_EQ(total.lift.at(0).tool, u"abandoned_cart"_s) << "automations first";
    EXPECT_EQ(total.lift.at(0).treated, (LiftGroup{7, 300, 30000}));
    EXPECT_EQ(total.lift.at(0).heldBack, (LiftGroup{2, 150, 12500}));
    EXPECT_EQ(total.lift.at(1).treated, (LiftGroup{10, 1000, 200000}));
}

TEST(Holdout, TheShareHeldBackIsTheSettingsAndEachToolDrawsItsOwn)
{
    int abandoned = 0, welcome = 0, both = 0;
    for (qint64 customer = 1; customer <= 40000; ++customer) {
        const QByteArray shopper = holdout::customerShopper(customer);
        const bool a = holdout::heldBack(7, u"abandoned_cart"_s, shopper, 5);
        const bool w = holdout::heldBack(7, u"welcome"_s, shopper, 5);
        ASSERT_EQ(a, holdout::heldBack(7, u"abandoned_cart"_s, shopper, 5)) << "stable";
        abandoned += a;
        welcome += w;
        both += a && w;
    }
    // 2,000 of 40,000 expected at 5% (σ ≈ 44).
    EXPECT_NEAR(abandoned, 2000, 200);
    EXPECT_NEAR(welcome, 2000, 200);
    EXPECT_NEAR(both, 100, 40);
    EXPECT_FALSE(holdout::heldBack(7, u"welcome"_s, holdout::customerShopper(1), 0));
    EXPECT_FALSE(holdout::heldBack(7, u"welcome"_s, QByteArray(), 50)) << "an unknown shopper is never held back";
}
