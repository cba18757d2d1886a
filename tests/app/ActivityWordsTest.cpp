// The activity list in the merchant's words: every kind of event the daemon handles
// says what happened in Arabic and English, Salla's own event names never reach a row,
// a failure carries its reason and what to do, and times read the merchant's way.
#include "i18n/DateFormat.h"
#include "i18n/Language.h"
#include "viewmodels/ActivityModel.h"

#include <QApplication>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class ActivityWordsTest : public ::testing::Test
{
protected:
    void TearDown() override { use(u"ar"_s); }
    static void use(const QString &language)
    {
        Language::apply(*static_cast<QApplication *>(QCoreApplication::instance()), Language::localeFor(language));
    }
    static ActivityEvent event(const QString &type, const QString &status = u"processed"_s, int attempts = 1,
                               const QString &error = {})
    {
        ActivityEvent e;
        e.eventType = type;
        e.source = u"webhook"_s;
        e.status = status;
        e.attempts = attempts;
        e.lastError = error;
        return e;
    }
    // 2026-12-01 21:13 in Riyadh (UTC+3).
    static QDateTime evening() { return QDateTime(QDate(2026, 12, 1), QTime(18, 13), QTimeZone::utc()); }
};

const QList<std::pair<QString, QString>> kKinds = {
    {u"app.installed"_s, u"تم تثبيت التطبيق"_s},
    {u"app.store.authorize"_s, u"تم ربط متجرك بنمو فلو"_s},
    {u"app.uninstalled"_s, u"تم حذف التطبيق من متجرك"_s},
    {u"app.updated"_s, u"تم تحديث التطبيق"_s},
    {u"app.settings.updated"_s, u"تغيّرت إعدادات التطبيق في سلة"_s},
    {u"customer.created"_s, u"عميل جديد"_s},
    {u"customer.updated"_s, u"تغيّرت بيانات عميل"_s},
    {u"order.created"_s, u"طلب جديد"_s},
    {u"order.status.updated"_s, u"تغيّرت حالة طلب"_s},
    {u"order.updated"_s, u"تحديث على طلب"_s},
    {u"order.cancelled"_s, u"أُلغي طلب"_s},
    {u"order.shipment.created"_s, u"تحديث على طلب"_s},
    {u"abandoned.cart"_s, u"سلة متروكة"_s},
    {u"abandoned.cart.purchased"_s, u"سلة مستعادة: أتمّ العميل الشراء"_s},
    {u"coupon.applied"_s, u"استخدم عميل كوبونًا"_s},
    {u"coupon.changed_on_salla"_s, u"تغيّر كوبون في سلة، وأُبقيت نسخة سلة"_s},
    {u"coupon.deleted_on_salla"_s, u"حُذف كوبون في سلة"_s},
    {u"product.created"_s, u"تحديث من سلة"_s},
    {u"something.new.from.salla"_s, u"تحديث من سلة"_s},
};
} // namespace

TEST_F(ActivityWordsTest, EveryKindSaysWhatHappenedInArabic)
{
    use(u"ar"_s);
    for (const auto &[type, words] : kKinds)
        EXPECT_EQ(ActivityModel::eventText(type), words) << type.toStdString();
}

TEST_F(ActivityWordsTest, EveryKindSaysWhatHappenedInEnglish)
{
    use(u"en"_s);
    const QList<std::pair<QString, QString>> english = {
        {u"app.installed"_s, u"App installed"_s},
        {u"app.store.authorize"_s, u"Your store was connected to Nomo Flow"_s},
        {u"app.uninstalled"_s, u"App removed from your store"_s},
        {u"app.updated"_s, u"App updated"_s},
        {u"app.settings.updated"_s, u"App settings changed in Salla"_s},
        {u"customer.created"_s, u"New customer"_s},
        {u"customer.updated"_s, u"A customer's details changed"_s},
        {u"order.created"_s, u"New order"_s},
        {u"order.status.updated"_s, u"An order's status changed"_s},
        {u"order.updated"_s, u"An order was updated"_s},
        {u"abandoned.cart"_s, u"Abandoned cart"_s},
        {u"abandoned.cart.purchased"_s, u"Abandoned cart bought"_s},
        {u"coupon.applied"_s, u"A customer used a coupon"_s},
        {u"coupon.changed_on_salla"_s, u"A coupon was changed in Salla; Salla's copy was kept"_s},
        {u"coupon.deleted_on_salla"_s, u"A coupon was deleted in Salla"_s},
        {u"something.new.from.salla"_s, u"Update from Salla"_s},
    };
    for (const auto &[type, words] : english)
        EXPECT_EQ(ActivityModel::eventText(type), words) << type.toStdString();
}

