// The coupon list over a real cache file, filled through the change feed: every column
// in the merchant's words in both languages, expiry against "now", Salla's own reason
// for a refused push, queued changes shown at once, and the page's search, filters
// and sorts (CouponsFilter).
#include "cache/ChangeApplier.h"
#include "cache/CouponStore.h"
#include "i18n/Language.h"
#include "support/CacheFixture.h"
#include "support/Coupons.h"
#include "sync/CouponRequests.h"
#include "viewmodels/CouponsFilter.h"
#include "viewmodels/CouponsModel.h"
#include "viewmodels/FeatureCardsModel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QApplication>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

class CouponsModelTest : public CacheFixture
{
protected:
    void SetUp() override
    {
        CacheFixture::SetUp();
        Coupon eid = sampleCoupon(1, u"EID25"_s, 2500, QDate(2026, 12, 31));
        eid.terms.maximumDiscount = Money::fromHalalas(10000);
        eid.uses = 3;
        eid.customers = 3;
        eid.revenue = Money::fromHalalas(123450);
        Coupon ramadan = sampleCoupon(2, u"RAMADAN"_s, 0, QDate(2026, 11, 20)); // past its expiry
        ramadan.terms.type = CouponDraft::Type::Fixed;
        ramadan.terms.amount = 5000;
        ramadan.terms.freeShipping = true;
        ramadan.uses = 11;
        ramadan.revenue = Money::fromHalalas(90000);
        Coupon summer = sampleCoupon(3, u"SUMMER"_s, 1500, QDate(2027, 1, 15));
        summer.syncState = Coupon::SyncState::Failed;
        summer.syncError = sallaRefusal(u"code"_s, u"لقد قمت بتسجيل كوبون بنفس الاسم من قبل"_s);
        Coupon gifts = sampleCoupon(4, u"VIP"_s, 2000, QDate(2027, 3, 1));
        gifts.terms.isGroup = true;
        gifts.terms.groupCount = 500;
        gifts.terms.groupName = u"هدايا"_s;
        gifts.uses = 100;
        gifts.revenue = Money::fromHalalas(50000);
        Coupon stopped = sampleCoupon(5, u"BLACK50"_s, 5000, QDate(2026, 12, 20));
        stopped.terms.active = false;
        stopped.status = Coupon::Status::Inactive;
        stopped.syncState = Coupon::SyncState::Pending;
        applyCoupons(cache(), {eid, ramadan, summer, gifts, stopped});
    }
    void TearDown() override { Language::apply(app(), Language::localeFor(u"ar"_s)); }
    static QApplication &app() { return *static_cast<QApplication *>(QCoreApplication::instance()); }

    std::unique_ptr<CouponsModel> model()
    {
        auto coupons = std::make_unique<CouponsModel>(cache());
        coupons->setClock([] { return kNow; });
        return coupons;
    }
    static int rowOf(const QAbstractItemModel &model, const QString &code)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, 0).data(CouponsModel::CodeRole).toString() == code)
                return row;
        return -1;
    }
    static QString cell(const QAbstractItemModel &model, const QString &code, int column)
    {
        return model.index(rowOf(model, code), column).data().toString();
    }
    static QStringList codes(const QAbstractItemModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row, 0).data(CouponsModel::CodeRole).toString());
        return list;
    }
};

} // namespace

