#include "viewmodels/CouponWords.h"

#include "coupons/CouponRules.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nomo {

QString CouponWords::isolated(const QString &code)
{
    return u"\u2066"_s + code + u"\u2069"_s;
}

QString CouponWords::quoted(const QString &sallaWords)
{
    return u"«\u2067"_s + sallaWords + u"\u2069»"_s;
}

QString CouponWords::percent(qint64 hundredths, const QLocale &locale)
{
    const int decimals = hundredths % 100 == 0 ? 0 : hundredths % 10 == 0 ? 1 : 2;
    return locale.toString(static_cast<double>(hundredths) / 100.0, 'f', decimals) + locale.percent();
}

QString CouponWords::discount(const CouponDraft &terms, const QLocale &locale)
{
    QString words = terms.type == CouponDraft::Type::Percentage ? percent(terms.amount, locale)
                                                                : Money::fromHalalas(terms.amount).format(locale);
    if (terms.type == CouponDraft::Type::Percentage && terms.maximumDiscount && terms.maximumDiscount->halalas() > 0)
        //: %1: the percentage; %2: the most it takes off, in SAR
        words = tr("%1 up to %2").arg(words, terms.maximumDiscount->format(locale));
    if (terms.freeShipping)
        //: %1: the discount; free shipping comes with it
        words = tr("%1, free shipping").arg(words);
    return words;
}

QString CouponWords::problem(const QString &key, const QLocale &locale)
{
    if (key == u"coupon.code_missing")
        return tr("Type a code for the coupon.");
    if (key == u"coupon.code_length")
        return tr("A code has %1 to %2 characters.")
            .arg(locale.toString(CouponRules::kMinCodeLength), locale.toString(CouponRules::kMaxCodeLength));
    if (key == u"coupon.code_characters")
        return tr("Use only Latin letters, digits, - and _.");
    if (key == u"coupon.code_taken")
        return tr("Another coupon of your store has this code.");
    if (key == u"coupon.amount_missing")
        return tr("Type a discount above zero.");
    if (key == u"coupon.percentage_over_100")
        return tr("A percentage cannot be more than %1.").arg(percent(10000, locale));
    if (key == u"coupon.fixed_over_minimum")
        return tr("A fixed discount cannot be more than the minimum purchase.");
    if (key == u"coupon.negative")
        return tr("Type an amount above zero.");
    if (key == u"coupon.maximum_only_for_percentage")
        return tr("A maximum discount is for percentages only.");
    if (key == u"coupon.expiry_missing")
        return tr("Choose when the coupon expires.");
    if (key == u"coupon.expiry_past")
        return tr("Choose an expiry date after today.");
    if (key == u"coupon.expiry_before_start")
        return tr("Choose an expiry date after the start date.");
    if (key == u"coupon.limit_below_one")
        return tr("A limit is at least one use.");
    if (key == u"coupon.per_customer_over_total")
        return tr("The limit per customer cannot be more than the total limit.");
    if (key == u"coupon.domain_shape")
        return tr("Write the domain like %1.").arg(isolated(u"example.com"_s));
    if (key == u"coupon.payment_method_unknown")
        return tr("Salla does not know one of these payment methods.");
    if (key == u"coupon.id_shape")
        return tr("Type numbers separated by commas.");
    if (key == u"coupon.group_count")
        return tr("A campaign has %1 to %2 codes.")
            .arg(locale.toString(1), locale.toString(static_cast<qlonglong>(CouponRules::kMaxGroupCodes)));
    if (key == u"coupon.group_name_missing")
        return tr("Give the campaign a name.");
    if (key == u"coupon.field_unknown")
        return tr("This setting is not supported yet. Update Nomo Flow.");
    if (key == u"coupon.group_fixed")
        return tr("A campaign's codes are made once. Make a new campaign instead.");
    if (key == u"console.number")
        return tr("Type a number.");
    if (key == u"console.whole_number")
        return tr("Type a whole number.");
    if (key == u"coupon.salla_refused")
        return tr("Salla did not accept this value.");
    return tr("This value was not accepted.");
}

QString CouponWords::field(const QString &name)
{
    if (name == u"code")
        return tr("Coupon code");
    if (name == u"code_prefix")
        return tr("Code prefix");
    if (name == u"type")
        return tr("Discount type");
    if (name == u"amount")
        return tr("Discount");
    if (name == u"minimum_amount")
        return tr("Minimum purchase");
    if (name == u"maximum_amount")
        return tr("Maximum discount");
    if (name == u"start_date")
        return tr("Start date");
    if (name == u"expiry_date")
        return tr("Expiry date");
    if (name == u"usage_limit")
        return tr("Total uses");
    if (name == u"usage_limit_per_user")
        return tr("Uses per customer");
    if (name == u"beneficiary_domain")
        return tr("Customers' email domain");
    if (name == u"payment_methods")
        return tr("Payment methods");
    if (name == u"applied_in")
        return tr("Where it works");
    if (name == u"free_shipping")
        return tr("Free shipping");
    if (name == u"products_include")
        return tr("Only these products");
    if (name == u"products_exclude")
        return tr("Not these products");
    if (name == u"list_include_categories")
        return tr("Only these categories");
    if (name == u"list_exclude_categories")
        return tr("Not these categories");
    if (name == u"group_coupons_count")
        return tr("Number of codes");
    if (name == u"group_name")
        return tr("Campaign name");
    if (name == u"status")
        return tr("State");
    return tr("Another setting");
}

QString CouponWords::paymentMethod(const QString &name)
{
    if (name == u"mada")
        return tr("mada");
    if (name == u"credit_card")
        return tr("Credit card");
    if (name == u"apple_pay")
        return tr("Apple Pay");
    if (name == u"stc_pay")
        return tr("STC Pay");
    if (name == u"bank")
        return tr("Bank transfer");
    if (name == u"cod")
        return tr("Cash on delivery");
    if (name == u"tabby_installment")
        return tr("Tabby");
    if (name == u"tamara_installment")
        return tr("Tamara");
    if (name == u"paypal")
        return tr("PayPal");
    if (name == u"knet")
        return tr("KNET");
    if (name == u"spotii_pay")
        return tr("Spotii");
    return name;
}

QStringList CouponWords::sallaReasons(const QJsonObject &syncError, const QString &onlyField)
{
    QStringList reasons;
    const QJsonObject fields = syncError.value(u"fields"_s).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!onlyField.isEmpty() && it.key() != onlyField)
            continue;
        const QJsonValue words = it.value();
        if (words.isArray()) {
            for (const QJsonValue &word : words.toArray())
                if (!word.toString().trimmed().isEmpty())
                    reasons.append(word.toString().trimmed());
        } else if (!words.toString().trimmed().isEmpty()) {
            reasons.append(words.toString().trimmed());
        }
    }
    return reasons;
}

QString CouponWords::syncFailure(const QJsonObject &syncError)
{
    const QString key = syncError.value(u"key"_s).toString();
    if (key == u"salla.needs_reauth" || key == u"merchant.not_installed" || key.contains(u"forbidden"_s))
        return tr("Salla did not let Nomo Flow into your store. Renew the link to Nomo Flow from Salla's dashboard.");
    return tr("Salla did not accept this coupon.");
}

} // namespace nomo
