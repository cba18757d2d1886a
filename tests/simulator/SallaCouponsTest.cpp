// Coupons as Salla keeps them: every request field answered under Salla's own name,
// group coupons and their codes, Salla's 422 rules in its Arabic words, the merchant's
// own dashboard edits (which Salla announces to no app), and a reply lost after the
// work was done.
#include "SimulatorFixture.h"

#include "support/Fixtures.h"
#include "support/JsonShape.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

const QString kNotAStringArray = u"حقل %1 يجب أن يكون مصفوفة من النصوص"_s;
const QString kNotAPositiveInteger = u"حقل %1 يجب أن يكون عددًا صحيحًا أكبر من صفر"_s;
const QString kGroupCount = u"عدد كوبونات المجموعة يجب أن يكون عددًا صحيحًا من 1 إلى 10000"_s;
const QString kTaken = u"لقد قمت بتسجيل كوبون بنفس الاسم من قبل"_s;

class SallaCouponsTest : public SimulatorFixture
{
protected:
    static constexpr qint64 kStore = 1487302251; // the fixtures' store, the only one

    void SetUp() override
    {
        SimulatorFixture::SetUp();
        m_token = signIn()[u"access_token"_s].toString();
    }
    static QString day(int fromToday) { return QDate::currentDate().addDays(fromToday).toString(u"yyyy-MM-dd"_s); }
    static QJsonObject coupon(const QString &code)
    {
        return {{u"code"_s, code},
                {u"type"_s, u"fixed"_s},
                {u"amount"_s, 25},
                {u"free_shipping"_s, false},
                {u"exclude_sale_products"_s, false},
                {u"expiry_date"_s, day(10)}};
    }
    static QJsonObject group(const QString &code, int count)
    {
        QJsonObject request = coupon(code);
        request[u"is_group"_s] = true;
        request[u"group_coupons_count"_s] = count;
        request[u"group_suffix"_s] = u"RMD"_s;
        request[u"group_name"_s] = u"حملة رمضان"_s;
        return request;
    }
    static QJsonObject responseFixture()
    {
        return QJsonDocument::fromJson(sallaFixture(u"coupon_create_response.json"_s)).object()[u"data"_s].toObject();
    }
    HttpReply create(const QJsonObject &body) { return sendJson("POST", "/admin/v2/coupons", body, m_token); }
    HttpReply update(qint64 id, const QJsonObject &body)
    {
        return sendJson("PUT", "/admin/v2/coupons/" + QByteArray::number(id), body, m_token);
    }
    HttpReply show(qint64 id) { return get("/admin/v2/coupons/" + QByteArray::number(id), m_token); }
    qint64 createdId(const QJsonObject &body)
    {
        const HttpReply reply = create(body);
        EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
        return reply.json()[u"data"_s][u"id"_s].toInteger();
    }
    // The messages of a 422 under `field`, after checking Salla's envelope.
    QStringList refusal(const QJsonObject &body, const QString &field)
    {
        const HttpReply reply = create(body);
        EXPECT_EQ(reply.status, 422) << reply.body.toStdString();
        const QJsonObject json = reply.json();
        EXPECT_EQ(json[u"status"_s].toInt(), 422);
        EXPECT_FALSE(json[u"success"_s].toBool(true));
        EXPECT_EQ(json[u"error"_s][u"code"_s].toString(), u"error"_s);
        EXPECT_EQ(json[u"error"_s][u"message"_s].toString(), u"alert.invalid_fields"_s);
        QStringList messages;
        for (const QJsonValue &message : json[u"error"_s][u"fields"_s][field].toArray())
            messages.append(message.toString());
        return messages;
    }
    // The merchant on Salla's dashboard.
    QByteArray dashboardPath(qint64 id = 0) const
    {
        const QByteArray path = "/_sim/stores/" + QByteArray::number(kStore) + "/coupons";
        return id ? path + '/' + QByteArray::number(id) : path;
    }
    QJsonArray held() { return get(dashboardPath()).json()[u"coupons"_s].toArray(); }

    QString m_token;
};

