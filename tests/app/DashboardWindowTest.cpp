// The window opens from the cache with no daemon reachable, shows every card, and
// flips direction when the language changes at run time.
#include "app/ConsoleController.h"
#include "cache/CacheDatabase.h"
#include "cache/DemoData.h"
#include "cache/Outbox.h"
#include "domain/FeatureEdit.h"
#include "json/DomainJson.h"
#include "i18n/Digits.h"
#include "i18n/Language.h"
#include "sync/SyncEngine.h"
#include "ui/DashboardWindow.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class DashboardWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        {
            auto cache = CacheDatabase::open(m_dir.path());
            ASSERT_TRUE(cache.has_value());
            ASSERT_TRUE(seedDemoData(**cache, DemoSize{200, 500}, QDateTime::currentDateTimeUtc()).has_value());
        }
        Language::apply(app(), Language::localeFor(u"ar"_s));
        // Port 1 on loopback: nothing listens, as on a train with no signal.
        auto controller = ConsoleController::create({QUrl(u"http://127.0.0.1:1"_s), m_dir.path(), false});
        ASSERT_TRUE(controller.has_value());
        m_controller = std::move(*controller);
    }
    void TearDown() override { Language::apply(app(), Language::localeFor(u"ar"_s)); }
    static QApplication &app() { return *static_cast<QApplication *>(QCoreApplication::instance()); }

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleController> m_controller;
};
} // namespace

TEST_F(DashboardWindowTest, OpensFromTheCacheWithEveryCard)
{
    DashboardWindow &window = m_controller->window();
    window.show();
    EXPECT_TRUE(window.windowTitle().startsWith(u"نمو فلو"_s)) << window.windowTitle().toStdString();
    for (const auto key : {"coupons", "notifications", "visitor_counter", "email_collector", "visitor_data", "latest_purchase"}) {
        auto *card = window.findChild<QFrame *>(QString::fromLatin1(key) + u"Card"_s);
        ASSERT_NE(card, nullptr) << key;
        EXPECT_FALSE(card->findChild<QLabel *>(u"figureLabel"_s)->text().isEmpty()) << key;
    }
    EXPECT_TRUE(window.findChild<QLabel *>(u"connectionLabel"_s)->text().contains(u"البيانات المحفوظة"_s));
}

TEST_F(DashboardWindowTest, SwitchingLanguageFlipsTheLayoutAndTheWords)
{
    DashboardWindow &window = m_controller->window();
    window.show();
    EXPECT_EQ(window.layoutDirection(), Qt::RightToLeft);
    Language::apply(app(), Language::localeFor(u"en"_s));
    QCoreApplication::processEvents();
    EXPECT_EQ(window.layoutDirection(), Qt::LeftToRight);
    EXPECT_TRUE(window.windowTitle().startsWith(u"Nomo Flow"_s)) << window.windowTitle().toStdString();
    EXPECT_EQ(window.findChild<QFrame *>(u"couponsCard"_s)->findChild<QLabel *>(u"titleLabel"_s)->text(), u"Discount coupons"_s);
}

TEST_F(DashboardWindowTest, ASwitchQueuesAnEditShownAtOnce)
{
    DashboardWindow &window = m_controller->window();
    window.show();
    auto *card = window.findChild<QFrame *>(u"visitor_counterCard"_s);
    auto *toggle = card->findChild<QCheckBox *>(u"enabledSwitch"_s);
    ASSERT_FALSE(toggle->isChecked());
    toggle->click();
    QCoreApplication::processEvents();
    EXPECT_TRUE(toggle->isChecked());
    EXPECT_TRUE(card->findChild<QLabel *>(u"stateLabel"_s)->text().contains(u"بانتظار الإرسال"_s));
    EXPECT_EQ(m_controller->engine().status().pendingEdits, 1);
}

