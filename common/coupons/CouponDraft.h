#pragma once

#include "money/Money.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace nomo {

// A coupon as the merchant sets it up: every fact Salla's coupon API takes
// (shared/salla/REFERENCE.md §3.4), in our units (halalas, hundredths of a percent,
// UTC times). One copy for the console's editor and the daemon's push.
struct CouponDraft
{
    enum class Type { Percentage, Fixed };
    enum class AppliedIn { All, Web, App };

    QString code;
    Type type = Type::Percentage;
    // Percentage: hundredths of a percent (1000 = 10 %). Fixed: halalas.
    qint64 amount = 0;
    std::optional<Money> minimumPurchase; // minimum_amount
    std::optional<Money> maximumDiscount; // maximum_amount: the cap of a percentage
    bool showMaximumDiscount = false;
    bool freeShipping = false;
    bool excludeSaleProducts = false;
    bool applyWithOffers = false; // is_apply_with_offer
    QDateTime startsAt;           // invalid: from now
    QDateTime expiresAt;          // required by Salla
    std::optional<qint64> usageLimit;
    std::optional<qint64> usageLimitPerCustomer;
    AppliedIn appliedIn = AppliedIn::All;
    bool active = true;
    QString beneficiaryDomain; // only shoppers with an email at this domain
    QStringList includeProducts, excludeProducts;
    QStringList includeCategories, excludeCategories;
    QStringList excludeBrands;
    QStringList includeCustomerGroups, excludeCustomerGroups;
    QStringList excludeShipping;
    QStringList paymentMethods; // empty: all

    // A group (campaign): Salla makes `groupCount` one-use codes from `code`.
    bool isGroup = false;
    qint64 groupCount = 0;
    QString groupSuffix;
    QString groupName;
};

} // namespace nomo
