// View models without widgets: card figures from the cache, settings validation in
// the merchant's language, the daemon's 422 mapped to its field, status words.
#include "api/ApiClient.h"
#include "cache/ChangeApplier.h"
#include "domain/ChangePage.h"
#include "core/Clock.h"
#include "core/Time.h"
#include "json/DomainJson.h"
#include "viewmodels/VisitorsModel.h"
#include "sync/SyncEngine.h"
#include "cache/DemoData.h"
#include "i18n/Language.h"
#include "support/CacheFixture.h"
#include "viewmodels/ActivityModel.h"
#include "viewmodels/FeatureCardsModel.h"
#include "viewmodels/SettingsFormModel.h"
#include "viewmodels/StatusViewModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {
class ViewModelsTest : public CacheFixture
{
protected:
    void TearDown() override { Language::apply(*qApp, Language::localeFor(u"ar"_s)); }
    static QApplication &app() { return *static_cast<QApplication *>(QCoreApplication::instance()); }
};
} // namespace

TEST_F(ViewModelsTest, CardsSayNoDataYetOnAnEmptyCache)
{
    Language::apply(app(), Language::localeFor(u"en"_s));
    FeatureCardsModel cards(cache());
    QAbstractItemModelTester tester(&cards, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(cards.rowCount(), 6);
    for (int row = 0; row < 6; ++row) {
        // The coupon tool can start from nothing: its card invites the first coupon; the
        // storefront's say where their figures will come from.
        const QMap<QString, QString> empty{
            {u"coupons"_s, u"No active coupon yet. Make one on the Coupons page."_s},
            {u"visitor_data"_s, u"No visits recorded yet. Visits show here a few minutes after the first shopper."_s},
            {u"visitor_counter"_s, u"No visitors counted today yet."_s},
            {u"email_collector"_s, u"No subscribers yet. Sign-ups from your store show here."_s}};
        const QString key = cards.index(row).data(FeatureCardsModel::KeyRole).toString();
        const QString expected = empty.value(key, u"No data yet"_s);
        EXPECT_EQ(cards.index(row).data(FeatureCardsModel::FigureRole).toString(), expected);
        EXPECT_FALSE(cards.index(row).data(FeatureCardsModel::HasDataRole).toBool());
    }
}

TEST_F(ViewModelsTest, TheStorefrontCardsAndTheVisitorsReportReadWhatTheChangeFeedBrought)
{
    Language::apply(app(), Language::localeFor(u"en"_s));
    const QDate today = time::riyadhDay(QDateTime::currentDateTimeUtc());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ChangePage page;
    const auto apply = [&](const QString &entity, const QString &id, const QJsonObject &payload) {
        page.changes.append(Change{page.changes.size() + 1, entity, id, u"upsert"_s, payload, now});
    };
    for (int back = 0; back < 10; ++back) {
        VisitorDay day;
        day.day = today.addDays(-back);
        day.visitors = 10 + back;
        day.sessions = 12 + back;
        day.pageViews = 30;
        day.pages = {NamedCount{u"/"_s, 20}, NamedCount{u"/oud/p77"_s, 10}};
        day.sources = {NamedCount{u"instagram"_s, 8}, NamedCount{QString(), 4 + back}};
        day.devices = {NamedCount{u"mobile"_s, 12 + back}};
        apply(u"visitor_day"_s, day.day.toString(Qt::ISODate), toJson(day));
    }
    for (int i = 1; i <= 3; ++i) {
        EmailSubscriber one;
        one.id = i;
        one.email = u"s%1@example.com"_s.arg(i);
        one.consentAt = one.createdAt = i == 3 ? now.addDays(-30) : now.addDays(-1);
        one.unsubscribedAt = i == 2 ? now : QDateTime();
        apply(u"subscriber"_s, QString::number(i), toJson(one));
    }
    page.nextSince = page.changes.size();
    ASSERT_TRUE(ChangeApplier(cache()).apply(page)) << "the feed's page, as a sync applies it";
    FeatureCardsModel cards(cache());
    const auto figure = [&](const QString &key) { return cards.index(cards.rowOf(key)).data(FeatureCardsModel::FigureRole).toString(); };
    // Seven days: 10+11+…+16 visitors, 30 page views each.
    EXPECT_EQ(figure(u"visitor_data"_s), u"91 visitors in the last 7 days, 210 page views"_s);
    EXPECT_EQ(figure(u"visitor_counter"_s), u"10 visitors on your store today"_s);
    // The daemon's live stream, while it is up, comes first; without it, today's figure again.
    cards.setLiveVisitors(3);
    EXPECT_EQ(figure(u"visitor_counter"_s), u"3 visitors on your store now, 10 today"_s);
    cards.setLiveVisitors(std::nullopt);
    EXPECT_EQ(figure(u"visitor_counter"_s), u"10 visitors on your store today"_s);
    EXPECT_EQ(figure(u"email_collector"_s), u"2 subscribers on your list, 1 new in the last 7 days"_s) << "the unsubscribed one is off the list";

    ManualClock clock(now);
    VisitorsModel report(cache(), clock);
    report.setDays(7);
    ASSERT_EQ(report.daily().size(), 7);
    EXPECT_EQ(report.daily().constLast().day, today);
    EXPECT_EQ(report.totals().visitors, 91);
    EXPECT_EQ(report.previousTotals().visitors, 17 + 18 + 19) << "the days before, as far as the cache has them";
    EXPECT_EQ(report.pages().constFirst(), (NamedCount{u"/"_s, 140}));
    EXPECT_EQ(report.sources(), (QList<NamedCount>{NamedCount{u"instagram"_s, 56}, NamedCount{QString(), 49}}))
        << "summed over the days: 8 a day, and the straight visits 4+5+…+10";
    EXPECT_EQ(VisitorsModel::sourceLabel({}), u"Came straight (typed, saved or an app)"_s);
    EXPECT_EQ(report.devices(), (QList<NamedCount>{NamedCount{u"mobile"_s, 105}}));
}

// The coupon card's figure comes from the cached coupons (uses and sales of the active
// ones): CouponsModelTest.TheToolsCardCountsUsesAndSalesOfActiveCouponsSoFar.

TEST_F(ViewModelsTest, SettingsFormChecksRangesInTheMerchantsLanguage)
{
    Language::apply(app(), Language::localeFor(u"ar"_s));
    SettingsFormModel form(*featureSchema(u"latest_purchase"_s), true, {});
    EXPECT_TRUE(form.validate());
    form.setValue(u"display_seconds"_s, 99);
    EXPECT_TRUE(form.hasErrors());
    EXPECT_EQ(form.errorFor(u"display_seconds"_s), u"أدخل عددًا صحيحًا من ٣ إلى ٣٠."_s);
    form.setValue(u"display_seconds"_s, 10);
    EXPECT_FALSE(form.hasErrors());
    EXPECT_EQ(form.fieldLabel(*form.schema().field(u"hide_names"_s)), u"إخفاء أسماء العملاء"_s);
}

TEST_F(ViewModelsTest, SettingsFormShowsTheDaemonsRefusalUnderItsField)
{
    Language::apply(app(), Language::localeFor(u"en"_s));
    SettingsFormModel form(*featureSchema(u"email_collector"_s), true, {});
    form.applyServerError(ApiError{u"invalid_argument"_s, u"settings.headline_en: at most 120 characters"_s, u"settings.too_long"_s,
                                   u"settings.headline_en"_s});
    EXPECT_EQ(form.errorFor(u"headline_en"_s), u"Use at most 120 characters."_s);
}

TEST_F(ViewModelsTest, StatusWordsFollowTheSyncState)
{
    Language::apply(app(), Language::localeFor(u"en"_s));
    ApiClient api(QUrl(u"http://127.0.0.1:1"_s));
    SyncEngine engine(cache(), api);
    StatusViewModel model(engine);
    EXPECT_TRUE(model.canSignIn());
    EXPECT_EQ(model.lastSyncText(), u"Never synced"_s);
    SyncStatus status;
    status.connection = SyncStatus::Connection::Offline;
    status.pendingEdits = 2;
    status.needsReauth = true;
    model.setStatus(status);
    EXPECT_EQ(model.connectionText(), u"Offline — showing saved data"_s);
    EXPECT_EQ(model.pendingText(), u"2 changes waiting to be sent"_s);
    EXPECT_TRUE(model.needsReauth());
    EXPECT_FALSE(model.canSignIn());
}

TEST_F(ViewModelsTest, ActivityModelReadsTheCacheAndPassesTheModelTester)
{
    ASSERT_TRUE(seedDemoData(cache(), DemoSize{10, 10}, QDateTime::currentDateTimeUtc()).has_value());
    Language::apply(app(), Language::localeFor(u"en"_s));
    ActivityModel activity(cache());
    QAbstractItemModelTester tester(&activity, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(activity.rowCount(), 10);
    EXPECT_TRUE(activity.countsText().contains(u"caught up automatically: 6"_s)) << activity.countsText().toStdString();
    EXPECT_FALSE(activity.countsText().contains(u"·"_s));
    EXPECT_EQ(activity.index(0, ActivityModel::StatusColumn).data().toString(), u"Waiting"_s);
    for (int row = 0; row < activity.rowCount(); ++row) {
        const QString words = activity.index(row, ActivityModel::EventColumn).data().toString();
        EXPECT_FALSE(words.contains(u"app.settings.updated"_s) || words.contains(u"order."_s)) << words.toStdString();
        if (activity.index(row, ActivityModel::StatusColumn).data().toString() == u"Failed"_s) {
            EXPECT_TRUE(words.contains(u"Salla no longer has what this update refers to."_s)) << words.toStdString();
            EXPECT_FALSE(words.contains(u"404"_s));
        }
    }
    Language::apply(app(), Language::localeFor(u"ar"_s));
    EXPECT_TRUE(activity.countsText().startsWith(u"تم: "_s)) << activity.countsText().toStdString();
    EXPECT_TRUE(activity.countsText().contains(u"، فشل: "_s));
}
