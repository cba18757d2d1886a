// The coupon editor without widgets: CouponRules on every change, each problem by its
// field in the merchant's words, numbers in either digit system, readable generated
// codes, Salla's refusal in its own words, the example cart, and the outbox request a
// save becomes (POST for a new coupon, PATCH with If-Match for an edit, one group
// coupon for a campaign).
#include "cache/CouponStore.h"
#include "coupons/CouponCodes.h"
#include "i18n/Language.h"
#include "salla/SallaCoupons.h"
#include "support/CacheFixture.h"
#include "support/Coupons.h"
#include "viewmodels/CodesCsv.h"
#include "viewmodels/CouponEditorModel.h"
#include "viewmodels/CouponWords.h"

#include <QApplication>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

class CouponEditorTest : public CacheFixture
{
protected:
    void TearDown() override { Language::apply(app(), Language::localeFor(u"ar"_s)); }
    static QApplication &app() { return *static_cast<QApplication *>(QCoreApplication::instance()); }

    // A new coupon from the tool's defaults, with a good code and a clock fixed at kNow.
    std::unique_ptr<CouponEditorModel> editor(const QSet<QString> &taken = {})
    {
        auto model = std::make_unique<CouponEditorModel>(CouponEditorModel::Mode::Coupon,
                                                         CouponEditorModel::defaults({}, kNow), taken);
        model->setClock([] { return kNow; });
        model->setCode(u"EID25"_s);
        return model;
    }
};

} // namespace

TEST_F(CouponEditorTest, EveryProblemShowsUnderItsFieldInArabicAndSaveWaitsUntilNoneIsLeft)
{
    Language::apply(app(), Language::localeFor(u"ar"_s));
    auto model = editor();
    EXPECT_TRUE(model->canSave()) << "the tool's defaults and a code make a valid coupon";
    QSignalSpy changed(model.get(), &CouponEditorModel::changed);
    model->setCode({});
    model->setAmountText(u"١٢٠"_s);
    model->setExpiryDay(QDate(2026, 12, 1)); // today in Riyadh: Salla wants a later day
    model->setPerCustomerText(u"٥"_s);
    model->setUsageLimitText(u"٢"_s);
    model->setDomain(u"not a domain"_s);
    EXPECT_EQ(changed.count(), 6) << "every change is checked at once";
    EXPECT_FALSE(model->canSave());
    EXPECT_EQ(model->errorFor(u"code"_s), u"اكتب رمزًا للكوبون."_s);
    EXPECT_TRUE(CouponWords::percent(10000).startsWith(u"١٠٠"_s));
    EXPECT_EQ(model->errorFor(u"amount"_s), u"لا تتجاوز النسبة %1."_s.arg(CouponWords::percent(10000)));
    EXPECT_EQ(model->errorFor(u"expiry_date"_s), u"اختر تاريخ انتهاء بعد اليوم."_s);
    EXPECT_EQ(model->errorFor(u"usage_limit_per_user"_s), u"لا يتجاوز حد العميل الواحد الحد الكلي."_s);
    EXPECT_TRUE(model->errorFor(u"beneficiary_domain"_s).startsWith(u"اكتب النطاق بهذا الشكل"_s));
    EXPECT_TRUE(model->errorFor(u"minimum_amount"_s).isEmpty());

    model->setCode(u"EID25"_s);
    model->setAmountText(u"٢٥"_s);
    model->setExpiryDay(QDate(2026, 12, 31));
    model->setPerCustomerText(u"1"_s);
    model->setDomain(u"@aramco.com"_s);
    EXPECT_TRUE(model->canSave()) << model->problems().size();
    EXPECT_EQ(model->draft().beneficiaryDomain, u"aramco.com"_s);
}

