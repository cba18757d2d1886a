#include "ui/DashboardWindow.h"

#include "ui/StatusStrip.h"
#include "ui/Theme.h"
#include "ui/pages/Page.h"
#include "ui/pages/PageRegistry.h"
#include "viewmodels/ActivityModel.h"
#include "viewmodels/FeatureCardsModel.h"
#include "viewmodels/OverviewModel.h"
#include "viewmodels/StatusViewModel.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

DashboardWindow::DashboardWindow(FeatureCardsModel &cards, StatusViewModel &status, ActivityModel &activity, OverviewModel &overview,
                                 AccountModel &account, CouponsModel &coupons, TemplateEditorModel &templates,
                                 MessageLogModel &messageLog, BroadcastsModel &broadcasts, VisitorsModel &visitors, SalesReportModel &reports,
                                 StorefrontPreviewModel &storefront, QWidget *parent)
    : QMainWindow(parent)
    , m_cards(cards)
    , m_status(status)
    , m_activity(activity)
    , m_overview(overview)
    , m_actions(std::make_unique<PageActions>())
    , m_context(std::make_unique<PageContext>(PageContext{cards, activity, status, overview, account, coupons, templates, messageLog, broadcasts, visitors, reports, storefront, *m_actions}))
{
    setObjectName(u"dashboardWindow"_s);
    registerBuiltInPages();
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    // Header: the store, the connection, the language.
    auto *header = new QFrame(central);
    header->setObjectName(u"storeHeader"_s);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(16, 10, 16, 10);
    headerLayout->setSpacing(12);
    m_monogram = new QLabel(header);
    m_monogram->setObjectName(u"storeMonogram"_s);
    m_monogram->setFixedSize(32, 32);
    m_monogram->setAlignment(Qt::AlignCenter);
    m_storeName = new QLabel(header);
    m_storeName->setObjectName(u"storeName"_s);
    headerLayout->addWidget(m_monogram);
    headerLayout->addWidget(m_storeName);
    headerLayout->addSpacing(8);
    m_statusStrip = new StatusStrip(m_status, header);
    headerLayout->addWidget(m_statusStrip, 1);
    m_languageButton = new QToolButton(header);
    m_languageButton->setObjectName(u"languageButton"_s);
    m_languageButton->setPopupMode(QToolButton::InstantPopup);
    m_languageButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_languageButton->setIcon(theme::icon(u"globe"_s));
    auto *languageMenu = new QMenu(m_languageButton);
    languageMenu->setObjectName(u"languageMenu"_s);
    auto *languages = new QActionGroup(languageMenu);
    // Language names are written in their own language, untranslated on purpose.
    for (const auto &[code, name] : {std::pair{u"ar"_s, u"العربية"_s}, std::pair{u"en"_s, u"English"_s}}) {
        QAction *action = languageMenu->addAction(name, this, [this, code] { Q_EMIT languageRequested(code); });
        action->setCheckable(true);
        action->setData(code);
        languages->addAction(action);
    }
    m_languageButton->setMenu(languageMenu);
    headerLayout->addWidget(m_languageButton);
    outer->addWidget(header);

    // Navigation | pages. A right-to-left layout puts the navigation on the right.
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setFixedWidth(220);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFocusPolicy(Qt::StrongFocus);
    body->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFixedWidth(1);
    line->setStyleSheet(u"background: #E2E5EA;"_s);
    body->addWidget(line);

    auto *pageColumn = new QVBoxLayout;
    pageColumn->setContentsMargins(0, 0, 0, 0);
    pageColumn->setSpacing(0);
    m_banner = new QFrame(central);
    m_banner->setObjectName(u"banner"_s);
    m_banner->setProperty("kind", u"info"_s);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 8, 12, 8);
    m_noticeLabel = new QLabel(m_banner);
    m_noticeLabel->setObjectName(u"noticeLabel"_s);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyButton = new QPushButton(m_banner);
    m_copyButton->setObjectName(u"copyButton"_s);
    m_copyButton->setIcon(theme::icon(u"copy"_s));
    bannerLayout->addWidget(m_noticeLabel, 1);
    bannerLayout->addWidget(m_copyButton);
    m_banner->hide();
    auto *bannerHolder = new QVBoxLayout;
    bannerHolder->setContentsMargins(24, 16, 24, 0);
    bannerHolder->addWidget(m_banner);
    pageColumn->addLayout(bannerHolder);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(u"pages"_s);
    pageColumn->addWidget(m_stack, 1);
    body->addLayout(pageColumn, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    for (const PageEntry &entry : PageRegistry::entries()) {
        Page *page = entry.create(*m_context, m_stack);
        m_stack->addWidget(page);
        m_pages.insert(entry.id, page);
        m_order.append(entry.id);
        auto *item = new QListWidgetItem(theme::icon(entry.icon), PageRegistry::title(entry), m_navigation);
        item->setData(Qt::UserRole, entry.id);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    connect(m_actions.get(), &PageActions::featureToggled, this, &DashboardWindow::featureToggled);
    connect(m_actions.get(), &PageActions::setupRequested, this, &DashboardWindow::setupRequested);
    connect(m_actions.get(), &PageActions::messageTestRequested, this, &DashboardWindow::messageTestRequested);
    connect(m_actions.get(), &PageActions::newBroadcastRequested, this, &DashboardWindow::newBroadcastRequested);
    connect(m_actions.get(), &PageActions::cancelBroadcastRequested, this, &DashboardWindow::cancelBroadcastRequested);
    connect(m_actions.get(), &PageActions::showPage, this, [this](const QString &id) { showPage(id); });
    connect(m_actions.get(), &PageActions::signInRequested, this, &DashboardWindow::signInRequested);
    connect(m_actions.get(), &PageActions::signOutRequested, this, &DashboardWindow::signOutRequested);
    connect(m_actions.get(), &PageActions::revokeDeviceRequested, this, &DashboardWindow::revokeDeviceRequested);
    connect(m_actions.get(), &PageActions::eraseSubscriberRequested, this, &DashboardWindow::eraseSubscriberRequested);
    connect(m_actions.get(), &PageActions::newCouponRequested, this, &DashboardWindow::newCouponRequested);
    connect(m_actions.get(), &PageActions::newCampaignRequested, this, &DashboardWindow::newCampaignRequested);
    connect(m_actions.get(), &PageActions::editCouponRequested, this, &DashboardWindow::editCouponRequested);
    connect(m_actions.get(), &PageActions::disableCouponRequested, this, &DashboardWindow::disableCouponRequested);
    connect(m_actions.get(), &PageActions::deleteCouponRequested, this, &DashboardWindow::deleteCouponRequested);
    connect(m_actions.get(), &PageActions::exportCodesRequested, this, &DashboardWindow::exportCodesRequested);
    connect(m_statusStrip, &StatusStrip::signInRequested, this, &DashboardWindow::signInRequested);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_copyText);
        m_copyButton->setText(tr("Copied"));
    });
    setMinimumSize(1024, 680);
    resize(1366, 768);
    retranslate();
}