TEST_F(CouponsModelTest, EveryColumnSpeaksTheMerchantsArabic)
{
    Language::apply(app(), Language::localeFor(u"ar"_s));
    auto coupons = model();
    const CouponsModel &m = *coupons;
    ASSERT_EQ(m.rowCount(), 5);
    // The code stays Latin, in a left-to-right isolate inside the Arabic line.
    EXPECT_EQ(cell(m, u"EID25"_s, CouponsModel::CodeColumn), u"\u2066EID25\u2069"_s);
    const QString discount = cell(m, u"EID25"_s, CouponsModel::DiscountColumn);
    EXPECT_TRUE(discount.startsWith(u"٢٥"_s)) << discount.toStdString();
    EXPECT_TRUE(discount.contains(u"بحد أقصى ١٠٠٫٠٠ ر.س"_s)) << discount.toStdString();
    EXPECT_EQ(cell(m, u"RAMADAN"_s, CouponsModel::DiscountColumn), u"٥٠٫٠٠ ر.س، شحن مجاني"_s);
    EXPECT_EQ(cell(m, u"EID25"_s, CouponsModel::StateColumn), u"مفعّل"_s);
    EXPECT_EQ(cell(m, u"BLACK50"_s, CouponsModel::StateColumn), u"متوقف"_s);
    EXPECT_EQ(cell(m, u"EID25"_s, CouponsModel::SyncColumn), u"في سلة"_s);
    EXPECT_EQ(cell(m, u"BLACK50"_s, CouponsModel::SyncColumn), u"بانتظار سلة"_s);
    // Uses counted with the noun agreeing: ٣ مرات، ١١ مرة، ١٠٠ مرة، لم يُستخدم.
    EXPECT_EQ(cell(m, u"EID25"_s, CouponsModel::UsesColumn), u"٣ مرات"_s);
    EXPECT_EQ(cell(m, u"RAMADAN"_s, CouponsModel::UsesColumn), u"١١ مرة"_s);
    EXPECT_EQ(cell(m, u"VIP"_s, CouponsModel::UsesColumn), u"١٠٠ مرة"_s);
    EXPECT_EQ(cell(m, u"SUMMER"_s, CouponsModel::UsesColumn), u"لم يُستخدم"_s);
    EXPECT_EQ(cell(m, u"EID25"_s, CouponsModel::RevenueColumn), u"١٬٢٣٤٫٥٠ ر.س"_s);
    EXPECT_EQ(cell(m, u"EID25"_s, CouponsModel::ExpiryColumn), u"٣١/١٢/٢٠٢٦"_s);
    EXPECT_EQ(cell(m, u"VIP"_s, CouponsModel::CodeColumn), u"\u2066VIP\u2069 (حملة من ٥٠٠ رمز)"_s);
    EXPECT_EQ(m.headerData(CouponsModel::RevenueColumn, Qt::Horizontal).toString(), u"المبيعات"_s);
}

TEST_F(CouponsModelTest, EveryColumnSpeaksEnglishInEnglish)
{
    Language::apply(app(), Language::localeFor(u"en"_s));
    auto coupons = model();
    const CouponsModel &m = *coupons;
    EXPECT_EQ(cell(m, u"EID25"_s, CouponsModel::DiscountColumn), u"25% up to SAR 100.00"_s);
    EXPECT_EQ(cell(m, u"RAMADAN"_s, CouponsModel::DiscountColumn), u"SAR 50.00, free shipping"_s);
    EXPECT_EQ(cell(m, u"EID25"_s, CouponsModel::UsesColumn), u"3 uses"_s);
    EXPECT_EQ(cell(m, u"EID25"_s, CouponsModel::RevenueColumn), u"SAR 1,234.50"_s);
    EXPECT_EQ(cell(m, u"EID25"_s, CouponsModel::ExpiryColumn), u"31 Dec 2026"_s);
    EXPECT_EQ(cell(m, u"RAMADAN"_s, CouponsModel::StateColumn), u"Expired"_s);
    EXPECT_EQ(cell(m, u"VIP"_s, CouponsModel::CodeColumn), u"\u2066VIP\u2069 (campaign of 500 codes)"_s);
    // Salla's Arabic words do not go into an English sentence: the field is named, the
    // words wait in the tooltip.
    EXPECT_EQ(cell(m, u"SUMMER"_s, CouponsModel::SyncColumn), u"Salla refused it: check “Coupon code”"_s);
    EXPECT_EQ(m.index(rowOf(m, u"SUMMER"_s), CouponsModel::SyncColumn).data(Qt::ToolTipRole).toString(),
              u"لقد قمت بتسجيل كوبون بنفس الاسم من قبل"_s);
}

TEST_F(CouponsModelTest, ACouponPastItsExpiryReadsExpiredFromThatMomentOn)
{
    Language::apply(app(), Language::localeFor(u"en"_s));
    CouponsModel coupons(cache());
    coupons.setClock([] { return QDateTime(QDate(2026, 11, 20), QTime(20, 0), Qt::UTC); }); // 23:00 in Riyadh
    EXPECT_EQ(coupons.index(rowOf(coupons, u"RAMADAN"_s), 0).data(CouponsModel::StateKeyRole).toString(), u"active"_s);
    coupons.setClock([] { return QDateTime(QDate(2026, 11, 20), QTime(21, 0), Qt::UTC); }); // past 23:59:59 Riyadh
    EXPECT_EQ(coupons.index(rowOf(coupons, u"RAMADAN"_s), 0).data(CouponsModel::StateKeyRole).toString(), u"expired"_s);
}

TEST_F(CouponsModelTest, ARefusedPushShowsSallasOwnArabicWords)
{
    Language::apply(app(), Language::localeFor(u"ar"_s));
    auto coupons = model();
    const QString words = cell(*coupons, u"SUMMER"_s, CouponsModel::SyncColumn);
    EXPECT_TRUE(words.startsWith(u"رفضته سلة: «"_s)) << words.toStdString();
    EXPECT_TRUE(words.contains(u"لقد قمت بتسجيل كوبون بنفس الاسم من قبل"_s)) << words.toStdString();
    EXPECT_EQ(coupons->index(rowOf(*coupons, u"SUMMER"_s), 0).data(CouponsModel::SyncKeyRole).toString(), u"failed"_s);
}

