// The console's shell, offscreen: the pages come from the registry in their order and
// each can be shown; the overview's figures equal sums computed independently from
// the same cache; and every visible word follows the language.
#include "app/ConsoleController.h"
#include "cache/CacheDatabase.h"
#include "cache/DemoData.h"
#include "core/Clock.h"
#include "core/Time.h"
#include "i18n/Language.h"
#include "ui/DashboardWindow.h"
#include "ui/pages/PageRegistry.h"
#include "viewmodels/ActivityModel.h"
#include "viewmodels/OverviewModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {

class ConsolePagesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        {
            auto cache = CacheDatabase::open(m_dir.path());
            ASSERT_TRUE(cache.has_value());
            ASSERT_TRUE(seedDemoData(**cache, DemoSize{400, 1000}, m_clock.nowUtc()).has_value());
        }
        Language::apply(app(), Language::localeFor(u"ar"_s));
        auto controller = ConsoleController::create({QUrl(u"http://127.0.0.1:1"_s), m_dir.path(), false});
        ASSERT_TRUE(controller.has_value());
        m_controller = std::move(*controller);
    }
    void TearDown() override { Language::apply(app(), Language::localeFor(u"ar"_s)); }
    static QApplication &app() { return *static_cast<QApplication *>(QCoreApplication::instance()); }

    // Revenue of orders in [from, to) by a query of its own, not DashboardQueries'.
    qint64 revenueBetween(const QDateTime &from, const QDateTime &to)
    {
        auto cache = CacheDatabase::open(m_dir.path());
        QSqlQuery query((*cache)->database());
        query.prepare(u"SELECT total_halalas, ordered_at FROM orders"_s);
        EXPECT_TRUE(query.exec());
        qint64 sum = 0;
        while (query.next()) {
            const qint64 at = query.value(1).toLongLong();
            if (at >= time::toStorage(from) && at < time::toStorage(to))
                sum += query.value(0).toLongLong();
        }
        return sum;
    }

    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleController> m_controller;
};

} // namespace

TEST_F(ConsolePagesTest, TheRegistryGivesThePagesInTheirOrderAndEachCanBeShown)
{
    DashboardWindow &window = m_controller->window();
    window.show();
    EXPECT_EQ(window.pageIds(), (QStringList{u"overview"_s, u"tools"_s, u"coupons"_s, u"messages"_s, u"storefront"_s, u"visitors"_s, u"reports"_s, u"activity"_s, u"account"_s}));
    EXPECT_EQ(window.currentPage(), u"overview"_s) << "the overview is what a merchant sees first";
    auto *stack = window.findChild<QStackedWidget *>(u"pages"_s);
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    ASSERT_TRUE(stack && navigation);
    for (const QString &id : window.pageIds()) {
        ASSERT_TRUE(window.showPage(id));
        EXPECT_EQ(window.currentPage(), id);
        EXPECT_EQ(stack->currentWidget()->objectName(), id + u"Page"_s);
    }
    EXPECT_FALSE(window.showPage(u"nowhere"_s));
    navigation->setCurrentRow(1);
    EXPECT_EQ(stack->currentWidget()->objectName(), u"toolsPage"_s) << "the navigation drives the stack";
}

TEST_F(ConsolePagesTest, TheOverviewsFiguresEqualSumsComputedApartFromTheSameCache)
{
    auto cache = CacheDatabase::open(m_dir.path());
    ASSERT_TRUE(cache.has_value());
    const OverviewModel model(**cache, m_clock);
    const QDate today = time::riyadhDay(m_clock.nowUtc());
    const QDateTime tomorrow = time::riyadhDayStartUtc(today.addDays(1));
    ASSERT_EQ(model.periods().size(), 3);
    EXPECT_EQ(model.periods().at(0).revenueHalalas, revenueBetween(time::riyadhDayStartUtc(today), m_clock.nowUtc().addMSecs(1)));
    EXPECT_EQ(model.periods().at(1).revenueHalalas, revenueBetween(time::riyadhDayStartUtc(today.addDays(-6)), tomorrow));
    EXPECT_EQ(model.periods().at(2).revenueHalalas, revenueBetween(time::riyadhDayStartUtc(today.addDays(-29)), tomorrow));
    EXPECT_EQ(model.periods().at(1).previousRevenueHalalas,
              revenueBetween(time::riyadhDayStartUtc(today.addDays(-13)), time::riyadhDayStartUtc(today.addDays(-6))));
    // The chart's days add up to the 30-day tile, and each day is its own Riyadh day.
    ASSERT_EQ(model.dailyRevenue().size(), 30);
    qint64 days = 0;
    for (const qint64 day : model.dailyRevenue())
        days += day;
    EXPECT_EQ(days, model.periods().at(2).revenueHalalas);
    EXPECT_EQ(model.dailyRevenue().constLast(), revenueBetween(time::riyadhDayStartUtc(today), tomorrow));
    EXPECT_GT(model.periods().at(2).revenueHalalas, 0) << "the demo store sold something";
}