QJsonObject sar(double amount)
{
    return {{u"amount"_s, amount}, {u"currency"_s, u"SAR"_s}};
}

QJsonArray strings(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

} // namespace

// --- every field, under Salla's answer names ---

TEST_F(SallaCouponsTest, EveryRequestFieldIsAnsweredUnderSallasName)
{
    const QJsonObject request{
        {u"code"_s, u"ALLFIELDS"_s},
        {u"type"_s, u"percentage"_s},
        {u"amount"_s, 12.5},
        {u"status"_s, u"inactive"_s},
        {u"start_date"_s, day(1)},
        {u"expiry_date"_s, QString(day(40) + u" 23:59:59"_s)},
        {u"applied_in"_s, u"app"_s},
        {u"usage_limit"_s, 300},
        {u"usage_limit_per_user"_s, 2},
        {u"minimum_amount"_s, 150},
        {u"maximum_amount"_s, 60},
        {u"show_maximum_amount"_s, true},
        {u"is_apply_with_offer"_s, true},
        {u"beneficiary_domain"_s, u"company.sa"_s},
        {u"free_shipping"_s, true},
        {u"exclude_sale_products"_s, true},
        {u"products_include"_s, strings({u"11"_s, u"12"_s})},
        {u"products_exclude"_s, strings({u"13"_s})},
        {u"list_include_categories"_s, strings({u"21"_s})},
        {u"list_exclude_categories"_s, strings({u"22"_s})},
        {u"list_exclude_brands"_s, strings({u"31"_s})},
        {u"list_include_groups"_s, strings({u"41"_s})},
        {u"list_exclude_groups"_s, strings({u"42"_s})},
        {u"list_exclude_shipping"_s, strings({u"51"_s})},
        {u"payment_methods"_s, strings({u"mada"_s, u"apple_pay"_s})},
    };
    const HttpReply created = create(request);
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QJsonObject data = created.json()[u"data"_s].toObject();
    const std::pair<QString, QJsonValue> answered[] = {
        {u"code"_s, u"ALLFIELDS"_s},
        {u"type"_s, u"percentage"_s},
        {u"amount"_s, sar(12.5)},
        {u"status"_s, u"inactive"_s},
        {u"start_date"_s, QString(day(1) + u" 00:00:00"_s)},
        {u"expiry_date"_s, QString(day(40) + u" 23:59:59"_s)},
        {u"applied_in"_s, u"app"_s},
        {u"usage_limit"_s, 300},
        {u"usage_limit_per_user"_s, 2},
        {u"minimum_amount"_s, sar(150)},
        {u"maximum_amount"_s, sar(60)},
        {u"show_maximum_amount"_s, true},
        {u"is_apply_with_offer"_s, true},
        {u"beneficiary_domain"_s, u"company.sa"_s},
        {u"free_shipping"_s, true},
        {u"is_sale_products_exclude"_s, true},
        {u"include_product_ids"_s, strings({u"11"_s, u"12"_s})},
        {u"exclude_product_ids"_s, strings({u"13"_s})},
        {u"include_category_ids"_s, strings({u"21"_s})},
        {u"exclude_category_ids"_s, strings({u"22"_s})},
        {u"exclude_brands_ids"_s, strings({u"31"_s})},
        {u"include_customer_group_ids"_s, strings({u"41"_s})},
        {u"exclude_customer_group_ids"_s, strings({u"42"_s})},
        {u"exclude_shipping_ids"_s, strings({u"51"_s})},
        {u"include_payment_methods"_s, strings({u"mada"_s, u"apple_pay"_s})},
        {u"is_group"_s, false},
        {u"group_coupons"_s, QJsonArray()},
    };
    for (const auto &[name, value] : answered)
        EXPECT_EQ(data[name], value) << name.toStdString() << ": " << created.body.toStdString();
    // Request names are not answer names.
    for (const QString &requestOnly :
         {u"exclude_sale_products"_s, u"products_include"_s, u"list_exclude_brands"_s, u"payment_methods"_s})
        EXPECT_FALSE(data.contains(requestOnly)) << requestOnly.toStdString();
    const QStringList differences = shapeDifferences(responseFixture(), data);
    EXPECT_TRUE(differences.isEmpty()) << differences.join(u'\n').toStdString();
    EXPECT_EQ(show(data[u"id"_s].toInteger()).json()[u"data"_s].toObject(), data);
}