TEST_F(CouponsModelTest, AQueuedChangeShowsAtOnceAsWaitingToBeSent)
{
    Language::apply(app(), Language::localeFor(u"ar"_s));
    const std::optional<CouponRecord> eid = CouponStore(cache()).find(1);
    ASSERT_TRUE(eid.has_value());
    CouponDraft edited = eid->coupon.terms;
    edited.amount = 3000;
    Outbox outbox(cache());
    ASSERT_TRUE(outbox.enqueue(couponEditRequest(1, edited, eid->version), Outbox::Unsent::Replace).has_value());
    CouponDraft fresh = sampleCoupon(0, u"NEW10"_s, 1000, QDate(2027, 1, 1)).terms;
    ASSERT_TRUE(outbox.enqueue(couponCreateRequest(fresh)).has_value());
    ASSERT_TRUE(outbox.enqueue(couponDeleteRequest(2, 1)).has_value());
    ASSERT_TRUE(outbox.enqueue(couponDisableRequest(4)).has_value());

    auto coupons = model();
    const CouponsModel &m = *coupons;
    ASSERT_EQ(m.rowCount(), 6);
    EXPECT_TRUE(cell(m, u"EID25"_s, CouponsModel::DiscountColumn).startsWith(u"٣٠"_s));
    EXPECT_EQ(cell(m, u"EID25"_s, CouponsModel::SyncColumn), u"بانتظار الإرسال"_s);
    EXPECT_EQ(cell(m, u"EID25"_s, CouponsModel::UsesColumn), u"٣ مرات"_s) << "its figures stay the daemon's";
    const int created = rowOf(m, u"NEW10"_s);
    ASSERT_GE(created, 0);
    EXPECT_FALSE(m.index(created, 0).data(CouponsModel::OnDaemonRole).toBool());
    EXPECT_EQ(m.index(created, 0).data(CouponsModel::SyncKeyRole).toString(), u"sending"_s);
    EXPECT_EQ(cell(m, u"RAMADAN"_s, CouponsModel::StateColumn), u"قيد الحذف"_s);
    EXPECT_EQ(cell(m, u"VIP"_s, CouponsModel::StateColumn), u"متوقف"_s);
    // The version the merchant's screen rests on is the one the change was made on.
    EXPECT_EQ(CouponStore(cache()).find(1)->version, eid->version);
    // A refused change needs no undo: its row leaves the outbox and the daemon's copy shows.
    for (const OutboxEntry &entry : outbox.pending())
        ASSERT_TRUE(outbox.remove(entry.id).has_value());
    coupons->reload();
    EXPECT_EQ(coupons->rowCount(), 5);
    EXPECT_TRUE(cell(*coupons, u"EID25"_s, CouponsModel::DiscountColumn).startsWith(u"٢٥"_s));
}

TEST_F(CouponsModelTest, TheSearchFindsACodeInEitherDigitSystemAndAnyCase)
{
    auto coupons = model();
    CouponsFilter filter;
    filter.setSourceModel(coupons.get());
    filter.setSearch(u"eid٢"_s);
    EXPECT_EQ(codes(filter), QStringList{u"EID25"_s});
    filter.setSearch(u"zzz"_s);
    EXPECT_EQ(filter.rowCount(), 0);
    filter.setSearch({});
    EXPECT_EQ(filter.rowCount(), 5);
}

TEST_F(CouponsModelTest, FiltersByStateAndByStandingWithSalla)
{
    auto coupons = model();
    CouponsFilter filter;
    filter.setSourceModel(coupons.get());
    filter.setState(u"expired"_s);
    EXPECT_EQ(codes(filter), QStringList{u"RAMADAN"_s});
    filter.setState(u"inactive"_s);
    EXPECT_EQ(codes(filter), QStringList{u"BLACK50"_s});
    filter.setState({});
    filter.setSync(u"failed"_s);
    EXPECT_EQ(codes(filter), QStringList{u"SUMMER"_s});
    // Waiting: for Salla, or still in this computer's outbox.
    ASSERT_TRUE(Outbox(cache()).enqueue(couponDisableRequest(1)).has_value());
    coupons->reload();
    filter.setSync(u"waiting"_s);
    QStringList waiting = codes(filter);
    waiting.sort();
    EXPECT_EQ(waiting, (QStringList{u"BLACK50"_s, u"EID25"_s}));
}

