// View models without widgets: card figures from the cache, settings validation in
// the merchant's language, the daemon's 422 mapped to its field, status words.
#include "api/ApiClient.h"
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
        // The coupon tool can start from nothing: its card invites the first coupon.
        const QString expected = row == cards.rowOf(u"coupons"_s) ? u"No active coupon yet. Make one on the Coupons page."_s
                                                                   : u"No data yet"_s;
        EXPECT_EQ(cards.index(row).data(FeatureCardsModel::FigureRole).toString(), expected);
        EXPECT_FALSE(cards.index(row).data(FeatureCardsModel::HasDataRole).toBool());
    }
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