TEST_F(DashboardWindowTest, SettingsFormShowsARangeMessageAndKeepsSaveOff)
{
    SettingsDialog *dialog = m_controller->openSettings(u"latest_purchase"_s);
    ASSERT_NE(dialog, nullptr);
    dialog->show();
    auto *editor = dialog->findChild<QLineEdit *>(u"display_secondsEditor"_s);
    ASSERT_NE(editor, nullptr);
    editor->clear();
    editor->insert(u"٩٩"_s); // typed in Arabic-Indic digits
    QCoreApplication::processEvents();
    auto *error = dialog->findChild<QLabel *>(u"display_secondsError"_s);
    EXPECT_FALSE(error->isHidden());
    EXPECT_EQ(error->text(), u"أدخل عددًا صحيحًا من ٣ إلى ٣٠."_s);
}

TEST_F(DashboardWindowTest, SavingTheSettingsFormQueuesTheEditWithTheFormsValues)
{
    SettingsDialog *dialog = m_controller->openSettings(u"latest_purchase"_s);
    ASSERT_NE(dialog, nullptr);
    // The dialog deletes itself once closed: its result is taken as it finishes.
    int result = -1;
    QObject::connect(dialog, &QDialog::finished, dialog, [&result](int code) { result = code; });
    dialog->show();
    auto *editor = dialog->findChild<QLineEdit *>(u"display_secondsEditor"_s);
    ASSERT_NE(editor, nullptr);
    editor->clear();
    editor->insert(u"١٢"_s); // 12, in the merchant's digits
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    buttons->button(QDialogButtonBox::Save)->click();
    QCoreApplication::processEvents();

    EXPECT_EQ(result, QDialog::Accepted);
    auto cache = CacheDatabase::open(m_dir.path(), u"settings-save-reader"_s);
    ASSERT_TRUE(cache.has_value());
    const QList<OutboxEntry> pending = Outbox(**cache).pending();
    ASSERT_EQ(pending.size(), 1);
    EXPECT_EQ(pending[0].entityKey, u"latest_purchase"_s);
    ASSERT_TRUE(pending[0].body.has_value());
    auto edit = fromJson<FeatureEdit>(*pending[0].body);
    ASSERT_TRUE(edit.has_value());
    EXPECT_EQ(edit->settings.value(u"display_seconds"_s).toInt(), 12);
    EXPECT_EQ(pending[0].method, "PUT");
    EXPECT_EQ(pending[0].path, u"/api/v1/features/latest_purchase"_s);
    EXPECT_FALSE(pending[0].idempotencyKey.isEmpty());
    EXPECT_EQ(m_controller->engine().status().pendingEdits, 1);
}

TEST_F(DashboardWindowTest, DigitsTypedInEitherSystemShowInTheMerchantsAndCountTheSame)
{
    SettingsDialog *dialog = m_controller->openSettings(u"latest_purchase"_s);
    ASSERT_NE(dialog, nullptr);
    dialog->show();
    auto *editor = dialog->findChild<QLineEdit *>(u"display_secondsEditor"_s);
    ASSERT_NE(editor, nullptr);
    editor->clear();
    editor->insert(u"1"_s); // a Latin 1, then an Arabic-Indic 5
    editor->insert(u"٥"_s);
    QCoreApplication::processEvents();
    EXPECT_EQ(editor->text(), u"١٥"_s) << "shown back in Arabic-Indic digits";
    auto *error = dialog->findChild<QLabel *>(u"display_secondsError"_s);
    EXPECT_TRUE(error->isHidden()) << error->text().toStdString() << " — 15 is in range";
}

TEST(Digits, ReadsBothSystemsAndWritesTheLocales)
{
    EXPECT_EQ(digits::parseInteger(u"١٢"_s), 12);
    EXPECT_EQ(digits::parseInteger(u"1٢٣"_s), 123);
    EXPECT_EQ(digits::parseInteger(u"١٬٢٠٠"_s), 1200);
    EXPECT_EQ(digits::parseInteger(u"۱۵"_s), 15); // Persian digits too
    EXPECT_EQ(digits::parseInteger(u"12a"_s), std::nullopt);
    EXPECT_EQ(digits::toLocale(u"12"_s, QLocale(QLocale::Arabic, QLocale::SaudiArabia)), u"١٢"_s);
    EXPECT_EQ(digits::toLocale(u"12"_s, QLocale(QLocale::English, QLocale::UnitedStates)), u"12"_s);
}