TEST_F(CouponEditorTest, ANewCouponDoesNotOpenInRedButACouponBeingEditedShowsEveryProblem)
{
    Language::apply(app(), Language::localeFor(u"en"_s));
    CouponEditorModel fresh(CouponEditorModel::Mode::Coupon, CouponEditorModel::defaults({}, kNow), {});
    fresh.setClock([] { return kNow; });
    EXPECT_FALSE(fresh.canSave());
    EXPECT_TRUE(fresh.shownErrorFor(u"code"_s).isEmpty()) << "not before the merchant has been there";
    EXPECT_EQ(fresh.whatToFix(), u"To save, check: Coupon code"_s);
    fresh.setCode(u"X"_s);
    EXPECT_EQ(fresh.shownErrorFor(u"code"_s), u"A code has 3 to 30 characters."_s);

    CouponDraft old = CouponEditorModel::defaults({}, kNow.addDays(-60)); // expired a month ago
    old.code = u"OLD10"_s;
    CouponEditorModel edited(CouponEditorModel::Mode::Coupon, old, {});
    edited.setClock([] { return kNow; });
    edited.setExisting(3, 1, {});
    EXPECT_EQ(edited.shownErrorFor(u"expiry_date"_s), u"Choose an expiry date after today."_s) << "said at once";
}

TEST_F(CouponEditorTest, EveryRuleKeyHasWordsOfItsOwnInBothLanguages)
{
    const QStringList keys{u"coupon.code_missing"_s, u"coupon.code_length"_s, u"coupon.code_characters"_s, u"coupon.code_taken"_s,
                           u"coupon.amount_missing"_s, u"coupon.percentage_over_100"_s, u"coupon.fixed_over_minimum"_s,
                           u"coupon.negative"_s, u"coupon.maximum_only_for_percentage"_s, u"coupon.expiry_missing"_s,
                           u"coupon.expiry_past"_s, u"coupon.expiry_before_start"_s, u"coupon.limit_below_one"_s,
                           u"coupon.per_customer_over_total"_s, u"coupon.domain_shape"_s, u"coupon.payment_method_unknown"_s,
                           u"coupon.id_shape"_s, u"coupon.group_count"_s, u"coupon.group_name_missing"_s,
                           u"coupon.field_unknown"_s, u"coupon.group_fixed"_s, u"coupon.salla_refused"_s};
    for (const char *code : {"ar", "en"}) {
        Language::apply(app(), Language::localeFor(QString::fromLatin1(code)));
        QSet<QString> seen;
        for (const QString &key : keys) {
            const QString words = CouponWords::problem(key);
            EXPECT_NE(words, key);
            EXPECT_NE(words, CouponWords::problem(u"no.such.key"_s)) << key.toStdString();
            seen.insert(words);
        }
        EXPECT_EQ(seen.size(), keys.size()) << "one sentence per problem";
    }
}

TEST_F(CouponEditorTest, NumbersTypedInEitherDigitSystemMeanTheSame)
{
    auto model = editor();
    model->setAmountText(u"١٢٫٥"_s);
    EXPECT_EQ(model->draft().amount, 1250);
    model->setAmountText(u"12.5"_s);
    EXPECT_EQ(model->draft().amount, 1250);
    model->setType(CouponDraft::Type::Fixed);
    model->setAmountText(u"١٬٠٠٠"_s);
    EXPECT_EQ(model->draft().amount, 100000);
    model->setMinimumText(u"1500 ر.س"_s);
    EXPECT_EQ(model->draft().minimumPurchase, Money::fromHalalas(150000));
    model->setUsageLimitText(u"٣٠"_s);
    EXPECT_EQ(model->draft().usageLimit, 30);
    model->setMinimumText({});
    EXPECT_FALSE(model->draft().minimumPurchase.has_value()) << "empty: no minimum";
}

TEST_F(CouponEditorTest, TextThatIsNoNumberSaysSoAloneOnItsField)
{
    Language::apply(app(), Language::localeFor(u"en"_s));
    auto model = editor();
    model->setAmountText(u"ten"_s);
    model->setUsageLimitText(u"2.5"_s);
    EXPECT_EQ(model->errorFor(u"amount"_s), u"Type a number."_s) << "not also 'above zero'";
    EXPECT_EQ(model->errorFor(u"usage_limit"_s), u"Type a whole number."_s);
    EXPECT_FALSE(model->canSave());
    model->setAmountText(u"10"_s);
    model->setUsageLimitText(u"5"_s);
    EXPECT_TRUE(model->canSave());
}