TEST_F(SallaCouponsTest, AnUpdateChangesOnlyTheFieldsItSends)
{
    QJsonObject request = coupon(u"PARTIAL"_s);
    request[u"usage_limit"_s] = 50;
    request[u"beneficiary_domain"_s] = u"company.sa"_s;
    request[u"list_exclude_brands"_s] = strings({u"31"_s});
    request[u"list_include_categories"_s] = strings({u"21"_s});
    const qint64 id = createdId(request);
    const QJsonObject before = show(id).json()[u"data"_s].toObject();
    ASSERT_EQ(control("clock/advance", {{u"seconds"_s, 5}}).status, 200);

    const HttpReply updated = update(id,
                                     {{u"amount"_s, 40},
                                      {u"list_exclude_brands"_s, strings({u"32"_s, u"33"_s})},
                                      {u"usage_limit"_s, QJsonValue::Null}});
    ASSERT_EQ(updated.status, 201) << updated.body.toStdString();
    const QJsonObject after = updated.json()[u"data"_s].toObject();
    EXPECT_EQ(after[u"amount"_s], sar(40));
    EXPECT_EQ(after[u"exclude_brands_ids"_s], strings({u"32"_s, u"33"_s}));
    EXPECT_TRUE(after[u"usage_limit"_s].isNull()); // an explicit null clears a limit
    EXPECT_GT(after[u"updated_at"_s][u"date"_s].toString(), before[u"updated_at"_s][u"date"_s].toString());
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (QStringList{u"amount"_s, u"exclude_brands_ids"_s, u"usage_limit"_s, u"updated_at"_s}.contains(it.key()))
            continue;
        EXPECT_EQ(after[it.key()], it.value()) << it.key().toStdString();
    }
}

TEST_F(SallaCouponsTest, NoPaymentMethodsMeansAll)
{
    const qint64 id = createdId(coupon(u"ANYPAY"_s));
    EXPECT_EQ(show(id).json()[u"data"_s][u"include_payment_methods"_s], strings({u"all"_s}));
    EXPECT_EQ(update(id, {{u"payment_methods"_s, strings({u"cod"_s})}}).json()[u"data"_s][u"include_payment_methods"_s],
              strings({u"cod"_s}));
    EXPECT_EQ(update(id, {{u"payment_methods"_s, QJsonArray()}}).json()[u"data"_s][u"include_payment_methods"_s],
              strings({u"all"_s}));
}

// --- group coupons ---

TEST_F(SallaCouponsTest, AGroupOfTenThousandAnswersTenThousandUniqueCodes)
{
    QElapsedTimer timer;
    timer.start();
    const HttpReply created = create(group(u"EID"_s, 10000));
    const qint64 elapsedMs = timer.elapsed();
    ASSERT_EQ(created.status, 201) << created.body.left(2000).toStdString();
    const QJsonObject data = created.json()[u"data"_s].toObject();
    EXPECT_TRUE(data[u"is_group"_s].toBool());
    EXPECT_EQ(data[u"group_name"_s].toString(), u"حملة رمضان"_s);
    EXPECT_EQ(data[u"group_coupons_count"_s].toInt(), 10000);
    EXPECT_EQ(data[u"group_coupon_suffix"_s].toString(), u"RMD"_s);
    const QJsonArray codes = data[u"group_coupons"_s].toArray();
    ASSERT_EQ(codes.size(), 10000);
    static const QRegularExpression shape(u"^EID[A-Z0-9]+$"_s);
    QSet<QString> unique;
    for (const QJsonValue &member : codes) {
        const QString code = member[u"code"_s].toString();
        EXPECT_TRUE(shape.match(code).hasMatch()) << code.toStdString();
        unique.insert(code.toUpper());
    }
    EXPECT_EQ(unique.size(), 10000);
    // Round trip included (HTTP, 10,000 codes as JSON both ways): an O(n²) draw would not fit.
    EXPECT_LT(elapsedMs, 1000);
    EXPECT_EQ(show(data[u"id"_s].toInteger()).json()[u"data"_s][u"group_coupons"_s].toArray(), codes);
}

