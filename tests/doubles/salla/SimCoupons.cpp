#include "SimCoupons.h"

#include "SimData.h"

#include "core/Time.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nomo::sim {

namespace {

// The slugs Salla accepts in payment_methods (REFERENCE.md §3.4).
const QStringList kPaymentMethods = {u"all"_s,         u"apple_pay"_s, u"bank"_s,    u"cod"_s,
                                     u"credit_card"_s, u"knet"_s,      u"mada"_s,    u"paypal"_s,
                                     u"spotii_pay"_s,  u"stc_pay"_s,   u"tabby_installment"_s,
                                     u"tamara_installment"_s};

// Id lists: the request's name, then the answer's (they differ, REFERENCE.md §3.4).
const std::pair<QString, QString> kIdLists[] = {
    {u"products_include"_s, u"include_product_ids"_s},
    {u"products_exclude"_s, u"exclude_product_ids"_s},
    {u"list_include_categories"_s, u"include_category_ids"_s},
    {u"list_exclude_categories"_s, u"exclude_category_ids"_s},
    {u"list_exclude_brands"_s, u"exclude_brands_ids"_s},
    {u"list_include_groups"_s, u"include_customer_group_ids"_s},
    {u"list_exclude_groups"_s, u"exclude_customer_group_ids"_s},
    {u"list_exclude_shipping"_s, u"exclude_shipping_ids"_s},
};

// Group codes are the coupon's code and this many capitals/digits: 36^6 tails, so a
// 10,000-code group rarely draws a taken one (and simply draws again).
constexpr int kGroupTailLength = 6;

bool isStringArray(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &item) { return item.isString(); });
}

bool isWhole(const QJsonValue &value)
{
    const double number = value.toDouble();
    return value.isDouble() && std::trunc(number) == number && std::abs(number) < 1e15;
}

// Salla reads "YYYY-MM-DD" and "YYYY-MM-DD HH:MM:SS", in Riyadh time.
QDateTime readDate(const QJsonValue &value)
{
    const QString text = value.toString();
    QDateTime parsed = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
    if (!parsed.isValid())
        parsed = QDateTime(QDate::fromString(text, u"yyyy-MM-dd"_s), QTime(0, 0));
    if (parsed.isValid())
        parsed.setTimeZone(time::riyadh());
    return parsed;
}

// It answers dates in the long form whichever was sent.
QString answerDate(const QString &value)
{
    return value.size() == 10 ? value + u" 00:00:00"_s : value;
}

// Aliases Salla accepts (Percentage, p, F, ...) to its two answer values.
QString typeOf(const QJsonValue &value)
{
    const QString raw = value.toString().toLower();
    return raw == u"p" ? u"percentage"_s : raw == u"f" ? u"fixed"_s : raw;
}

QJsonObject sar(double amount)
{
    return {{u"amount"_s, amount}, {u"currency"_s, u"SAR"_s}};
}

// Every code the store's coupons answer to, group codes included, case-folded:
// Salla refuses a code that differs from another only in case.
QSet<QString> takenCodes(const SimStore &store, qint64 exceptId)
{
    QSet<QString> codes;
    for (const QJsonObject &coupon : store.coupons) {
        if (coupon[u"id"_s].toInteger() == exceptId)
            continue;
        codes.insert(coupon[u"code"_s].toString().toCaseFolded());
        for (const QJsonValue &member : coupon[u"group_coupons"_s].toArray())
            codes.insert(member[u"code"_s].toString().toCaseFolded());
    }
    return codes;
}

} // namespace

SimCoupons::SimCoupons(SimData &data, const SimClock &clock)
    : m_data(data)
    , m_clock(clock)
{
}