TEST_F(CouponEditorTest, AStoreCodeIsTakenInAnyCaseButACouponKeepsItsOwn)
{
    Language::apply(app(), Language::localeFor(u"en"_s));
    auto model = editor({u"EID25"_s, u"WELCOME10"_s});
    EXPECT_EQ(model->errorFor(u"code"_s), u"Another coupon of your store has this code."_s);
    model->setCode(u"welcome10"_s);
    EXPECT_EQ(model->errorFor(u"code"_s), u"Another coupon of your store has this code."_s);
    model->setCode(u"EID25"_s);
    model->setExisting(7, 3, {}); // editing EID25 itself
    EXPECT_TRUE(model->errorFor(u"code"_s).isEmpty());
}

TEST_F(CouponEditorTest, AGeneratedCodeIsReadableStartsWithThePrefixAndIsNoneOfTheStores)
{
    auto model = editor({u"EID25"_s});
    for (int i = 0; i < 50; ++i) {
        const QString code = model->generateCode(u" eid "_s);
        EXPECT_TRUE(code.startsWith(u"EID-"_s)) << code.toStdString();
        EXPECT_TRUE(CouponCodes::readable(code)) << code.toStdString();
        EXPECT_EQ(code.size(), 12);
        EXPECT_EQ(model->draft().code, code);
        EXPECT_TRUE(model->errorFor(u"code"_s).isEmpty());
    }
    EXPECT_TRUE(CouponCodes::readable(model->generateCode({})));
    EXPECT_LE(model->generateCode(QString(40, u'A')).size(), CouponRules::kMaxCodeLength) << "a long prefix still fits Salla's 30";
}

TEST_F(CouponEditorTest, ANewCouponIsAPostOfItsTermsInSallasRequestNames)
{
    auto model = editor();
    model->setAmountText(u"25"_s);
    model->setMaximumText(u"100"_s);
    model->setPaymentMethods({u"mada"_s, u"apple_pay"_s});
    model->setIdListText(u"products_include"_s, u"١٢٣، 456 ,789"_s);
    const OutboxRequest request = model->request();
    EXPECT_EQ(request.kind, outboxkind::CouponCreate);
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.path, u"/api/v1/coupons"_s);
    EXPECT_FALSE(request.ifMatch.has_value());
    ASSERT_TRUE(request.body.has_value());
    EXPECT_EQ(*request.body, salla::couponRequest(model->draft()));
    EXPECT_EQ(request.body->value(u"amount"_s).toDouble(), 25.0);
    EXPECT_EQ(request.body->value(u"maximum_amount"_s).toDouble(), 100.0);
    EXPECT_EQ(request.body->value(u"products_include"_s).toArray(), (QJsonArray{u"123"_s, u"456"_s, u"789"_s}));
    // The body reads back into the same terms: what the daemon stores is what was typed.
    QList<CouponProblem> problems;
    const CouponDraft read = salla::readCouponRequest(*request.body, CouponDraft(), &problems);
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_EQ(read.amount, 2500);
    EXPECT_EQ(read.expiresAt, model->draft().expiresAt);
}

TEST_F(CouponEditorTest, AnEditIsAPatchWithIfMatchOfTheVersionItWasMadeOn)
{
    Coupon eid = sampleCoupon(7, u"EID25"_s, 2500, QDate(2026, 12, 31));
    eid.version = 4;
    applyCoupons(cache(), {eid});
    const std::optional<CouponRecord> record = CouponStore(cache()).find(7);
    ASSERT_TRUE(record.has_value());
    CouponEditorModel model(CouponEditorModel::Mode::Coupon, record->coupon.terms, CouponStore(cache()).codes(7));
    model.setClock([] { return kNow; });
    model.setExisting(7, record->version, {});
    EXPECT_FALSE(model.isNew());
    EXPECT_EQ(model.expiryDay(), QDate(2026, 12, 31));
    model.setAmountText(u"30"_s);
    const OutboxRequest request = model.request();
    EXPECT_EQ(request.kind, outboxkind::CouponEdit);
    EXPECT_EQ(request.method, "PATCH");
    EXPECT_EQ(request.path, u"/api/v1/coupons/7"_s);
    EXPECT_EQ(request.ifMatch, u"4"_s);
    EXPECT_EQ(request.body->value(u"amount"_s).toDouble(), 30.0);
    EXPECT_EQ(request.body->value(u"code"_s).toString(), u"EID25"_s);
}

