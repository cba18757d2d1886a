#include "reports/LiftEstimate.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace nomo {

namespace {
qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return sum;
}

// A group's mean and the variance of its shoppers' revenue (n − 1 in the divisor).
std::pair<double, double> meanAndVariance(const LiftGroup &group)
{
    const double n = double(group.shoppers);
    const double mean = double(group.revenue) / n;
    const double squares = double(group.revenueSquares) - double(group.revenue) * mean;
    return {mean, std::max(0.0, squares / (n - 1))};
}
} // namespace

LiftGroup operator+(const LiftGroup &a, const LiftGroup &b)
{
    LiftGroup sum;
    sum.shoppers = a.shoppers + b.shoppers;
    sum.revenue = a.revenue + b.revenue;
    sum.revenueSquares = saturatingAdd(a.revenueSquares, b.revenueSquares);
    return sum;
}

double studentT975(double df)
{
    df = std::max(1.0, df);
    // Below four the expansion is poor: the exact values at one, two and three degrees
    // (tan(0.475π), 0.95 / √(2 · 0.975 · 0.025), the tables' 3.182446), each used up to
    // the next whole degree, which only widens the interval.
    if (df < 2)
        return std::tan(std::numbers::pi * 0.475);
    if (df < 3)
        return 0.95 / std::sqrt(2 * 0.975 * 0.025);
    if (df < 4)
        return 3.182446305284263;
    const double z = 1.959963984540054; // the normal's 0.975 quantile
    const double z2 = z * z, z3 = z2 * z, z5 = z3 * z2, z7 = z5 * z2, z9 = z7 * z2;
    return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df)
        + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df * df * df)
        + (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df * df * df * df);
}

LiftEstimate estimateLift(const LiftGroup &treated, const LiftGroup &heldBack)
{
    LiftEstimate estimate;
    if (treated.shoppers > 0)
        estimate.treatedPerShopper = double(treated.revenue) / double(treated.shoppers);
    if (heldBack.shoppers > 0)
        estimate.heldBackPerShopper = double(heldBack.revenue) / double(heldBack.shoppers);
    estimate.difference = estimate.treatedPerShopper - estimate.heldBackPerShopper;
    estimate.low = estimate.high = estimate.difference;
    if (treated.shoppers < kMinimumLiftShoppers || heldBack.shoppers < kMinimumLiftShoppers)
        return estimate;
    estimate.measurable = true;
    const auto [meanT, varT] = meanAndVariance(treated);
    const auto [meanH, varH] = meanAndVariance(heldBack);
    const double a = varT / double(treated.shoppers), b = varH / double(heldBack.shoppers);
    const double se = std::sqrt(a + b);
    if (!(se > 0)) // nobody in either group bought, or all bought the same: nothing to tell apart
        return estimate;
    const double df = (a + b) * (a + b) / (a * a / double(treated.shoppers - 1) + b * b / double(heldBack.shoppers - 1));
    const double margin = studentT975(df) * se;
    estimate.low = estimate.difference - margin;
    estimate.high = estimate.difference + margin;
    if (estimate.low > 0)
        estimate.verdict = LiftEstimate::Verdict::Raises;
    else if (estimate.high < 0)
        estimate.verdict = LiftEstimate::Verdict::Lowers;
    return estimate;
}

} // namespace nomo