TEST_F(ConsolePagesTest, EveryVisibleWordFollowsTheLanguage)
{
    DashboardWindow &window = m_controller->window();
    window.show();
    static const QRegularExpression arabic(u"[\\x{0600}-\\x{06FF}]"_s);
    static const QRegularExpression latin(u"[A-Za-z]{2,}"_s);
    // Names and the store's own data (a store name, a city, a message in its template's
    // language) are not words of ours.
    auto ours = [](const QWidget *widget) {
        for (const QWidget *w = widget; w; w = w->parentWidget())
            if (w->objectName() == u"storeName" || w->objectName() == u"storeMonogram" || w->objectName() == u"toolNow"
                || w->objectName() == u"figureLabel" || w->objectName() == u"languageMenu"
                || w->objectName() == u"previewSubject" || w->objectName() == u"messageBubble"
                // the storefront's previews speak the shopper's language, chosen by these two
                || w->objectName() == u"shopperPage" || w->objectName() == u"shopperArabic" || w->objectName() == u"shopperEnglish")
                return false;
        return true;
    };
    // Addresses are not words: they stay Latin in any language.
    static const QRegularExpression address(u"\\b[a-z]+://\\S+"_s);
    auto words = [&](const QRegularExpression &foreign) {
        QStringList found;
        for (const QString &id : window.pageIds()) {
            window.showPage(id);
            QCoreApplication::processEvents();
            for (const QLabel *label : window.findChildren<QLabel *>())
                if (label->isVisible() && ours(label) && foreign.match(QString(label->text()).remove(address)).hasMatch())
                    found.append(id + u": "_s + label->text());
            for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
                if (button->isVisible() && ours(button) && foreign.match(button->text()).hasMatch())
                    found.append(id + u": "_s + button->text());
        }
        auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
        for (int row = 0; row < navigation->count(); ++row)
            if (foreign.match(navigation->item(row)->text()).hasMatch())
                found.append(u"navigation: "_s + navigation->item(row)->text());
        return found;
    };
    EXPECT_EQ(words(latin), QStringList()) << "English left in the Arabic console";
    Language::apply(app(), Language::localeFor(u"en"_s));
    QCoreApplication::processEvents();
    EXPECT_EQ(words(arabic), QStringList()) << "Arabic left in the English console";
}

TEST_F(ConsolePagesTest, ActivityFiltersByOutcomeAndSearchesItsWords)
{
    DashboardWindow &window = m_controller->window();
    window.show();
    ASSERT_TRUE(window.showPage(u"activity"_s));
    auto *table = window.findChild<QWidget *>(u"activityPage"_s)->findChild<QTableView *>();
    auto *filter = window.findChild<QComboBox *>(u"activityFilter"_s);
    auto *search = window.findChild<QLineEdit *>(u"activitySearch"_s);
    ASSERT_TRUE(table && filter && search);
    const int all = table->model()->rowCount();
    ASSERT_GT(all, 0);
    filter->setCurrentIndex(filter->findData(u"failed"_s));
    const int failed = table->model()->rowCount();
    EXPECT_LT(failed, all);
    for (int row = 0; row < failed; ++row)
        EXPECT_EQ(table->model()->index(row, 0).data(ActivityModel::StatusKeyRole).toString(), u"failed"_s);
    filter->setCurrentIndex(0);
    EXPECT_EQ(table->model()->rowCount(), all);
    const QString words = table->model()->index(0, ActivityModel::EventColumn).data().toString().section(u' ', 0, 0);
    search->setText(words);
    EXPECT_GE(table->model()->rowCount(), 1);
    EXPECT_LE(table->model()->rowCount(), all);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        bool found = false;
        for (int column = 0; column < table->model()->columnCount(); ++column)
            found = found || table->model()->index(row, column).data().toString().contains(words, Qt::CaseInsensitive);
        EXPECT_TRUE(found) << row;
    }
    search->setText(u"no row says this 9f3k"_s);
    EXPECT_EQ(table->model()->rowCount(), 0);
}

TEST_F(ConsolePagesTest, ABannerFollowsTheLanguageSwitchToo)
{
    DashboardWindow &window = m_controller->window();
    window.show();
    window.showNotice([] { return DashboardWindow::tr("Copy the address"); }, u"http://127.0.0.1:1/signin"_s);
    const QString arabic = window.notice();
    ASSERT_FALSE(arabic.isEmpty());
    Language::apply(app(), Language::localeFor(u"en"_s));
    QCoreApplication::processEvents();
    EXPECT_EQ(window.notice(), u"Copy the address"_s) << "the banner stayed in Arabic";
    EXPECT_NE(window.notice(), arabic);
}