TEST_F(CouponEditorTest, ACampaignIsOneGroupCouponWhosePrefixIsItsCode)
{
    Language::apply(app(), Language::localeFor(u"ar"_s));
    CouponDraft start = CouponEditorModel::defaults({}, kNow);
    CouponEditorModel model(CouponEditorModel::Mode::Campaign, start, {});
    model.setClock([] { return kNow; });
    EXPECT_EQ(model.errorFor(u"group_name"_s), u"اكتب اسمًا للحملة."_s);
    EXPECT_EQ(model.errorFor(u"group_coupons_count"_s), u"تضم الحملة من ١ إلى ١٠٬٠٠٠ رمز."_s);
    model.setGroupCountText(u"١٠٠٠١"_s);
    EXPECT_FALSE(model.errorFor(u"group_coupons_count"_s).isEmpty());
    model.setGroupCountText(u"٥٠٠"_s);
    model.setGroupName(u"هدايا العيد"_s);
    model.setCode(u"EID"_s);
    EXPECT_TRUE(model.canSave()) << model.problems().size();
    const OutboxRequest request = model.request();
    EXPECT_EQ(request.method, "POST");
    EXPECT_TRUE(request.body->value(u"is_group"_s).toBool());
    EXPECT_EQ(request.body->value(u"group_coupons_count"_s).toInteger(), 500);
    EXPECT_EQ(request.body->value(u"group_name"_s).toString(), u"هدايا العيد"_s);
    EXPECT_EQ(request.body->value(u"code"_s).toString(), u"EID"_s);
}

TEST_F(CouponEditorTest, SallasRefusalShowsOnTopAndUnderItsFieldUntilTheMerchantChangesIt)
{
    Language::apply(app(), Language::localeFor(u"ar"_s));
    auto model = editor();
    EXPECT_TRUE(model->sallaSummary().isEmpty());
    model->setExisting(3, 2, sallaRefusal(u"code"_s, u"لقد قمت بتسجيل كوبون بنفس الاسم من قبل"_s));
    EXPECT_EQ(model->sallaSummary(), u"لم تقبل سلة هذا الكوبون. تقول سلة:"_s);
    EXPECT_EQ(model->sallaReasons(), QStringList{u"لقد قمت بتسجيل كوبون بنفس الاسم من قبل"_s});
    EXPECT_EQ(model->sallaReasons(u"code"_s), QStringList{u"لقد قمت بتسجيل كوبون بنفس الاسم من قبل"_s});
    EXPECT_TRUE(model->sallaReasons(u"amount"_s).isEmpty());
    model->setCode(u"SUMMER26"_s);
    EXPECT_TRUE(model->sallaReasons(u"code"_s).isEmpty()) << "the merchant answered it";
    EXPECT_FALSE(model->sallaSummary().isEmpty()) << "until Salla has the new terms";
}

TEST_F(CouponEditorTest, ANewCouponStartsFromTheCouponToolsSettings)
{
    const QJsonObject settings{{u"default_type"_s, u"percentage"_s}, {u"default_percent"_s, 15}, {u"valid_days"_s, 30},
                               {u"minimum_order_sar"_s, 100}, {u"free_shipping"_s, true}};
    const CouponDraft draft = CouponEditorModel::defaults(settings, kNow);
    EXPECT_EQ(draft.type, CouponDraft::Type::Percentage);
    EXPECT_EQ(draft.amount, 1500);
    EXPECT_EQ(draft.minimumPurchase, Money::fromHalalas(10000));
    EXPECT_TRUE(draft.freeShipping);
    EXPECT_EQ(time::riyadhDay(draft.expiresAt), QDate(2026, 12, 31));
    EXPECT_EQ(draft.expiresAt.toTimeZone(time::riyadh()).time(), QTime(23, 59, 59)) << "to the end of that day";
}