TEST_F(SallaCouponsTest, AGroupsCodesAreTakenCodesInAnyCase)
{
    createdId(coupon(u"salex"_s));
    const HttpReply first = create(group(u"SALE"_s, 2000));
    const HttpReply second = create(group(u"BIG"_s, 2000));
    ASSERT_EQ(first.status, 201);
    ASSERT_EQ(second.status, 201);
    QSet<QString> codes{u"SALEX"_s, u"SALE"_s, u"BIG"_s};
    for (const HttpReply *reply : {&first, &second}) {
        for (const QJsonValue &member : reply->json()[u"data"_s][u"group_coupons"_s].toArray())
            codes.insert(member[u"code"_s].toString().toUpper());
    }
    EXPECT_EQ(codes.size(), 3 + 4000); // no code twice in the store
    // A new coupon may not take a group's code, whatever its case.
    const QString member = first.json()[u"data"_s][u"group_coupons"_s][0][u"code"_s].toString();
    EXPECT_EQ(refusal(coupon(member.toLower()), u"code"_s), QStringList{kTaken});
}

TEST_F(SallaCouponsTest, AGroupShrinksAndGrowsKeepingItsCodes)
{
    const HttpReply created = create(group(u"GROW"_s, 8));
    ASSERT_EQ(created.status, 201);
    const qint64 id = created.json()[u"data"_s][u"id"_s].toInteger();
    const QJsonArray eight = created.json()[u"data"_s][u"group_coupons"_s].toArray();
    const QJsonArray five = update(id, {{u"group_coupons_count"_s, 5}}).json()[u"data"_s][u"group_coupons"_s].toArray();
    ASSERT_EQ(five.size(), 5);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(five[i], eight[i]);
    const QJsonArray twelve = update(id, {{u"group_coupons_count"_s, 12}}).json()[u"data"_s][u"group_coupons"_s].toArray();
    ASSERT_EQ(twelve.size(), 12);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(twelve[i], five[i]);
}

// --- Salla's 422 rules ---

TEST_F(SallaCouponsTest, RefusesPaymentMethodsOutsideSallasList)
{
    QJsonObject request = coupon(u"PAY"_s);
    request[u"payment_methods"_s] = strings({u"mada"_s, u"bitcoin"_s});
    EXPECT_EQ(refusal(request, u"payment_methods"_s), QStringList{u"طريقة الدفع bitcoin غير مدعومة"_s});
    request[u"payment_methods"_s] = u"mada"_s;
    EXPECT_EQ(refusal(request, u"payment_methods"_s), QStringList{kNotAStringArray.arg(u"payment_methods"_s)});
    request[u"payment_methods"_s] = strings({u"all"_s, u"apple_pay"_s, u"bank"_s, u"cod"_s, u"credit_card"_s, u"knet"_s,
                                             u"mada"_s, u"paypal"_s, u"spotii_pay"_s, u"stc_pay"_s, u"tabby_installment"_s,
                                             u"tamara_installment"_s});
    EXPECT_EQ(create(request).status, 201);
}

TEST_F(SallaCouponsTest, RefusesIdListsThatAreNotArraysOfStrings)
{
    for (const QString &list : {u"products_include"_s, u"products_exclude"_s, u"list_include_categories"_s,
                                u"list_exclude_categories"_s, u"list_exclude_brands"_s, u"list_include_groups"_s,
                                u"list_exclude_groups"_s, u"list_exclude_shipping"_s}) {
        SCOPED_TRACE(list.toStdString());
        for (const QJsonValue &bad : {QJsonValue(QJsonArray{123}), QJsonValue(u"123"_s), QJsonValue(QJsonArray{u"1"_s, true})}) {
            QJsonObject request = coupon(u"IDS"_s);
            request[list] = bad;
            EXPECT_EQ(refusal(request, list), QStringList{kNotAStringArray.arg(list)});
        }
    }
}