TEST_F(ActivityWordsTest, NoRawEventNameReachesARowInEitherLanguage)
{
    for (const QString &language : {u"ar"_s, u"en"_s}) {
        use(language);
        for (const auto &[type, words] : kKinds) {
            const QString text = ActivityModel::eventText(type);
            EXPECT_FALSE(text.contains(u'.')) << type.toStdString() << " → " << text.toStdString();
            EXPECT_FALSE(text.contains(type));
        }
    }
}

TEST_F(ActivityWordsTest, StatusesAndSourcesInPlainArabic)
{
    use(u"ar"_s);
    EXPECT_EQ(ActivityModel::statusText(event(u"order.created"_s, u"processed"_s)), u"تم"_s);
    EXPECT_EQ(ActivityModel::statusText(event(u"order.created"_s, u"failed"_s, 5, u"boom"_s)), u"فشل"_s);
    EXPECT_EQ(ActivityModel::statusText(event(u"order.created"_s, u"ignored"_s)), u"لا يلزم إجراء"_s);
    EXPECT_EQ(ActivityModel::statusText(event(u"order.created"_s, u"pending"_s, 0)), u"قيد الانتظار"_s);
    EXPECT_EQ(ActivityModel::statusText(event(u"order.created"_s, u"pending"_s, 2, u"timeout"_s)), u"ستُعاد المحاولة"_s);
    EXPECT_EQ(ActivityModel::sourceText(u"webhook"_s), u"من سلة مباشرةً"_s);
    EXPECT_EQ(ActivityModel::sourceText(u"reconcile"_s), u"استدراك تلقائي"_s);
}

TEST_F(ActivityWordsTest, AFailureCarriesItsReasonAndWhatToDoNotTheRawError)
{
    const ActivityEvent failed = event(u"order.updated"_s, u"failed"_s, 5, u"customer 88231 not found at Salla (404)"_s);
    use(u"en"_s);
    EXPECT_EQ(ActivityModel::detailText(failed),
              u"Salla no longer has what this update refers to. We stopped after 5 attempts; there is nothing for you to do."_s);
    EXPECT_EQ(ActivityModel::detailText(event(u"order.updated"_s, u"pending"_s, 1, u"connection refused"_s)),
              u"Salla did not answer in time. We will try again shortly."_s);
    use(u"ar"_s);
    EXPECT_EQ(ActivityModel::detailText(failed), u"لم نجد في سلة ما يخصّه هذا التحديث. توقفنا بعد ٥ محاولات، ولا يلزمك شيء."_s);
    EXPECT_EQ(ActivityModel::detailText(event(u"order.updated"_s, u"failed"_s, 11, u"HTTP 401"_s)),
              u"لم تسمح سلة لنمو فلو بالوصول إلى متجرك. توقفنا بعد ١١ محاولة، ولا يلزمك شيء."_s);
    EXPECT_EQ(ActivityModel::detailText(event(u"order.updated"_s, u"failed"_s, 2, u"weird"_s)),
              u"تعذّر علينا إكمال هذا التحديث. توقفنا بعد محاولتين، ولا يلزمك شيء."_s);
    EXPECT_FALSE(ActivityModel::detailText(failed).contains(u"88231"_s));
    EXPECT_TRUE(ActivityModel::detailText(event(u"order.created"_s)).isEmpty());
}

TEST_F(ActivityWordsTest, DatesReadTheMerchantsWayInRiyadhTime)
{
    EXPECT_EQ(i18n::dateTime(evening(), Language::localeFor(u"ar"_s)), u"١/١٢/٢٠٢٦ ٩:١٣ م"_s);
    EXPECT_EQ(i18n::dateTime(evening(), Language::localeFor(u"en"_s)), u"1 Dec 2026, 21:13"_s);
    const QDateTime morning(QDate(2026, 3, 5), QTime(4, 7), QTimeZone::utc()); // 07:07 in Riyadh
    EXPECT_EQ(i18n::dateTime(morning, Language::localeFor(u"ar"_s)), u"٥/٣/٢٠٢٦ ٧:٠٧ ص"_s);
    EXPECT_EQ(i18n::dateTime(morning, Language::localeFor(u"en"_s)), u"5 Mar 2026, 07:07"_s);
    EXPECT_TRUE(i18n::dateTime(QDateTime(), Language::localeFor(u"en"_s)).isEmpty());
}
