#include "salla/SallaCoupons.h"

#include "core/Time.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nomo::salla {

namespace {

// Halalas as Salla's decimal SAR number: exact, since a halala count over 100 has at
// most two decimals and the shortest double text of it is that decimal.
QJsonValue sar(qint64 halalas)
{
    return QJsonValue(static_cast<double>(halalas) / 100.0);
}

QString riyadhText(const QDateTime &when)
{
    return when.toTimeZone(time::riyadh()).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QJsonArray strings(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

// Salla sends money as {amount, currency}, as a bare number, or null.
std::optional<Money> money(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    auto read = Money::fromSalla(value.isObject() ? value.toObject().value(u"amount"_s) : value);
    if (!read)
        return std::nullopt;
    return *read;
}

QStringList idList(const QJsonValue &value)
{
    QStringList ids;
    for (const QJsonValue &item : value.toArray())
        ids.append(item.isDouble() ? QString::number(item.toInteger()) : item.toString());
    return ids;
}

} // namespace

QJsonObject couponRequest(const CouponDraft &c)
{
    QJsonObject body{
        {u"code"_s, c.code},
        {u"type"_s, c.type == CouponDraft::Type::Percentage ? u"percentage"_s : u"fixed"_s},
        // A percentage is a plain number of percent (10 = 10 %); a fixed amount SAR.
        {u"amount"_s, c.type == CouponDraft::Type::Percentage ? QJsonValue(static_cast<double>(c.amount) / 100.0) : sar(c.amount)},
        {u"status"_s, c.active ? u"active"_s : u"inactive"_s},
        {u"expiry_date"_s, riyadhText(c.expiresAt)},
        {u"applied_in"_s, c.appliedIn == CouponDraft::AppliedIn::Web ? u"web"_s
                          : c.appliedIn == CouponDraft::AppliedIn::App ? u"app"_s
                                                                        : u"all"_s},
        {u"free_shipping"_s, c.freeShipping},
        {u"exclude_sale_products"_s, c.excludeSaleProducts},
        {u"is_apply_with_offer"_s, c.applyWithOffers},
        {u"show_maximum_amount"_s, c.showMaximumDiscount},
        {u"payment_methods"_s, strings(c.paymentMethods.isEmpty() ? QStringList{u"all"_s} : c.paymentMethods)},
    };
    if (c.startsAt.isValid())
        body.insert(u"start_date"_s, riyadhText(c.startsAt));
    if (c.minimumPurchase)
        body.insert(u"minimum_amount"_s, sar(c.minimumPurchase->halalas()));
    if (c.maximumDiscount)
        body.insert(u"maximum_amount"_s, sar(c.maximumDiscount->halalas()));
    if (c.usageLimit)
        body.insert(u"usage_limit"_s, *c.usageLimit);
    if (c.usageLimitPerCustomer)
        body.insert(u"usage_limit_per_user"_s, *c.usageLimitPerCustomer);
    if (!c.beneficiaryDomain.isEmpty())
        body.insert(u"beneficiary_domain"_s, c.beneficiaryDomain);
    const std::pair<const char16_t *, const QStringList *> lists[] = {
        {u"products_include", &c.includeProducts},      {u"products_exclude", &c.excludeProducts},
        {u"list_include_categories", &c.includeCategories}, {u"list_exclude_categories", &c.excludeCategories},
        {u"list_exclude_brands", &c.excludeBrands},     {u"list_include_groups", &c.includeCustomerGroups},
        {u"list_exclude_groups", &c.excludeCustomerGroups}, {u"list_exclude_shipping", &c.excludeShipping},
    };
    for (const auto &[name, values] : lists)
        if (!values->isEmpty())
            body.insert(QString::fromUtf16(name), strings(*values));
    if (c.isGroup) {
        body.insert(u"is_group"_s, true);
        body.insert(u"group_coupons_count"_s, c.groupCount);
        body.insert(u"group_suffix"_s, c.groupSuffix);
        body.insert(u"group_name"_s, c.groupName);
    }
    return body;
}

Result<SallaCoupon> readCoupon(const QJsonObject &d)
{
    SallaCoupon s;
    const QJsonValue id = d.value(u"id"_s);
    s.id = id.isDouble() ? id.toInteger() : id.toString().toLongLong();
    if (s.id <= 0)
        return fail(ErrorCode::ParseError, u"salla.coupon_shape"_s, u"coupon.id: expected a positive id"_s);
    CouponDraft &c = s.draft;
    c.code = d.value(u"code"_s).toString();
    const QString type = d.value(u"type"_s).toString().toLower();
    if (type != u"percentage" && type != u"fixed" && type != u"p" && type != u"f")
        return fail(ErrorCode::ParseError, u"salla.coupon_shape"_s, u"coupon.type: expected percentage or fixed"_s);
    c.type = type.startsWith(u'p') ? CouponDraft::Type::Percentage : CouponDraft::Type::Fixed;
    const std::optional<Money> amount = money(d.value(u"amount"_s));
    if (!amount)
        return fail(ErrorCode::ParseError, u"salla.coupon_shape"_s, u"coupon.amount: expected a number"_s);
    // The amount object says SAR even for a percentage; read as hundredths either way.
    c.amount = amount->halalas();
    c.minimumPurchase = money(d.value(u"minimum_amount"_s));
    c.maximumDiscount = money(d.value(u"maximum_amount"_s));
    c.showMaximumDiscount = d.value(u"show_maximum_amount"_s).toBool();
    c.freeShipping = d.value(u"free_shipping"_s).toBool();
    c.excludeSaleProducts = d.value(u"is_sale_products_exclude"_s).toBool();
    c.applyWithOffers = d.value(u"is_apply_with_offer"_s).toBool();
    if (auto start = time::parseSallaDate(d.value(u"start_date"_s)))
        c.startsAt = *start;
    if (auto expiry = time::parseSallaDate(d.value(u"expiry_date"_s)))
        c.expiresAt = *expiry;
    if (d.value(u"usage_limit"_s).isDouble())
        c.usageLimit = d.value(u"usage_limit"_s).toInteger();
    if (d.value(u"usage_limit_per_user"_s).isDouble())
        c.usageLimitPerCustomer = d.value(u"usage_limit_per_user"_s).toInteger();
    const QString applied = d.value(u"applied_in"_s).toString();
    c.appliedIn = applied == u"web" ? CouponDraft::AppliedIn::Web : applied == u"app" ? CouponDraft::AppliedIn::App : CouponDraft::AppliedIn::All;
    s.status = d.value(u"status"_s).toString(u"active"_s);
    c.active = s.status == u"active";
    c.beneficiaryDomain = d.value(u"beneficiary_domain"_s).toString();
    c.includeProducts = idList(d.value(u"include_product_ids"_s));
    c.excludeProducts = idList(d.value(u"exclude_product_ids"_s));
    c.includeCategories = idList(d.value(u"include_category_ids"_s));
    c.excludeCategories = idList(d.value(u"exclude_category_ids"_s));
    c.excludeBrands = idList(d.value(u"exclude_brands_ids"_s));
    c.includeCustomerGroups = idList(d.value(u"include_customer_group_ids"_s));
    c.excludeCustomerGroups = idList(d.value(u"exclude_customer_group_ids"_s));
    c.excludeShipping = idList(d.value(u"exclude_shipping_ids"_s));
    c.paymentMethods = idList(d.value(u"include_payment_methods"_s));
    if (c.paymentMethods == QStringList{u"all"_s})
        c.paymentMethods.clear();
    c.isGroup = d.value(u"is_group"_s).toBool();
    c.groupCount = d.value(u"group_coupons_count"_s).toInteger();
    c.groupSuffix = d.value(u"group_coupon_suffix"_s).toString();
    c.groupName = d.value(u"group_name"_s).toString();
    for (const QJsonValue &group : d.value(u"group_coupons"_s).toArray())
        s.groupCodes.append(group.isObject() ? group.toObject().value(u"code"_s).toString() : group.toString());
    const QJsonObject statistics = d.value(u"statistics"_s).toObject();
    s.uses = statistics.value(u"num_of_usage"_s).toInteger();
    s.customers = statistics.value(u"num_of_customers"_s).toInteger();
    s.sales = money(statistics.value(u"coupon_sales"_s)).value_or(Money());
    return s;
}

namespace {

// Hundredths from a JSON number or decimal string with at most two decimals: halalas
// of SAR, or hundredths of a percent. The shortest text of a double is the decimal
// that was written, so 10.05 reads as 1005 exactly and 10.005 is refused.
std::optional<qint64> hundredths(const QJsonValue &value)
{
    QString text;
    if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    else if (value.isString())
        text = value.toString().trimmed();
    else
        return std::nullopt;
    auto money = Money::parseDecimal(text);
    if (!money)
        return std::nullopt;
    return money->halalas();
}

std::optional<QDateTime> riyadhDate(const QJsonValue &value, bool endOfDay)
{
    const QString text = value.toString().trimmed();
    QDateTime when = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
    if (!when.isValid()) {
        const QDate day = QDate::fromString(text, u"yyyy-MM-dd"_s);
        if (!day.isValid())
            return std::nullopt;
        when = QDateTime(day, endOfDay ? QTime(23, 59, 59) : QTime(0, 0));
    }
    when.setTimeZone(time::riyadh());
    return when.toUTC();
}

} // namespace

QStringList changedFields(const CouponDraft &a, const CouponDraft &b)
{
    auto comparable = [](const CouponDraft &terms) {
        CouponDraft c = terms;
        c.code = c.code.toUpper();
        c.isGroup = false;
        c.groupCount = 0;
        c.groupSuffix.clear();
        c.groupName.clear();
        QJsonObject request = couponRequest(c);
        // Salla answers a day with or without its time; a minute is as fine as it goes.
        for (const QString &date : {u"start_date"_s, u"expiry_date"_s})
            if (request.contains(date))
                request[date] = request[date].toString().left(16);
        return request;
    };
    const QJsonObject left = comparable(a);
    const QJsonObject right = comparable(b);
    QStringList changed;
    QStringList names = left.keys() + right.keys();
    names.removeDuplicates();
    names.sort();
    for (const QString &name : std::as_const(names))
        if (left.value(name) != right.value(name))
            changed.append(name);
    return changed;
}

CouponDraft readCouponRequest(const QJsonObject &body, const CouponDraft &base, QList<CouponProblem> *problems,
                              const QStringList &readOnly)
{
    CouponDraft c = base;
    auto problem = [problems](const QString &field, const char16_t *key) {
        if (problems)
            problems->append({field, QString::fromUtf16(key)});
    };
    auto text = [&](const QString &name, QString *into) {
        const QJsonValue v = body.value(name);
        if (v.isNull())
            into->clear();
        else if (v.isString())
            *into = v.toString().trimmed();
        else
            problem(name, u"coupon.field_shape");
    };
    auto flag = [&](const QString &name, bool *into) {
        const QJsonValue v = body.value(name);
        if (v.isBool())
            *into = v.toBool();
        else
            problem(name, u"coupon.field_shape");
    };
    auto money = [&](const QString &name, std::optional<Money> *into) {
        const QJsonValue v = body.value(name);
        if (v.isNull())
            return into->reset();
        if (auto read = hundredths(v))
            *into = Money::fromHalalas(*read);
        else
            problem(name, u"coupon.field_shape");
    };
    auto count = [&](const QString &name, std::optional<qint64> *into) {
        const QJsonValue v = body.value(name);
        if (v.isNull())
            return into->reset();
        const double d = v.toDouble();
        if (v.isDouble() && d == std::floor(d) && std::abs(d) < 1e15)
            *into = static_cast<qint64>(d);
        else
            problem(name, u"coupon.field_shape");
    };
    auto ids = [&](const QString &name, QStringList *into) {
        const QJsonValue v = body.value(name);
        if (v.isNull())
            return into->clear();
        if (!v.isArray())
            return problem(name, u"coupon.field_shape");
        QStringList read;
        for (const QJsonValue &item : v.toArray()) {
            if (item.isString())
                read.append(item.toString().trimmed());
            else if (item.isDouble() && item.toDouble() == std::floor(item.toDouble()))
                read.append(QString::number(item.toInteger())); // Salla wants strings; a number means the same id
            else
                return problem(name, u"coupon.field_shape");
        }
        *into = read;
    };

    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString name = it.key();
        if (name == u"code")
            text(name, &c.code);
        else if (name == u"type") {
            const QString type = it.value().toString().toLower();
            if (type == u"percentage" || type == u"p")
                c.type = CouponDraft::Type::Percentage;
            else if (type == u"fixed" || type == u"f")
                c.type = CouponDraft::Type::Fixed;
            else
                problem(name, u"coupon.field_shape");
        } else if (name == u"amount") {
            if (auto read = hundredths(it.value()))
                c.amount = *read;
            else
                problem(name, u"coupon.field_shape");
        } else if (name == u"status") {
            const QString status = it.value().toString();
            if (status == u"active" || status == u"inactive")
                c.active = status == u"active";
            else
                problem(name, u"coupon.field_shape");
        } else if (name == u"start_date" || name == u"expiry_date") {
            QDateTime &into = name == u"start_date" ? c.startsAt : c.expiresAt;
            if (it.value().isNull() || it.value().toString().isEmpty())
                into = QDateTime();
            else if (auto when = riyadhDate(it.value(), name == u"expiry_date"))
                into = *when;
            else
                problem(name, u"coupon.field_shape");
        } else if (name == u"applied_in") {
            const QString applied = it.value().toString();
            if (applied == u"all" || applied == u"web" || applied == u"app")
                c.appliedIn = applied == u"web" ? CouponDraft::AppliedIn::Web
                            : applied == u"app" ? CouponDraft::AppliedIn::App
                                                : CouponDraft::AppliedIn::All;
            else
                problem(name, u"coupon.field_shape");
        } else if (name == u"minimum_amount")
            money(name, &c.minimumPurchase);
        else if (name == u"maximum_amount")
            money(name, &c.maximumDiscount);
        else if (name == u"usage_limit")
            count(name, &c.usageLimit);
        else if (name == u"usage_limit_per_user")
            count(name, &c.usageLimitPerCustomer);
        else if (name == u"free_shipping")
            flag(name, &c.freeShipping);
        else if (name == u"exclude_sale_products")
            flag(name, &c.excludeSaleProducts);
        else if (name == u"is_apply_with_offer")
            flag(name, &c.applyWithOffers);
        else if (name == u"show_maximum_amount")
            flag(name, &c.showMaximumDiscount);
        else if (name == u"beneficiary_domain")
            text(name, &c.beneficiaryDomain);
        else if (name == u"products_include")
            ids(name, &c.includeProducts);
        else if (name == u"products_exclude")
            ids(name, &c.excludeProducts);
        else if (name == u"list_include_categories")
            ids(name, &c.includeCategories);
        else if (name == u"list_exclude_categories")
            ids(name, &c.excludeCategories);
        else if (name == u"list_exclude_brands")
            ids(name, &c.excludeBrands);
        else if (name == u"list_include_groups")
            ids(name, &c.includeCustomerGroups);
        else if (name == u"list_exclude_groups")
            ids(name, &c.excludeCustomerGroups);
        else if (name == u"list_exclude_shipping")
            ids(name, &c.excludeShipping);
        else if (name == u"payment_methods") {
            ids(name, &c.paymentMethods);
            if (c.paymentMethods == QStringList{u"all"_s})
                c.paymentMethods.clear();
        } else if (name == u"is_group")
            flag(name, &c.isGroup);
        else if (name == u"group_coupons_count") {
            std::optional<qint64> groupCount = c.groupCount;
            count(name, &groupCount);
            c.groupCount = groupCount.value_or(0);
        } else if (name == u"group_suffix")
            text(name, &c.groupSuffix);
        else if (name == u"group_name")
            text(name, &c.groupName);
        else if (!readOnly.contains(name))
            problem(name, u"coupon.field_unknown");
    }
    return c;
}

} // namespace nomo::salla