QJsonObject SimCoupons::problems(const SimStore &store, const QJsonObject &request, const QJsonObject *existing,
                                 Checks checks) const
{
    const bool rules = checks == Checks::Salla;
    QJsonObject fields;
    auto add = [&fields](const QString &field, const QString &message) {
        QJsonArray list = fields[field].toArray();
        list.append(message);
        fields[field] = list;
    };
    auto present = [&](const QString &field) { return request.contains(field) && !request[field].isNull(); };
    auto stored = [&](const QString &field) { return existing ? existing->value(field) : QJsonValue(); };

    // On create every required field must be there; on update, what is sent must be valid.
    for (const QString &field :
         {u"code"_s, u"type"_s, u"amount"_s, u"free_shipping"_s, u"expiry_date"_s, u"exclude_sale_products"_s}) {
        if (rules && !existing && !present(field))
            add(field, u"حقل %1 مطلوب."_s.arg(field));
    }
    if (present(u"code"_s)) {
        const QString code = request[u"code"_s].toString().trimmed();
        if (!request[u"code"_s].isString() || (rules && (code.isEmpty() || code.size() > 30)))
            add(u"code"_s, u"يجب أن يكون رمز الكوبون نصًا من 1 إلى 30 حرفًا"_s);
        else if (rules && takenCodes(store, existing ? (*existing)[u"id"_s].toInteger() : 0).contains(code.toCaseFolded()))
            add(u"code"_s, u"لقد قمت بتسجيل كوبون بنفس الاسم من قبل"_s);
    }
    QString type = typeOf(stored(u"type"_s));
    if (present(u"type"_s)) {
        type = typeOf(request[u"type"_s]);
        if (!request[u"type"_s].isString() || (rules && type != u"percentage" && type != u"fixed"))
            add(u"type"_s, u"نوع الكوبون يجب أن يكون percentage أو fixed"_s);
    }
    if (present(u"amount"_s)) {
        const QJsonValue amount = request[u"amount"_s];
        if (!amount.isDouble() || (rules && amount.toDouble() <= 0))
            add(u"amount"_s, u"يجب أن تكون قيمة الخصم رقمًا أكبر من صفر"_s);
        else if (rules && type == u"percentage" && amount.toDouble() > 100)
            add(u"amount"_s, u"نسبة الخصم يجب ألا تتجاوز 100"_s);
    }
    for (const QString &field :
         {u"free_shipping"_s, u"exclude_sale_products"_s, u"show_maximum_amount"_s, u"is_apply_with_offer"_s, u"is_group"_s}) {
        if (present(field) && !request[field].isBool())
            add(field, u"حقل %1 يجب أن يكون true أو false"_s.arg(field));
    }
    for (const QString &field : {u"minimum_amount"_s, u"maximum_amount"_s, u"usage_limit"_s, u"usage_limit_per_user"_s}) {
        if (!present(field))
            continue;
        const QJsonValue value = request[field];
        if (!value.isDouble() || (rules && value.toDouble() < 0)) {
            add(field, u"حقل %1 يجب أن يكون رقمًا موجبًا"_s.arg(field));
            continue;
        }
        // A limit counts uses: a fraction cannot be stored, and Salla refuses zero.
        if (field.startsWith(u"usage_limit"_s) && (!isWhole(value) || (rules && value.toDouble() < 1)))
            add(field, u"حقل %1 يجب أن يكون عددًا صحيحًا أكبر من صفر"_s.arg(field));
    }

    // Dates: an update that moves one of them is checked against the other as stored.
    const QDateTime start = readDate(present(u"start_date"_s) ? request[u"start_date"_s] : stored(u"start_date"_s));
    if (present(u"start_date"_s) && !start.isValid())
        add(u"start_date"_s, u"صيغة تاريخ البداية غير صحيحة"_s);
    if (present(u"expiry_date"_s)) {
        const QDateTime expiry = readDate(request[u"expiry_date"_s]);
        if (!expiry.isValid())
            add(u"expiry_date"_s, u"صيغة تاريخ الانتهاء غير صحيحة"_s);
        else if (rules && expiry.toTimeZone(time::riyadh()).date() <= m_clock.now().toTimeZone(time::riyadh()).date())
            add(u"expiry_date"_s, u"يجب أن يقع تاريخ انتهاء الكوبون فيما بعد تاريخ اليوم"_s);
        else if (rules && start.isValid() && expiry <= start)
            add(u"expiry_date"_s, u"يجب أن يقع تاريخ انتهاء الكوبون بعد تاريخ البداية"_s);
    } else if (rules && present(u"start_date"_s) && start.isValid()) {
        const QDateTime expiry = readDate(stored(u"expiry_date"_s));
        if (expiry.isValid() && expiry <= start)
            add(u"expiry_date"_s, u"يجب أن يقع تاريخ انتهاء الكوبون بعد تاريخ البداية"_s);
    }

    if (present(u"status"_s)
        && (!request[u"status"_s].isString()
            || (rules && !QStringList{u"active"_s, u"inactive"_s}.contains(request[u"status"_s].toString()))))
        add(u"status"_s, u"حالة الكوبون يجب أن تكون active أو inactive"_s);
    if (present(u"applied_in"_s)
        && (!request[u"applied_in"_s].isString()
            || (rules && !QStringList{u"all"_s, u"web"_s, u"app"_s}.contains(request[u"applied_in"_s].toString()))))
        add(u"applied_in"_s, u"قيمة applied_in غير صحيحة"_s);

    // Who and what the coupon is for.
    static const QRegularExpression domain(u"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"_s);
    if (present(u"beneficiary_domain"_s)
        && (!request[u"beneficiary_domain"_s].isString()
            || (rules && !domain.match(request[u"beneficiary_domain"_s].toString()).hasMatch())))
        add(u"beneficiary_domain"_s, u"صيغة النطاق غير صحيحة، مثال: example.com"_s);
    for (const auto &[name, answerName] : kIdLists) {
        if (present(name) && !isStringArray(request[name]))
            add(name, u"حقل %1 يجب أن يكون مصفوفة من النصوص"_s.arg(name));
    }
    if (present(u"payment_methods"_s)) {
        if (!isStringArray(request[u"payment_methods"_s])) {
            add(u"payment_methods"_s, u"حقل payment_methods يجب أن يكون مصفوفة من النصوص"_s);
        } else if (rules) {
            for (const QJsonValue &method : request[u"payment_methods"_s].toArray()) {
                if (!kPaymentMethods.contains(method.toString()))
                    add(u"payment_methods"_s, u"طريقة الدفع %1 غير مدعومة"_s.arg(method.toString()));
            }
        }
    }

    // A group: its count is needed to make its codes, whoever edits it.
    for (const QString &field : {u"group_name"_s, u"group_suffix"_s}) {
        if (present(field) && !request[field].isString())
            add(field, u"حقل %1 يجب أن يكون نصًا"_s.arg(field));
    }
    const QString countMessage = u"عدد كوبونات المجموعة يجب أن يكون عددًا صحيحًا من 1 إلى %1"_s.arg(kMaxGroupCodes);
    if (present(u"group_coupons_count"_s) && !isWhole(request[u"group_coupons_count"_s]))
        add(u"group_coupons_count"_s, countMessage);
    const bool group = present(u"is_group"_s) ? request[u"is_group"_s].toBool() : stored(u"is_group"_s).toBool();
    if (group) {
        const QJsonValue count =
            present(u"group_coupons_count"_s) ? request[u"group_coupons_count"_s] : stored(u"group_coupons_count"_s);
        if (count.isNull() || count.isUndefined())
            add(u"group_coupons_count"_s, u"حقل group_coupons_count مطلوب."_s);
        else if (isWhole(count) && (count.toDouble() < 1 || count.toDouble() > kMaxGroupCodes))
            add(u"group_coupons_count"_s, countMessage);
        const QJsonValue name = present(u"group_name"_s) ? request[u"group_name"_s] : stored(u"group_name"_s);
        if (rules && name.toString().trimmed().isEmpty())
            add(u"group_name"_s, u"حقل group_name مطلوب."_s);
    }
    return fields;
}