TEST_F(SallaCouponsTest, RefusesABeneficiaryDomainThatIsNotADomain)
{
    QJsonObject request = coupon(u"STAFF"_s);
    for (const QJsonValue &bad : {QJsonValue(u"@company.sa"_s), QJsonValue(u"company"_s), QJsonValue(u"https://company.sa"_s),
                                  QJsonValue(u"company..sa"_s), QJsonValue(u"-company.sa"_s), QJsonValue(42)}) {
        request[u"beneficiary_domain"_s] = bad;
        EXPECT_EQ(refusal(request, u"beneficiary_domain"_s), QStringList{u"صيغة النطاق غير صحيحة، مثال: example.com"_s})
            << QJsonDocument(QJsonObject{{u"sent"_s, bad}}).toJson().toStdString();
    }
    request[u"beneficiary_domain"_s] = u"mail.company.com.sa"_s;
    EXPECT_EQ(create(request).status, 201);
}

TEST_F(SallaCouponsTest, RefusesUsageLimitsThatAreNotPositiveIntegers)
{
    for (const QString &limit : {u"usage_limit"_s, u"usage_limit_per_user"_s}) {
        SCOPED_TRACE(limit.toStdString());
        QJsonObject request = coupon(u"LIMIT"_s);
        for (const double bad : {0.0, 2.5}) {
            request[limit] = bad;
            EXPECT_EQ(refusal(request, limit), QStringList{kNotAPositiveInteger.arg(limit)}) << bad;
        }
        // The rule that was there before stays: not a number, or below zero.
        for (const QJsonValue &bad : {QJsonValue(-1), QJsonValue(u"5"_s)}) {
            request[limit] = bad;
            EXPECT_EQ(refusal(request, limit), QStringList{u"حقل %1 يجب أن يكون رقمًا موجبًا"_s.arg(limit)});
        }
    }
    QJsonObject request = coupon(u"LIMIT"_s);
    request[u"usage_limit"_s] = 1;
    request[u"usage_limit_per_user"_s] = 1;
    EXPECT_EQ(create(request).status, 201);
}

TEST_F(SallaCouponsTest, RefusesAGroupWithoutACountFromOneToTenThousand)
{
    QJsonObject request = group(u"CAMP"_s, 1);
    request.remove(u"group_coupons_count"_s);
    EXPECT_EQ(refusal(request, u"group_coupons_count"_s), QStringList{u"حقل group_coupons_count مطلوب."_s});
    for (const QJsonValue &bad : {QJsonValue(0), QJsonValue(10001), QJsonValue(2.5), QJsonValue(u"10"_s)}) {
        request[u"group_coupons_count"_s] = bad;
        EXPECT_EQ(refusal(request, u"group_coupons_count"_s), QStringList{kGroupCount})
            << QJsonDocument(QJsonObject{{u"sent"_s, bad}}).toJson().toStdString();
    }
    request[u"group_coupons_count"_s] = 1;
    const HttpReply one = create(request);
    ASSERT_EQ(one.status, 201) << one.body.toStdString();
    EXPECT_EQ(one.json()[u"data"_s][u"group_coupons"_s].toArray().size(), 1);
}

TEST_F(SallaCouponsTest, RefusesAGroupWithoutAName)
{
    QJsonObject request = group(u"NONAME"_s, 3);
    request.remove(u"group_name"_s);
    EXPECT_EQ(refusal(request, u"group_name"_s), QStringList{u"حقل group_name مطلوب."_s});
    request[u"group_name"_s] = u"   "_s;
    EXPECT_EQ(refusal(request, u"group_name"_s), QStringList{u"حقل group_name مطلوب."_s});
    // Not a group: no group fields are needed.
    EXPECT_EQ(create(coupon(u"NONAME"_s)).status, 201);
}

// --- the merchant on Salla's dashboard ---

