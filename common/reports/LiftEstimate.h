#pragma once

#include "domain/SalesDay.h"

namespace nomo {

// What holding a control group back shows about one tool over a period: revenue per
// shopper in each group, the difference, and its 95% confidence interval by Welch's
// t (unequal variances, Welch–Satterthwaite degrees of freedom). Per-shopper revenue
// is mostly zeros and a few orders; with the hundreds of shoppers a report needs
// before it says anything the mean's sampling is close enough to normal for it, and
// tests/common/LiftEstimateTest checks the interval's coverage on such data.
struct LiftEstimate
{
    enum class Verdict {
        NotYet, // too few shoppers, or the interval holds zero: no effect shown yet
        Raises, // the whole interval above zero
        Lowers  // the whole interval below zero
    };
    double treatedPerShopper = 0; // halalas
    double heldBackPerShopper = 0;
    double difference = 0; // treated − held back, halalas per shopper
    double low = 0;        // the 95% interval of the difference
    double high = 0;
    bool measurable = false; // both groups have at least kMinimumLiftShoppers
    Verdict verdict = Verdict::NotYet;
};

// Below this in either group nothing is said: a handful of held-back shoppers who
// happened to buy nothing would otherwise give a narrow interval and a false "raises".
inline constexpr qint64 kMinimumLiftShoppers = 30;

LiftEstimate estimateLift(const LiftGroup &treated, const LiftGroup &heldBack);

// The 0.975 quantile of Student's t with `degreesOfFreedom` (≥ 1; a fraction allowed):
// exact below 4, the Cornish–Fisher expansion above (within 0.001 of the tables there).
double studentT975(double degreesOfFreedom);

// Two groups added, their squares saturating rather than wrapping (a period of a very
// large store: the estimate then only widens).
LiftGroup operator+(const LiftGroup &a, const LiftGroup &b);

} // namespace nomo
