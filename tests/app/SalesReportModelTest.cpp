// The Reports page's model: periods in Riyadh days (the Hijri month and Ramadan by
// Umm al-Qura), days from the change feed added up against the period before, and
// the CSV for Excel.
#include "cache/ChangeApplier.h"
#include "core/Clock.h"
#include "domain/ChangePage.h"
#include "i18n/Language.h"
#include "json/DomainJson.h"
#include "json/SalesJson.h"
#include "support/CacheFixture.h"
#include "viewmodels/SalesReportModel.h"

#include <QApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {
class SalesReportModelTest : public CacheFixture
{
protected:
    void TearDown() override { Language::apply(*qApp, Language::localeFor(u"ar"_s)); }
    static QApplication &app() { return *static_cast<QApplication *>(QCoreApplication::instance()); }
};

SalesDay dayOf(QDate date, qint64 orders, qint64 revenue, qint64 fromCoupons)
{
    SalesDay d;
    d.day = date;
    d.orders = orders;
    d.revenue = revenue;
    d.vat = revenue * 15 / 115;
    d.sources = {SalesSource{u"coupon"_s, QString(), 1, fromCoupons, 0}, SalesSource{u"none"_s, QString(), orders - 1, revenue - fromCoupons, 0}};
    d.cartsAbandoned = 2;
    return d;
}
} // namespace

TEST_F(SalesReportModelTest, PeriodsAreRiyadhDaysAndTheHijriOnesFollowUmmAlQura)
{
    using Period = SalesReportModel::Period;
    const QDate today(2026, 3, 5); // 16 Ramadan 1447
    EXPECT_EQ(SalesReportModel::rangeOf(Period::Today, today), std::pair(today, today));
    EXPECT_EQ(SalesReportModel::rangeOf(Period::Days7, today), std::pair(QDate(2026, 2, 27), today));
    EXPECT_EQ(SalesReportModel::rangeOf(Period::Days30, today).first, QDate(2026, 2, 4));
    EXPECT_EQ(SalesReportModel::rangeOf(Period::HijriMonth, today), std::pair(QDate(2026, 2, 18), today)) << "1 Ramadan 1447";
    EXPECT_EQ(SalesReportModel::rangeOf(Period::Ramadan, today), std::pair(QDate(2026, 2, 18), today)) << "this Ramadan so far";
    // After it, the whole of the last one.
    const auto after = SalesReportModel::rangeOf(Period::Ramadan, QDate(2026, 6, 1));
    EXPECT_EQ(after.first, QDate(2026, 2, 18));
    EXPECT_EQ(after.second, QDate(2026, 3, 19)) << "Ramadan 1447 had 30 days";
}

