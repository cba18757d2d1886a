// The Coupons page and its editor, offscreen over the demo store: its place after the
// tools, the invitation of an empty store, actions on the chosen row (delete asks
// first), the editor's live checks keeping Save off, a save shown in the list at once,
// and the coupon tool's card opening the page.
#include "app/ConsoleController.h"
#include "app/CouponFlows.h"
#include "cache/CacheDatabase.h"
#include "cache/CouponStore.h"
#include "cache/DemoData.h"
#include "cache/Outbox.h"
#include "i18n/Language.h"
#include "ui/DashboardWindow.h"
#include "viewmodels/CouponsModel.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {

class CouponsPageTest : public ::testing::Test
{
protected:
    void open(bool demo)
    {
        ASSERT_TRUE(m_dir.isValid());
        if (demo) {
            auto cache = CacheDatabase::open(m_dir.path());
            ASSERT_TRUE(cache.has_value());
            ASSERT_TRUE(seedDemoData(**cache, DemoSize{200, 100}, QDateTime::currentDateTimeUtc()).has_value());
        }
        Language::apply(app(), Language::localeFor(u"ar"_s));
        auto controller = ConsoleController::create({QUrl(u"http://127.0.0.1:1"_s), m_dir.path(), false});
        ASSERT_TRUE(controller.has_value());
        m_controller = std::move(*controller);
        window().show();
        ASSERT_TRUE(window().showPage(u"coupons"_s));
    }
    void TearDown() override { Language::apply(app(), Language::localeFor(u"ar"_s)); }
    static QApplication &app() { return *static_cast<QApplication *>(QCoreApplication::instance()); }
    DashboardWindow &window() { return m_controller->window(); }
    QTableView *table() { return window().findChild<QTableView *>(u"couponsTable"_s); }
    void choose(const QString &code)
    {
        QTableView *view = table();
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (view->model()->index(row, 0).data(CouponsModel::CodeRole).toString() == code)
                // As a click does (selectRow() finds no column at the far edge of a
                // right-to-left viewport).
                view->selectionModel()->select(view->model()->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QList<OutboxEntry> queued()
    {
        auto cache = CacheDatabase::open(m_dir.path());
        return cache ? Outbox(**cache).pending() : QList<OutboxEntry>();
    }
    template<class T>
    T *in(QWidget *parent, const QString &name)
    {
        return parent->findChild<T *>(name);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleController> m_controller;
};

} // namespace

TEST_F(CouponsPageTest, ThePageComesRightAfterTheTools)
{
    open(true);
    const QStringList ids = window().pageIds();
    EXPECT_EQ(ids.indexOf(u"coupons"_s), ids.indexOf(u"tools"_s) + 1);
    EXPECT_EQ(table()->model()->rowCount(), 7) << "the demo store's coupons";
    EXPECT_FALSE(in<QWidget>(&window(), u"couponsEmpty"_s)->isVisible());
}

TEST_F(CouponsPageTest, AStoreWithoutCouponsIsInvitedToMakeItsFirstOne)
{
    open(false);
    QWidget *empty = in<QWidget>(&window(), u"couponsEmpty"_s);
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_FALSE(table()->isVisible());
    const QString words = in<QLabel>(empty, u"couponsEmptyText"_s)->text();
    EXPECT_TRUE(words.startsWith(u"لا توجد كوبونات بعد. أنشئ أول كوبون"_s)) << words.toStdString();
    EXPECT_NE(words, u"لا توجد بيانات بعد"_s);
    QTest::mouseClick(in<QPushButton>(empty, u"firstCouponButton"_s), Qt::LeftButton);
    auto *editor = in<QDialog>(&window(), u"couponEditor"_s);
    ASSERT_TRUE(editor);
    EXPECT_TRUE(editor->isVisible());
}

TEST_F(CouponsPageTest, TheChosenRowsActionsAndADeleteThatAsksFirst)
{
    open(true);
    auto *edit = in<QPushButton>(&window(), u"editCouponButton"_s);
    auto *stop = in<QPushButton>(&window(), u"disableCouponButton"_s);
    auto *remove = in<QPushButton>(&window(), u"deleteCouponButton"_s);
    auto *exportCodes = in<QPushButton>(&window(), u"exportCodesButton"_s);
    EXPECT_FALSE(edit->isEnabled()) << "nothing chosen yet";
    choose(u"EID25"_s);
    EXPECT_TRUE(edit->isEnabled());
    EXPECT_TRUE(stop->isEnabled());
    EXPECT_FALSE(exportCodes->isVisible()) << "a single coupon has no codes to export";
    choose(u"VIP-GIFT"_s);
    EXPECT_TRUE(exportCodes->isVisible());
    EXPECT_TRUE(exportCodes->isEnabled());

    choose(u"EID25"_s);
    QString asked;
    bool yes = false;
    m_controller->coupons().setConfirm([&](const QString &question) {
        asked = question;
        return yes;
    });
    QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_TRUE(asked.contains(u"\u2066EID25\u2069"_s)) << asked.toStdString();
    EXPECT_TRUE(queued().isEmpty()) << "not without a yes";
    yes = true;
    QTest::mouseClick(remove, Qt::LeftButton);
    const QList<OutboxEntry> rows = queued();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].method, "DELETE");
    EXPECT_EQ(rows[0].path, u"/api/v1/coupons/1"_s);
    EXPECT_TRUE(rows[0].ifMatch.has_value());
    choose(u"EID25"_s);
    EXPECT_FALSE(remove->isEnabled()) << "already being deleted";
}

