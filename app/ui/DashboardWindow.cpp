#include "ui/DashboardWindow.h"

#include "ui/ActivityView.h"
#include "ui/FeatureCard.h"
#include "ui/StatusStrip.h"
#include "viewmodels/ActivityModel.h"
#include "viewmodels/FeatureCardsModel.h"
#include "viewmodels/StatusViewModel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr int kColumns = 3;
} // namespace

DashboardWindow::DashboardWindow(FeatureCardsModel &cards, StatusViewModel &status, ActivityModel &activity, QWidget *parent)
    : QMainWindow(parent)
    , m_cards(cards)
    , m_status(status)
    , m_activity(activity)
{
    setObjectName(u"dashboardWindow"_s);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);

    m_titleLabel = new QLabel(central);
    m_titleLabel->setObjectName(u"titleLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    layout->addWidget(m_titleLabel);

    m_statusStrip = new StatusStrip(m_status, central);
    layout->addWidget(m_statusStrip);

    m_noticeLabel = new QLabel(central);
    m_noticeLabel->setObjectName(u"noticeLabel"_s);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setStyleSheet(u"background: #e8f0fe; color: #1a3a6b; padding: 8px; border-radius: 4px;"_s);
    m_noticeLabel->hide();
    layout->addWidget(m_noticeLabel);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(u"pages"_s);
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *grid = new QWidget(scroll);
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setSpacing(12);
    for (int row = 0; row < m_cards.rowCount(); ++row) {
        const QString key = m_cards.index(row).data(FeatureCardsModel::KeyRole).toString();
        auto *card = new FeatureCard(key, grid);
        connect(card, &FeatureCard::switchToggled, this, &DashboardWindow::featureToggled);
        connect(card, &FeatureCard::setupRequested, this, &DashboardWindow::setupRequested);
        gridLayout->addWidget(card, row / kColumns, row % kColumns);
        m_cardWidgets.insert(key, card);
    }
    gridLayout->setRowStretch(gridLayout->rowCount(), 1);
    scroll->setWidget(grid);
    m_tabs->addTab(scroll, QString());
    m_activityView = new ActivityView(m_activity, m_tabs);
    m_tabs->addTab(m_activityView, QString());
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    auto *languageMenu = menuBar()->addMenu(QString());
    languageMenu->setObjectName(u"languageMenu"_s);
    m_languageMenuAction = languageMenu->menuAction();
    // Language names are written in their own language, untranslated on purpose.
    languageMenu->addAction(u"العربية"_s, this, [this] { Q_EMIT languageRequested(u"ar"_s); });
    languageMenu->addAction(u"English"_s, this, [this] { Q_EMIT languageRequested(u"en"_s); });

    connect(m_statusStrip, &StatusStrip::signInRequested, this, &DashboardWindow::signInRequested);
    connect(&m_cards, &QAbstractItemModel::modelReset, this, &DashboardWindow::refreshCards);
    connect(&m_cards, &QAbstractItemModel::dataChanged, this, &DashboardWindow::refreshCards);
    resize(1120, 540);
    retranslate();
    refreshCards();
}

void DashboardWindow::refreshCards()
{
    for (int row = 0; row < m_cards.rowCount(); ++row) {
        const QModelIndex index = m_cards.index(row);
        FeatureCard *card = m_cardWidgets.value(index.data(FeatureCardsModel::KeyRole).toString());
        if (!card)
            continue;
        card->setContent({index.data(FeatureCardsModel::TitleRole).toString(), index.data(FeatureCardsModel::DescriptionRole).toString(),
                          index.data(FeatureCardsModel::FigureRole).toString(), index.data(FeatureCardsModel::HasDataRole).toBool(),
                          index.data(FeatureCardsModel::EnabledRole).toBool(), index.data(FeatureCardsModel::PendingRole).toBool()});
    }
}

void DashboardWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(page == Page::Features ? 0 : 1);
}

void DashboardWindow::showNotice(const QString &text)
{
    m_noticeLabel->setText(text);
    m_noticeLabel->setVisible(!text.isEmpty());
}

QString DashboardWindow::notice() const
{
    return m_noticeLabel->isVisible() ? m_noticeLabel->text() : QString();
}

void DashboardWindow::retranslate()
{
    setWindowTitle(tr("Nomo Flow"));
    m_titleLabel->setText(tr("Nomo Flow — marketing tools for your Salla store"));
    m_tabs->setTabText(0, tr("Features"));
    m_tabs->setTabText(1, tr("Activity"));
    m_languageMenuAction->setText(tr("&Language"));
    m_statusStrip->refresh();
}

void DashboardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_cards.retranslate();
        m_activity.retranslate();
        for (FeatureCard *card : std::as_const(m_cardWidgets))
            card->retranslate();
    }
    QMainWindow::changeEvent(event);
}

void DashboardWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        // After this paint has been handed to the screen, not in the middle of it.
        QTimer::singleShot(0, this, &DashboardWindow::firstPaint);
    }
}

} // namespace nomo
