#include "ui/WelcomeWindow.h"

#include "domain/FeatureKeys.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QMenuBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
QString featureTitle(const QString &key)
{
    if (key == u"coupons")
        return WelcomeWindow::tr("Discount coupons");
    if (key == u"notifications")
        return WelcomeWindow::tr("Notifications to shoppers");
    if (key == u"visitor_counter")
        return WelcomeWindow::tr("Live visitor counter");
    if (key == u"email_collector")
        return WelcomeWindow::tr("Email collector");
    if (key == u"visitor_data")
        return WelcomeWindow::tr("Visitor data");
    return WelcomeWindow::tr("Latest purchase");
}

QString featureDescription(const QString &key)
{
    if (key == u"coupons")
        return WelcomeWindow::tr("Create coupons in your Salla store and see what they sold.");
    if (key == u"notifications")
        return WelcomeWindow::tr("Email, SMS, WhatsApp and push messages, such as abandoned-cart reminders.");
    if (key == u"visitor_counter")
        return WelcomeWindow::tr("Show shoppers how many people are browsing your store now.");
    if (key == u"email_collector")
        return WelcomeWindow::tr("Invite visitors to leave their email address.");
    if (key == u"visitor_data")
        return WelcomeWindow::tr("Pages viewed and visits, day by day.");
    return WelcomeWindow::tr("A gentle note on your storefront when someone buys.");
}
} // namespace

WelcomeWindow::WelcomeWindow(QWidget *parent)
    : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(16);

    m_titleLabel = new QLabel(central);
    m_titleLabel->setObjectName(u"titleLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    layout->addWidget(m_titleLabel);

    m_statusLabel = new QLabel(central);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    const QStringList keys = featureKeys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        auto *card = new QFrame(central);
        card->setFrameShape(QFrame::StyledPanel);
        card->setObjectName(keys[i] + u"Card"_s);
        auto *cardLayout = new QVBoxLayout(card);
        auto *label = new QLabel(card);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setProperty("featureKey", keys[i]);
        cardLayout->addWidget(label);
        m_featureLabels.append(label);
        grid->addWidget(card, static_cast<int>(i / 3), static_cast<int>(i % 3));
    }
    layout->addLayout(grid);
    layout->addStretch();
    setCentralWidget(central);

    auto *languageMenu = menuBar()->addMenu(QString());
    languageMenu->setObjectName(u"languageMenu"_s);
    // Language names are written in their own language, untranslated on purpose.
    m_arabicAction = languageMenu->addAction(u"العربية"_s, this, [this] { Q_EMIT languageRequested(u"ar"_s); });
    m_englishAction = languageMenu->addAction(u"English"_s, this, [this] { Q_EMIT languageRequested(u"en"_s); });
    resize(980, 560);
    retranslate();
}

void WelcomeWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void WelcomeWindow::retranslate()
{
    setWindowTitle(tr("Nomo Flow"));
    m_titleLabel->setText(tr("Nomo Flow — marketing tools for your Salla store"));
    m_statusLabel->setText(tr("No store is connected yet. Once you sign in, each feature below can be switched on "
                              "and set up from here, and its results appear in your reports."));
    for (QLabel *label : std::as_const(m_featureLabels)) {
        const QString key = label->property("featureKey").toString();
        label->setText(u"<b>%1</b><br>%2"_s.arg(featureTitle(key).toHtmlEscaped(), featureDescription(key).toHtmlEscaped()));
    }
    menuBar()->actions().constFirst()->setText(tr("&Language"));
}

} // namespace nomo
