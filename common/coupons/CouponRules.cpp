#include "coupons/CouponRules.h"

#include "core/Time.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nomo {

const QStringList &CouponRules::paymentMethods()
{
    static const QStringList methods{u"all"_s,  u"apple_pay"_s, u"bank"_s,          u"cod"_s,    u"credit_card"_s,
                                     u"knet"_s, u"mada"_s,      u"paypal"_s,        u"spotii_pay"_s, u"stc_pay"_s,
                                     u"tabby_installment"_s,    u"tamara_installment"_s};
    return methods;
}

QString CouponRules::describe(const QString &key)
{
    static const QHash<QString, QString> sentences{
        {u"coupon.code_missing"_s, u"a coupon needs a code"_s},
        {u"coupon.code_length"_s, u"a code has 3 to 30 characters"_s},
        {u"coupon.code_characters"_s, u"a code has only Latin letters, digits, dash and underscore"_s},
        {u"coupon.code_taken"_s, u"another coupon of this store has this code"_s},
        {u"coupon.amount_missing"_s, u"the discount must be more than zero"_s},
        {u"coupon.percentage_over_100"_s, u"a percentage cannot pass 100"_s},
        {u"coupon.fixed_over_minimum"_s, u"a fixed discount cannot pass the minimum purchase"_s},
        {u"coupon.negative"_s, u"the amount cannot be negative or zero"_s},
        {u"coupon.maximum_only_for_percentage"_s, u"a maximum discount caps percentages only"_s},
        {u"coupon.expiry_missing"_s, u"a coupon needs an expiry date"_s},
        {u"coupon.expiry_past"_s, u"the expiry must be after today"_s},
        {u"coupon.expiry_before_start"_s, u"the expiry must be after the start"_s},
        {u"coupon.limit_below_one"_s, u"a usage limit is at least one"_s},
        {u"coupon.per_customer_over_total"_s, u"the limit per customer cannot pass the total limit"_s},
        {u"coupon.domain_shape"_s, u"the e-mail domain looks like example.com"_s},
        {u"coupon.payment_method_unknown"_s, u"a payment method Salla does not know"_s},
        {u"coupon.id_shape"_s, u"ids are strings of digits"_s},
        {u"coupon.group_count"_s, u"a campaign has 1 to 10,000 codes"_s},
        {u"coupon.group_name_missing"_s, u"a campaign needs a name"_s},
        {u"coupon.field_shape"_s, u"this value has the wrong type or form"_s},
        {u"coupon.field_unknown"_s, u"Salla's coupon API has no such field"_s},
        {u"coupon.salla_refused"_s, u"Salla refused this value"_s},
        {u"coupon.group_fixed"_s, u"a campaign's codes are made once; make a new campaign instead"_s},
    };
    return sentences.value(key, key);
}

QList<CouponProblem> CouponRules::check(const CouponDraft &c, const QDateTime &now, const QSet<QString> &existingCodes)
{
    QList<CouponProblem> problems;
    auto problem = [&](const char16_t *field, const char16_t *key) {
        problems.append({QString::fromUtf16(field), QString::fromUtf16(key)});
    };

    // The code: letters, digits, dash and underscore travel through SMS, WhatsApp and
    // the storefront's box unchanged; one store, one coupon per code (any case).
    static const QRegularExpression codeShape(u"^[A-Za-z0-9_-]+$"_s);
    if (c.code.isEmpty())
        problem(u"code", u"coupon.code_missing");
    else if (c.code.size() < kMinCodeLength || c.code.size() > kMaxCodeLength)
        problem(u"code", u"coupon.code_length");
    else if (!codeShape.match(c.code).hasMatch())
        problem(u"code", u"coupon.code_characters");
    else if (existingCodes.contains(c.code.toUpper()))
        problem(u"code", u"coupon.code_taken");

    // The discount.
    if (c.amount <= 0)
        problem(u"amount", u"coupon.amount_missing");
    else if (c.type == CouponDraft::Type::Percentage && c.amount > 10000)
        problem(u"amount", u"coupon.percentage_over_100");
    else if (c.type == CouponDraft::Type::Fixed && c.minimumPurchase && c.minimumPurchase->halalas() > 0
             && c.amount > c.minimumPurchase->halalas())
        problem(u"amount", u"coupon.fixed_over_minimum");
    if (c.minimumPurchase && c.minimumPurchase->halalas() < 0)
        problem(u"minimum_amount", u"coupon.negative");
    if (c.maximumDiscount) {
        if (c.type != CouponDraft::Type::Percentage)
            problem(u"maximum_amount", u"coupon.maximum_only_for_percentage");
        else if (c.maximumDiscount->halalas() <= 0)
            problem(u"maximum_amount", u"coupon.negative");
    }

    // The dates: Salla wants an expiry after today and after the start.
    if (!c.expiresAt.isValid())
        problem(u"expiry_date", u"coupon.expiry_missing");
    else if (time::riyadhDay(c.expiresAt) <= time::riyadhDay(now))
        problem(u"expiry_date", u"coupon.expiry_past");
    else if (c.startsAt.isValid() && c.expiresAt <= c.startsAt)
        problem(u"expiry_date", u"coupon.expiry_before_start");

    // Usage.
    if (c.usageLimit && *c.usageLimit < 1)
        problem(u"usage_limit", u"coupon.limit_below_one");
    if (c.usageLimitPerCustomer) {
        if (*c.usageLimitPerCustomer < 1)
            problem(u"usage_limit_per_user", u"coupon.limit_below_one");
        else if (c.usageLimit && *c.usageLimit >= 1 && *c.usageLimitPerCustomer > *c.usageLimit)
            problem(u"usage_limit_per_user", u"coupon.per_customer_over_total");
    }

    // Who and what.
    static const QRegularExpression domainShape(u"^(?!-)[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"_s);
    if (!c.beneficiaryDomain.isEmpty() && !domainShape.match(c.beneficiaryDomain).hasMatch())
        problem(u"beneficiary_domain", u"coupon.domain_shape");
    for (const QString &method : c.paymentMethods)
        if (!paymentMethods().contains(method)) {
            problem(u"payment_methods", u"coupon.payment_method_unknown");
            break;
        }
    static const QRegularExpression id(u"^[0-9]+$"_s);
    const std::pair<const char16_t *, const QStringList *> lists[] = {
        {u"products_include", &c.includeProducts},      {u"products_exclude", &c.excludeProducts},
        {u"list_include_categories", &c.includeCategories}, {u"list_exclude_categories", &c.excludeCategories},
        {u"list_exclude_brands", &c.excludeBrands},     {u"list_include_groups", &c.includeCustomerGroups},
        {u"list_exclude_groups", &c.excludeCustomerGroups}, {u"list_exclude_shipping", &c.excludeShipping},
    };
    for (const auto &[field, values] : lists)
        for (const QString &value : *values)
            if (!id.match(value).hasMatch()) {
                problem(field, u"coupon.id_shape");
                break;
            }

    // A campaign.
    if (c.isGroup) {
        if (c.groupCount < 1 || c.groupCount > kMaxGroupCodes)
            problem(u"group_coupons_count", u"coupon.group_count");
        if (c.groupName.trimmed().isEmpty())
            problem(u"group_name", u"coupon.group_name_missing");
        if (!c.groupSuffix.isEmpty() && !codeShape.match(c.groupSuffix).hasMatch())
            problem(u"group_suffix", u"coupon.code_characters");
    }
    return problems;
}

} // namespace nomo