QJsonObject SimCoupons::create(SimStore &store, const QJsonObject &request)
{
    // Salla's answer to the fixture's request is the template: every key it answers
    // with, its values reset to a fresh coupon's.
    QJsonObject coupon = SimData::fixture(u"coupon_create_response.json"_s)[u"data"_s].toObject();
    const qint64 id = m_data.nextId();
    coupon[u"id"_s] = id;
    coupon[u"status"_s] = u"active"_s;
    coupon[u"minimum_amount"_s] = QJsonValue::Null;
    coupon[u"maximum_amount"_s] = QJsonValue::Null;
    coupon[u"show_maximum_amount"_s] = false;
    coupon[u"is_apply_with_offer"_s] = false;
    coupon[u"usage_limit"_s] = QJsonValue::Null;
    coupon[u"usage_limit_per_user"_s] = QJsonValue::Null;
    for (const auto &[name, answerName] : kIdLists)
        coupon[answerName] = QJsonArray();
    coupon[u"include_customer_ids"_s] = QJsonArray();
    coupon[u"include_payment_methods"_s] = QJsonArray{u"all"_s};
    coupon[u"applied_in"_s] = u"all"_s;
    coupon[u"beneficiary_domain"_s] = QJsonValue::Null;
    coupon[u"statistics"_s] =
        QJsonObject{{u"num_of_usage"_s, 0}, {u"num_of_customers"_s, 0}, {u"coupon_sales"_s, SimData::money(0)}};
    coupon[u"created_at"_s] = m_data.phpDate(m_clock.now());
    coupon[u"start_date"_s] = m_data.plainDate(m_clock.now());
    store.coupons.insert(id, coupon);
    return update(store, id, request);
}