DashboardWindow::~DashboardWindow() = default;

bool DashboardWindow::showPage(const QString &id)
{
    const int row = static_cast<int>(m_order.indexOf(id));
    if (row < 0)
        return false;
    m_navigation->setCurrentRow(row);
    return true;
}

QString DashboardWindow::currentPage() const
{
    return m_order.value(m_navigation->currentRow());
}

QStringList DashboardWindow::pageIds() const
{
    return m_order;
}

void DashboardWindow::showNotice(std::function<QString()> text, const QString &copyText)
{
    m_noticeText = std::move(text);
    const QString words = m_noticeText ? m_noticeText() : QString();
    m_noticeLabel->setText(words);
    m_copyText = copyText;
    m_copyButton->setVisible(!copyText.isEmpty());
    m_copyButton->setText(tr("Copy the address"));
    m_banner->setVisible(!words.isEmpty());
}

void DashboardWindow::showNotice(const QString &text, const QString &copyText)
{
    m_noticeText = nullptr;
    m_noticeLabel->setText(text);
    m_copyText = copyText;
    m_copyButton->setVisible(!copyText.isEmpty());
    m_copyButton->setText(tr("Copy the address"));
    m_banner->setVisible(!text.isEmpty());
}

QString DashboardWindow::notice() const
{
    return m_banner->isVisible() ? m_noticeLabel->text() : QString();
}

void DashboardWindow::setStoreName(const QString &name)
{
    m_storeNameText = name;
    retranslate();
}

void DashboardWindow::setStoreLogo(const QPixmap &logo)
{
    m_logo = logo;
    if (logo.isNull()) {
        m_monogram->setPixmap({});
        retranslate();
        return;
    }
    // Round, 32 px, sharp on a high-density screen.
    const qreal ratio = devicePixelRatioF();
    QPixmap round(QSize(32, 32) * ratio);
    round.setDevicePixelRatio(ratio);
    round.fill(Qt::transparent);
    QPainter painter(&round);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, 32, 32));
    painter.setClipPath(circle);
    painter.drawPixmap(QRectF(0, 0, 32, 32), logo, QRectF(logo.rect()));
    painter.end();
    m_monogram->setText({});
    m_monogram->setPixmap(round);
}

void DashboardWindow::retranslate()
{
    setWindowTitle(m_storeNameText.isEmpty() ? tr("Nomo Flow") : tr("Nomo Flow — %1").arg(m_storeNameText));
    m_storeName->setText(m_storeNameText.isEmpty() ? tr("Nomo Flow") : m_storeNameText);
    if (m_logo.isNull())
        m_monogram->setText(m_storeNameText.isEmpty() ? u"ن"_s : m_storeNameText.left(1));
    m_languageButton->setText(tr("Language"));
    if (m_noticeText)
        m_noticeLabel->setText(m_noticeText());
    if (!m_copyText.isEmpty() && m_copyButton->text() != tr("Copied"))
        m_copyButton->setText(tr("Copy the address"));
    for (QAction *action : m_languageButton->menu()->actions())
        action->setChecked(action->data().toString() == (QLocale().language() == QLocale::Arabic ? u"ar"_s : u"en"_s));
    const QList<PageEntry> entries = PageRegistry::entries();
    for (int row = 0; row < m_navigation->count() && row < entries.size(); ++row)
        m_navigation->item(row)->setText(PageRegistry::title(entries.at(row)));
    m_statusStrip->refresh();
}

void DashboardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (Page *page : std::as_const(m_pages))
            page->retranslate();
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
