#include "i18n/Language.h"
#include "ui/WelcomeWindow.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::Language;
using nomo::WelcomeWindow;

namespace {
class WelcomeWindowTest : public ::testing::Test
{
protected:
    void TearDown() override { Language::apply(*qApp, Language::localeFor(u"ar"_s)); }
    static QApplication &app() { return *static_cast<QApplication *>(QCoreApplication::instance()); }
};
} // namespace

TEST_F(WelcomeWindowTest, OpensInArabicRightToLeftByDefault)
{
    Language::apply(app(), Language::localeFor(QString()));
    WelcomeWindow window;
    window.show();
    EXPECT_EQ(QApplication::layoutDirection(), Qt::RightToLeft);
    EXPECT_EQ(window.windowTitle(), u"نمو فلو"_s);
    EXPECT_TRUE(window.findChild<QLabel *>(u"titleLabel"_s)->text().contains(u"سلة"_s));
}

TEST_F(WelcomeWindowTest, ShowsACardForEveryFeature)
{
    WelcomeWindow window;
    for (const auto key : {"coupons", "notifications", "visitor_counter", "email_collector", "visitor_data", "latest_purchase"}) {
        auto *card = window.findChild<QFrame *>(QString::fromLatin1(key) + u"Card"_s);
        ASSERT_NE(card, nullptr) << key;
        const auto *label = card->findChild<QLabel *>();
        EXPECT_FALSE(label->text().isEmpty()) << key;
    }
}

TEST_F(WelcomeWindowTest, SwitchesToEnglishAtRunTime)
{
    Language::apply(app(), Language::localeFor(u"ar"_s));
    WelcomeWindow window;
    window.show();
    Language::apply(app(), Language::localeFor(u"en"_s));
    QCoreApplication::processEvents();
    EXPECT_EQ(QApplication::layoutDirection(), Qt::LeftToRight);
    EXPECT_EQ(window.windowTitle(), u"Nomo Flow"_s);
    EXPECT_TRUE(window.findChild<QLabel *>(u"statusLabel"_s)->text().startsWith(u"No store is connected"_s));
}

TEST_F(WelcomeWindowTest, RendersToAPicture)
{
    WelcomeWindow window;
    window.show();
    const QPixmap picture = window.grab();
    EXPECT_GE(picture.width(), 800);
    EXPECT_FALSE(picture.toImage().isNull());
}