TEST_F(CouponsModelTest, SortsByWhatEachBroughtInOrByHowOftenItWasUsed)
{
    auto coupons = model();
    CouponsFilter filter;
    filter.setSourceModel(coupons.get());
    filter.setSortBy(CouponsFilter::Sort::Revenue);
    EXPECT_EQ(codes(filter).mid(0, 3), (QStringList{u"EID25"_s, u"RAMADAN"_s, u"VIP"_s}));
    filter.setSortBy(CouponsFilter::Sort::Uses);
    EXPECT_EQ(codes(filter).mid(0, 3), (QStringList{u"VIP"_s, u"RAMADAN"_s, u"EID25"_s}));
    filter.setSortBy(CouponsFilter::Sort::Code);
    EXPECT_EQ(codes(filter).first(), u"BLACK50"_s);
    filter.setSortBy(CouponsFilter::Sort::Newest);
    EXPECT_EQ(codes(filter).first(), u"BLACK50"_s) << "updated last";
}

TEST_F(CouponsModelTest, PassesTheModelTesterThroughReloads)
{
    auto coupons = model();
    QAbstractItemModelTester tester(coupons.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CouponsFilter filter;
    filter.setSourceModel(coupons.get());
    QAbstractItemModelTester filtered(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    coupons->reload();
    coupons->retranslate();
    filter.setSearch(u"E"_s);
    EXPECT_EQ(coupons->columnCount(), CouponsModel::ColumnCount);
}

TEST_F(CouponsModelTest, TheToolsCardCountsTheWeeksCouponOrdersAndTheirSales)
{
    Language::apply(app(), Language::localeFor(u"ar"_s));
    FeatureCardsModel cards(cache());
    cards.setClock([] { return kNow; });
    cards.reload();
    // Active coupons, none used this week yet.
    const auto figure = [&cards] { return cards.index(cards.rowOf(u"coupons"_s)).data(FeatureCardsModel::FigureRole).toString(); };
    EXPECT_EQ(figure(), u"٣ كوبونات مفعّلة، لم تُستخدم في آخر ٧ أيام"_s) << figure().toStdString();

    // Three orders with a code this week (one a campaign's), one eight days ago, one without.
    QJsonArray changes;
    const QStringList codes{u"EID25"_s, u"VIPX7K2M9"_s, u"EID25"_s, u"EID25"_s, QString()};
    const QStringList days{u"2026-11-30"_s, u"2026-11-29"_s, u"2026-11-25"_s, u"2026-11-23"_s, u"2026-11-30"_s};
    for (int i = 0; i < 5; ++i)
        changes.append(change(10001 + i, u"order"_s, QString::number(i + 1),
                              orderPayload(i + 1, 11500 * (i + 1), codes[i], days[i] + u"T10:00:00.000Z"_s)));
    // Seqs after the fixture's own coupon changes: the applier takes only newer ones.
    auto applied = ChangeApplier(cache()).apply(decodedPage(changes, 10005, false));
    ASSERT_TRUE(applied) << applied.error().toString().toStdString();
    QSqlQuery orders(cache().database());
    ASSERT_TRUE(orders.exec(u"SELECT COUNT(*) FROM orders"_s) && orders.next());
    ASSERT_EQ(orders.value(0).toInt(), 5);
    cards.reload();
    EXPECT_EQ(figure(), u"استُخدمت الكوبونات ٣ مرات في آخر ٧ أيام، بمبيعات ٦٩٠٫٠٠ ر.س"_s) << figure().toStdString();
    EXPECT_EQ(cards.index(cards.rowOf(u"coupons"_s)).data(FeatureCardsModel::PageRole).toString(), u"coupons"_s);
    Language::apply(app(), Language::localeFor(u"en"_s));
    cards.retranslate();
    EXPECT_EQ(figure(), u"Used 3 times in the last 7 days, SAR 690.00 in sales"_s);
}

TEST_F(CouponsModelTest, TheToolsCardInvitesAFirstCouponInAStoreWithoutOne)
{
    Language::apply(app(), Language::localeFor(u"en"_s));
    for (qint64 id = 1; id <= 5; ++id)
        ASSERT_TRUE(CouponStore(cache()).remove(id).has_value());
    FeatureCardsModel cards(cache());
    const QModelIndex card = cards.index(cards.rowOf(u"coupons"_s));
    EXPECT_EQ(card.data(FeatureCardsModel::FigureRole).toString(), u"No active coupon yet. Make one on the Coupons page."_s);
    EXPECT_FALSE(card.data(FeatureCardsModel::HasDataRole).toBool());
}
