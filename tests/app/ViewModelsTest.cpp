// View models without widgets: card figures from the cache, settings validation in
// the merchant's language, the daemon's 422 mapped to its field, status words.
#include "api/ApiClient.h"
#include "cache/ChangeApplier.h"
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
        EXPECT_EQ(cards.index(row).data(FeatureCardsModel::FigureRole).toString(), u"No data yet"_s);
        EXPECT_FALSE(cards.index(row).data(FeatureCardsModel::HasDataRole).toBool());
    }
}

TEST_F(ViewModelsTest, CouponCardCountsThisWeeksCouponOrdersInArabicDigits)
{
    const QDateTime now = QDateTime(QDate(2025, 11, 23), QTime(12, 0), Qt::UTC);
    QJsonArray changes{change(1, u"order"_s, u"1"_s, orderPayload(1, 11550, u"EID"_s, u"2025-11-22T10:00:00.000Z"_s)),
                       change(2, u"order"_s, u"2"_s, orderPayload(2, 10000, u"EID"_s, u"2025-11-01T10:00:00.000Z"_s)),
                       change(3, u"order"_s, u"3"_s, orderPayload(3, 5000, {}, u"2025-11-22T11:00:00.000Z"_s))};
    ASSERT_TRUE(ChangeApplier(cache()).apply(decodedPage(changes, 3, false)).has_value());
    Language::apply(app(), Language::localeFor(u"ar"_s));
    FeatureCardsModel cards(cache());
    cards.setClock([now] { return now; });
    cards.reload();
    const QString figure = cards.index(cards.rowOf(u"coupons"_s)).data(FeatureCardsModel::FigureRole).toString();
    EXPECT_TRUE(figure.contains(u"١١٥٫٥٠"_s)) << figure.toStdString();
    EXPECT_TRUE(figure.contains(u"طلب واحد"_s)) << figure.toStdString();
    Language::apply(app(), Language::localeFor(u"en"_s));
    cards.retranslate();
    EXPECT_EQ(cards.index(0).data(FeatureCardsModel::FigureRole).toString(), u"1 order with a coupon in the last 7 days, SAR 115.50"_s);
}

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