TEST_F(SallaCouponsTest, TheDashboardListsEveryCouponWithoutPagingOrRateLimit)
{
    for (int i = 0; i < 20; ++i)
        createdId(coupon(u"MANY%1"_s.arg(i)));
    ASSERT_EQ(control("faults", {{u"rate_limit_per_minute"_s, 1}, {u"burst_429"_s, 5}}).status, 200);
    EXPECT_EQ(get("/admin/v2/coupons", m_token).status, 429);
    const HttpReply listed = get(dashboardPath());
    ASSERT_EQ(listed.status, 200) << listed.body.toStdString();
    EXPECT_EQ(listed.json()[u"count"_s].toInt(), 20);
    const QJsonArray coupons = listed.json()[u"coupons"_s].toArray();
    ASSERT_EQ(coupons.size(), 20);
    EXPECT_EQ(coupons[0][u"code"_s].toString(), u"MANY19"_s); // newest first, as the API lists
    const QStringList differences = shapeDifferences(responseFixture(), coupons[0], {u"minimum_amount"_s, u"maximum_amount"_s,
                                                                                    u"usage_limit"_s, u"usage_limit_per_user"_s});
    EXPECT_TRUE(differences.isEmpty()) << differences.join(u'\n').toStdString();
    EXPECT_EQ(get("/_sim/stores/42/coupons").status, 404);
}

TEST_F(SallaCouponsTest, TheDashboardEditsACouponWithoutTheApisRules)
{
    const qint64 id = createdId(coupon(u"DASH"_s));
    const QJsonObject before = show(id).json()[u"data"_s].toObject();
    ASSERT_EQ(control("clock/advance", {{u"seconds"_s, 5}}).status, 200);
    // What the API refuses an app (a past expiry, an unknown payment method), the
    // merchant's own screen may still do.
    const HttpReply edited = sendJson("PUT", dashboardPath(id),
                                      {{u"expiry_date"_s, u"2020-01-01"_s},
                                       {u"status"_s, u"inactive"_s},
                                       {u"list_exclude_brands"_s, strings({u"77"_s})},
                                       {u"payment_methods"_s, strings({u"bitcoin"_s})}});
    ASSERT_EQ(edited.status, 200) << edited.body.toStdString();
    const QJsonObject after = show(id).json()[u"data"_s].toObject();
    EXPECT_EQ(edited.json()[u"coupon"_s].toObject(), after);
    EXPECT_EQ(after[u"expiry_date"_s].toString(), u"2020-01-01 00:00:00"_s);
    EXPECT_EQ(after[u"status"_s].toString(), u"inactive"_s);
    EXPECT_EQ(after[u"exclude_brands_ids"_s], strings({u"77"_s}));
    EXPECT_EQ(after[u"include_payment_methods"_s], strings({u"bitcoin"_s}));
    EXPECT_EQ(after[u"amount"_s], before[u"amount"_s]);
    EXPECT_GT(after[u"updated_at"_s][u"date"_s].toString(), before[u"updated_at"_s][u"date"_s].toString());

    // Shape still counts: a record holds numbers where Salla answers numbers.
    const HttpReply misshapen =
        sendJson("PUT", dashboardPath(id), {{u"amount"_s, u"ten"_s}, {u"list_exclude_brands"_s, QJsonArray{77}}});
    ASSERT_EQ(misshapen.status, 422);
    const QJsonObject fields = misshapen.json()[u"error"_s][u"fields"_s].toObject();
    EXPECT_TRUE(fields.contains(u"amount"_s));
    EXPECT_EQ(fields[u"list_exclude_brands"_s], QJsonArray{kNotAStringArray.arg(u"list_exclude_brands"_s)});
    EXPECT_EQ(show(id).json()[u"data"_s].toObject(), after);
    EXPECT_EQ(sendJson("PUT", dashboardPath(id + 1), {{u"status"_s, u"active"_s}}).status, 404);
}