TEST_F(CouponsPageTest, TheEditorKeepsSaveOffWhileAFieldHasAProblemAndASaveShowsAtOnce)
{
    open(true);
    QTest::mouseClick(in<QPushButton>(&window(), u"newCouponButton"_s), Qt::LeftButton);
    auto *editor = in<QDialog>(&window(), u"couponEditor"_s);
    ASSERT_TRUE(editor && editor->isVisible());
    auto *save = in<QDialogButtonBox>(editor, QString())->button(QDialogButtonBox::Save);
    auto *code = in<QLineEdit>(editor, u"codeEditor"_s);
    auto *codeError = in<QLabel>(editor, u"codeError"_s);
    ASSERT_TRUE(save && code && codeError);
    EXPECT_FALSE(save->isEnabled()) << "a new coupon has no code yet";
    EXPECT_FALSE(codeError->isVisible()) << "a new coupon does not open in red";
    EXPECT_EQ(in<QLabel>(editor, u"saveHint"_s)->text(), u"للحفظ، راجع: رمز الكوبون"_s);
    QTest::keyClicks(code, u"EID25"_s);
    EXPECT_EQ(codeError->text(), u"لدى متجرك كوبون آخر بهذا الرمز."_s);
    EXPECT_FALSE(save->isEnabled());
    code->selectAll();
    QTest::keyClick(code, Qt::Key_Delete);
    EXPECT_EQ(codeError->text(), u"اكتب رمزًا للكوبون."_s);
    QTest::keyClicks(code, u"NEWYEAR"_s);
    EXPECT_FALSE(codeError->isVisible());
    EXPECT_TRUE(save->isEnabled());
    EXPECT_TRUE(in<QLabel>(editor, u"saveHint"_s)->text().isEmpty());
    auto *amount = in<QLineEdit>(editor, u"amountEditor"_s);
    amount->selectAll();
    QTest::keyClicks(amount, u"20"_s);
    EXPECT_EQ(amount->text(), u"٢٠"_s) << "typed digits shown in the interface's own";
    EXPECT_EQ(in<QLabel>(editor, u"previewTotal"_s)->text(), u"٢٦٥٫٠٠ ر.س"_s) << "300 − 20% (60) + 25 shipping";
    QTest::mouseClick(save, Qt::LeftButton);
    const QList<OutboxEntry> rows = queued();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].method, "POST");
    EXPECT_EQ(rows[0].body->value(u"code"_s).toString(), u"NEWYEAR"_s);
    EXPECT_EQ(rows[0].body->value(u"amount"_s).toDouble(), 20.0);
    // The row shows at once, waiting to be sent.
    choose(u"NEWYEAR"_s);
    const QModelIndexList chosen = table()->selectionModel()->selectedRows();
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen.first().siblingAtColumn(CouponsModel::SyncColumn).data().toString(), u"بانتظار الإرسال"_s);
    EXPECT_FALSE(in<QPushButton>(&window(), u"editCouponButton"_s)->isEnabled()) << "not on the daemon yet";
}

TEST_F(CouponsPageTest, ARefusedCouponOpensWithSallasWordsOnTop)
{
    open(true);
    const std::optional<qint64> id = m_controller->coupons().idOf(u"SUMMER"_s);
    ASSERT_TRUE(id.has_value());
    QDialog *editor = m_controller->coupons().openEditor(*id);
    ASSERT_TRUE(editor);
    editor->show();
    const QString banner = in<QLabel>(editor, u"sallaReason"_s)->text();
    EXPECT_TRUE(banner.startsWith(u"لم تقبل سلة هذا الكوبون. تقول سلة:"_s)) << banner.toStdString();
    EXPECT_TRUE(banner.contains(u"لقد قمت بتسجيل كوبون بنفس الاسم من قبل"_s));
    EXPECT_TRUE(in<QLabel>(editor, u"codeError"_s)->text().contains(u"لقد قمت بتسجيل كوبون بنفس الاسم من قبل"_s))
        << "and under the field Salla named";
}

TEST_F(CouponsPageTest, TheCouponToolsCardOpensThePage)
{
    open(true);
    ASSERT_TRUE(window().showPage(u"tools"_s));
    auto *card = in<QWidget>(&window(), u"couponsCard"_s);
    ASSERT_TRUE(card);
    auto *button = in<QPushButton>(card, u"pageButton"_s);
    ASSERT_TRUE(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(window().currentPage(), u"coupons"_s);
    EXPECT_TRUE(in<QLabel>(card, u"figureLabel"_s)->text().contains(u"في آخر ٧ أيام"_s))
        << in<QLabel>(card, u"figureLabel"_s)->text().toStdString();
}