TEST_F(CouponEditorTest, ThePreviewFollowsTheTermsAndTheSubtotalTyped)
{
    auto model = editor();
    model->setAmountText(u"20"_s);
    model->setMinimumText({});
    EXPECT_EQ(model->preview().subtotal, Money::fromHalalas(30000)) << "an example cart of 300 SAR to begin with";
    EXPECT_EQ(model->preview().discount, Money::fromHalalas(6000));
    model->setSubtotalText(u"٥٠٠"_s);
    EXPECT_EQ(model->preview().discount, Money::fromHalalas(10000));
    EXPECT_EQ(model->preview().total, Money::fromHalalas(50000 - 10000 + 2500));
}

// The example cart, a pure function (viewmodels/CartPreview).
TEST(CouponCartPreview, APercentageStopsAtItsMaximumDiscount)
{
    CouponDraft coupon;
    coupon.amount = 2500;
    coupon.maximumDiscount = Money::fromHalalas(5000);
    const CartPreview cart = previewCart(coupon, Money::fromHalalas(30000));
    EXPECT_EQ(cart.discount, Money::fromHalalas(5000)) << "25% of 300 is 75, capped at 50";
    EXPECT_TRUE(cart.capped);
    EXPECT_EQ(cart.shipping, Money::fromHalalas(2500));
    EXPECT_EQ(cart.total, Money::fromHalalas(30000 - 5000 + 2500));
}

TEST(CouponCartPreview, APercentageRoundsToTheNearestHalala)
{
    CouponDraft coupon;
    coupon.amount = 1250; // 12.5 %
    EXPECT_EQ(previewCart(coupon, Money::fromHalalas(999)).discount, Money::fromHalalas(125)) << "124.875 halalas";
    EXPECT_FALSE(previewCart(coupon, Money::fromHalalas(999)).capped);
}

TEST(CouponCartPreview, AFixedAmountNeverPassesTheSubtotal)
{
    CouponDraft coupon;
    coupon.type = CouponDraft::Type::Fixed;
    coupon.amount = 5000;
    EXPECT_EQ(previewCart(coupon, Money::fromHalalas(30000)).discount, Money::fromHalalas(5000));
    const CartPreview small = previewCart(coupon, Money::fromHalalas(3000));
    EXPECT_EQ(small.discount, Money::fromHalalas(3000));
    EXPECT_EQ(small.total, Money::fromHalalas(2500)) << "the shipping is still paid";
}

TEST(CouponCartPreview, BelowTheMinimumPurchaseNothingComesOffNotEvenShipping)
{
    CouponDraft coupon;
    coupon.amount = 1000;
    coupon.freeShipping = true;
    coupon.minimumPurchase = Money::fromHalalas(40000);
    const CartPreview below = previewCart(coupon, Money::fromHalalas(30000));
    EXPECT_TRUE(below.belowMinimum);
    EXPECT_EQ(below.discount, Money());
    EXPECT_EQ(below.shipping, Money::fromHalalas(2500));
    EXPECT_EQ(below.total, Money::fromHalalas(32500));
    const CartPreview at = previewCart(coupon, Money::fromHalalas(40000));
    EXPECT_FALSE(at.belowMinimum) << "the minimum itself qualifies";
    EXPECT_EQ(at.discount, Money::fromHalalas(4000));
    EXPECT_EQ(at.shipping, Money()) << "free shipping";
    EXPECT_EQ(at.total, Money::fromHalalas(36000));
}

// A campaign's codes as a spreadsheet opens them (viewmodels/CodesCsv).
TEST(CouponCodesCsv, IsUtf8WithAByteOrderMarkAHeaderAndOneCodeALine)
{
    const QByteArray csv = codesCsv(u"رمز الكوبون"_s, {u"EID-7KQ2MX"_s, u"EID-PH4N9A"_s});
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF")) << "Excel reads the Arabic header only with the BOM";
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(QString::fromUtf8(lines[0]), u"رمز الكوبون\r"_s);
    EXPECT_EQ(lines[1], "EID-7KQ2MX\r");
    EXPECT_EQ(lines[2], "EID-PH4N9A\r");
    EXPECT_EQ(lines[3], "") << "the last line ends too";
}

TEST(CouponCodesCsv, QuotesAHeaderWithACommaOrAQuote)
{
    const QByteArray csv = codesCsv(u"Code, \"one use\""_s, {u"A"_s});
    EXPECT_EQ(csv, QByteArray("\xEF\xBB\xBF\"Code, \"\"one use\"\"\"\r\nA\r\n"));
}