TEST_F(SalesReportModelTest, APeriodIsItsDaysFromTheFeedAgainstTheOneBefore)
{
    Language::apply(app(), Language::localeFor(u"en"_s));
    // Noon in Riyadh on 30 November 2026.
    ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(9, 0), QTimeZone::utc()));
    const QDate today(2026, 11, 30);
    ChangePage page;
    const auto apply = [&](const SalesDay &day) {
        page.changes.append(Change{page.changes.size() + 1, u"sales_day"_s, day.day.toString(Qt::ISODate), u"upsert"_s, toJson(day),
                                   clock.nowUtc()});
    };
    apply(dayOf(today, 3, 30000, 10000));
    apply(dayOf(today.addDays(-6), 2, 11500, 5000));
    apply(dayOf(today.addDays(-7), 4, 50000, 0)); // the period before
    apply(dayOf(today.addDays(-20), 9, 99999, 0)); // neither
    page.nextSince = page.changes.size();
    ASSERT_TRUE(ChangeApplier(cache()).apply(page));

    SalesReportModel model(cache(), clock);
    model.setPeriod(SalesReportModel::Period::Days7);
    EXPECT_EQ(model.from(), QDate(2026, 11, 24));
    ASSERT_EQ(model.daily().size(), 7) << "every day, sold or not";
    EXPECT_EQ(model.daily().at(1).revenue, 0);
    EXPECT_EQ(model.total().orders, 5);
    EXPECT_EQ(model.total().revenue, 41500);
    EXPECT_EQ(SalesReportModel::attributed(model.total()), 15000);
    EXPECT_EQ(model.total().cartsAbandoned, 4);
    EXPECT_EQ(model.previous().revenue, 50000);
    EXPECT_EQ(model.previousFrom(), QDate(2026, 11, 17));
    EXPECT_TRUE(model.hasData());

    model.setCustom(today.addDays(-20), today.addDays(-20));
    EXPECT_EQ(model.period(), SalesReportModel::Period::Custom);
    EXPECT_EQ(model.total().revenue, 99999);
    model.setCustom(today, today.addDays(-1));
    EXPECT_EQ(model.from(), today.addDays(-20)) << "a period that ends before it begins is refused";
    model.setCustom(today.addDays(-500), today);
    EXPECT_EQ(model.from(), today.addDays(-20)) << "more than a year is refused";

    // The CSV: a BOM for Excel, a header, a row a day with SAR amounts and a dot.
    model.setPeriod(SalesReportModel::Period::Today);
    const QByteArray csv = model.csv();
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines.at(0).startsWith(u"Date,Hijri date,Orders,\"Sales (SAR, with VAT)\""_s)) << "a header with a comma is quoted: " << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(u"2026-11-30,20 Jumada al-Akhirah 1448 AH,3,300.00,39.13,260.87,0.00,100.00,0.00"_s))
        << lines.at(1).toStdString();
}

TEST_F(SalesReportModelTest, AToolsExperimentOverAPeriodIsItsDaysAndReadsInTheMerchantsWords)
{
    ManualClock clock(QDateTime(QDate(2026, 11, 30), QTime(9, 0), QTimeZone::utc()));
    const QDate today(2026, 11, 30);
    ChangePage page;
    // Two days of the toast's experiment: 40 of 800 visitors held back, who bought less.
    for (int back = 0; back < 2; ++back) {
        SalesDay day = dayOf(today.addDays(-back), 3, 30000, 10000);
        day.lift = {ToolLift{u"latest_purchase"_s, LiftGroup{380, 1140000, 38LL * 30000 * 30000}, LiftGroup{20, 0, 0}}};
        page.changes.append(Change{page.changes.size() + 1, u"sales_day"_s, day.day.toString(Qt::ISODate), u"upsert"_s, toJson(day),
                                   clock.nowUtc()});
    }
    page.nextSince = page.changes.size();
    ASSERT_TRUE(ChangeApplier(cache()).apply(page));
    SalesReportModel model(cache(), clock);
    model.setPeriod(SalesReportModel::Period::Days7);
    ASSERT_EQ(model.total().lift.size(), 1);
    const ToolLift &lift = model.total().lift.constFirst();
    EXPECT_EQ(lift.treated.shoppers, 760);
    EXPECT_EQ(lift.heldBack.shoppers, 40);
    const LiftEstimate estimate = estimateLift(lift.treated, lift.heldBack);
    EXPECT_EQ(estimate.verdict, LiftEstimate::Verdict::Raises);
    EXPECT_DOUBLE_EQ(estimate.difference, 3000.0) << "30 SAR a shopper more";

    Language::apply(app(), Language::localeFor(u"ar"_s));
    EXPECT_EQ(SalesReportModel::toolLabel(u"latest_purchase"_s), u"آخر عملية شراء"_s);
    EXPECT_EQ(SalesReportModel::verdictText(LiftEstimate{}), u"لم يتضح أثر بعد"_s);
    EXPECT_TRUE(SalesReportModel::verdictText(estimate).startsWith(u"تضيف من "_s)) << SalesReportModel::verdictText(estimate).toStdString();
    Language::apply(app(), Language::localeFor(u"en"_s));
    EXPECT_EQ(SalesReportModel::verdictText(LiftEstimate{}), u"No clear effect yet"_s);
}