TEST_F(SallaCouponsTest, TheDashboardDeletesACoupon)
{
    const qint64 kept = createdId(coupon(u"KEEP"_s));
    const qint64 gone = createdId(coupon(u"GONE"_s));
    const HttpReply deleted = RawHttp::request(port(), "DELETE", dashboardPath(gone), {});
    ASSERT_EQ(deleted.status, 200) << deleted.body.toStdString();
    EXPECT_EQ(show(gone).status, 404);
    EXPECT_EQ(show(kept).status, 200);
    EXPECT_EQ(get("/admin/v2/coupons", m_token).json()[u"pagination"_s][u"total"_s].toInt(), 1);
    EXPECT_EQ(held().size(), 1);
    EXPECT_EQ(RawHttp::request(port(), "DELETE", dashboardPath(gone), {}).status, 404);
}

TEST_F(SallaCouponsTest, TheDashboardCreatesACouponUnderTheApisRules)
{
    const HttpReply made = sendJson("POST", dashboardPath(), coupon(u"BYHAND"_s));
    ASSERT_EQ(made.status, 200) << made.body.toStdString();
    const qint64 id = made.json()[u"coupon"_s][u"id"_s].toInteger();
    EXPECT_EQ(show(id).json()[u"data"_s][u"code"_s].toString(), u"BYHAND"_s);
    EXPECT_EQ(sendJson("POST", dashboardPath(), coupon(u"byhand"_s)).status, 422); // taken, in any case
    EXPECT_EQ(held().size(), 1);
}

// --- replies lost after the work ---

TEST_F(SallaCouponsTest, ALostReplyLeavesExactlyOneCouponOnSalla)
{
    ASSERT_EQ(control("faults", {{u"drop_reply_next"_s, 1}, {u"drop_reply_prefix"_s, u"/admin/v2/coupons"_s}}).status, 200);
    EXPECT_EQ(get("/admin/v2/coupons", m_token).status, 200); // a read is not a write: answered

    EXPECT_EQ(create(coupon(u"LOST"_s)).status, 0); // the connection closed, no answer
    const QJsonArray coupons = held();
    ASSERT_EQ(coupons.size(), 1);
    EXPECT_EQ(coupons[0][u"code"_s].toString(), u"LOST"_s);

    // A blind retry is refused (the code is taken): the client must look it up instead.
    EXPECT_EQ(refusal(coupon(u"LOST"_s), u"code"_s), QStringList{kTaken});
    EXPECT_EQ(held().size(), 1);
    // One reply was lost, not more.
    EXPECT_EQ(create(coupon(u"NEXT"_s)).status, 201);
    EXPECT_EQ(held().size(), 2);
}

TEST_F(SallaCouponsTest, ALostReplyTakesOnlyWritesUnderItsPrefix)
{
    ASSERT_EQ(control("faults", {{u"drop_reply_next"_s, 1}, {u"drop_reply_prefix"_s, u"/admin/v2/webhooks"_s}}).status, 200);
    EXPECT_EQ(create(coupon(u"ELSEWHERE"_s)).status, 201);
    const HttpReply subscribed = sendJson("POST", "/admin/v2/webhooks/subscribe",
                                          {{u"name"_s, u"orders"_s}, {u"event"_s, u"order.created"_s},
                                           {u"url"_s, u"https://nomo.example/webhooks/salla"_s}},
                                          m_token);
    EXPECT_EQ(subscribed.status, 0);
    const QJsonArray subscriptions = get("/admin/v2/webhooks", m_token).json()[u"data"_s].toArray();
    ASSERT_EQ(subscriptions.size(), 1); // carried out all the same
    EXPECT_EQ(subscriptions[0][u"event"_s].toString(), u"order.created"_s);
}

TEST_F(SallaCouponsTest, ARandomDropAlsoCarriesTheWriteOut)
{
    ASSERT_EQ(control("faults", {{u"drop_rate"_s, 1.0}}).status, 200);
    EXPECT_EQ(create(coupon(u"DROPPED"_s)).status, 0);
    ASSERT_EQ(control("faults", {}).status, 200);
    const QJsonArray coupons = held();
    ASSERT_EQ(coupons.size(), 1);
    EXPECT_EQ(coupons[0][u"code"_s].toString(), u"DROPPED"_s);
}