QJsonObject SimCoupons::update(SimStore &store, qint64 id, const QJsonObject &request)
{
    QJsonObject coupon = store.coupons.value(id);
    auto sent = [&](const QString &field) { return request.contains(field); };
    auto has = [&](const QString &field) { return sent(field) && !request[field].isNull(); };
    auto orNull = [&](const QString &field, const QJsonValue &value) { return has(field) ? value : QJsonValue(QJsonValue::Null); };

    if (has(u"code"_s))
        coupon[u"code"_s] = request[u"code"_s].toString().trimmed();
    if (has(u"type"_s))
        coupon[u"type"_s] = typeOf(request[u"type"_s]);
    if (has(u"amount"_s))
        coupon[u"amount"_s] = sar(request[u"amount"_s].toDouble());
    for (const QString &field : {u"minimum_amount"_s, u"maximum_amount"_s}) {
        if (sent(field))
            coupon[field] = orNull(field, sar(request[field].toDouble()));
    }
    for (const QString &field : {u"usage_limit"_s, u"usage_limit_per_user"_s}) {
        if (sent(field))
            coupon[field] = orNull(field, request[field].toInteger());
    }
    if (sent(u"beneficiary_domain"_s))
        coupon[u"beneficiary_domain"_s] = orNull(u"beneficiary_domain"_s, request[u"beneficiary_domain"_s]);
    for (const QString &field :
         {u"status"_s, u"applied_in"_s, u"free_shipping"_s, u"show_maximum_amount"_s, u"is_apply_with_offer"_s}) {
        if (has(field))
            coupon[field] = request[field];
    }
    if (has(u"exclude_sale_products"_s))
        coupon[u"is_sale_products_exclude"_s] = request[u"exclude_sale_products"_s];
    for (const auto &[name, answerName] : kIdLists) {
        if (has(name))
            coupon[answerName] = request[name];
    }
    if (has(u"payment_methods"_s)) {
        const QJsonArray methods = request[u"payment_methods"_s].toArray();
        coupon[u"include_payment_methods"_s] = methods.isEmpty() ? QJsonArray{u"all"_s} : methods; // none = all
    }
    if (has(u"start_date"_s))
        coupon[u"start_date"_s] = answerDate(request[u"start_date"_s].toString());
    if (has(u"expiry_date"_s))
        coupon[u"expiry_date"_s] = answerDate(request[u"expiry_date"_s].toString());

    if (has(u"is_group"_s))
        coupon[u"is_group"_s] = request[u"is_group"_s].toBool();
    if (coupon[u"is_group"_s].toBool()) {
        if (has(u"group_name"_s))
            coupon[u"group_name"_s] = request[u"group_name"_s].toString().trimmed();
        if (has(u"group_suffix"_s))
            coupon[u"group_coupon_suffix"_s] = request[u"group_suffix"_s];
        if (has(u"group_coupons_count"_s))
            coupon[u"group_coupons_count"_s] = request[u"group_coupons_count"_s].toInteger();
        sizeGroup(store, coupon);
    } else {
        coupon[u"group_name"_s] = QJsonValue::Null;
        coupon[u"group_coupons_count"_s] = QJsonValue::Null;
        coupon[u"group_coupon_suffix"_s] = QJsonValue::Null;
        coupon[u"group_coupons"_s] = QJsonArray();
    }
    coupon[u"updated_at"_s] = m_data.phpDate(m_clock.now());
    store.coupons.insert(id, coupon);
    return coupon;
}

void SimCoupons::sizeGroup(const SimStore &store, QJsonObject &coupon)
{
    const qsizetype count = std::clamp<qsizetype>(coupon[u"group_coupons_count"_s].toInteger(), 0, kMaxGroupCodes);
    QJsonArray codes = coupon[u"group_coupons"_s].toArray();
    while (codes.size() > count)
        codes.removeLast();
    if (codes.size() < count) {
        // One set of every code in the store, so each draw is checked in constant time.
        QSet<QString> taken = takenCodes(store, coupon[u"id"_s].toInteger());
        taken.reserve(taken.size() + count + 1);
        const QString base = coupon[u"code"_s].toString();
        taken.insert(base.toCaseFolded());
        for (const QJsonValue &member : std::as_const(codes))
            taken.insert(member[u"code"_s].toString().toCaseFolded());
        static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        QRandomGenerator &random = m_data.random();
        while (codes.size() < count) {
            QString code = base;
            for (int i = 0; i < kGroupTailLength; ++i)
                code.append(QLatin1Char(alphabet[random.bounded(36)]));
            if (taken.contains(code.toCaseFolded()))
                continue;
            taken.insert(code.toCaseFolded());
            codes.append(QJsonObject{{u"code"_s, code}});
        }
    }
    coupon[u"group_coupons"_s] = codes;
}

} // namespace nomo::sim
