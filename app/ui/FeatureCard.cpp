#include "ui/FeatureCard.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

FeatureCard::FeatureCard(const QString &key, QWidget *parent)
    : QFrame(parent)
    , m_key(key)
{
    setObjectName(key + u"Card"_s);
    setProperty("card", true);
    setMinimumWidth(280);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"titleLabel"_s);
    m_titleLabel->setProperty("role", u"sectionTitle"_s);
    m_titleLabel->setStyleSheet(u"font-size: 15px; font-weight: 600;"_s);
    m_titleLabel->setWordWrap(true);
    top->addWidget(m_titleLabel, 1);
    m_switch = new QCheckBox(this);
    m_switch->setObjectName(u"enabledSwitch"_s);
    top->addWidget(m_switch);
    layout->addLayout(top);

    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setObjectName(u"descriptionLabel"_s);
    m_descriptionLabel->setWordWrap(true);
    layout->addWidget(m_descriptionLabel);

    m_figureLabel = new QLabel(this);
    m_figureLabel->setObjectName(u"figureLabel"_s);
    m_figureLabel->setWordWrap(true);
    layout->addWidget(m_figureLabel);
    layout->addStretch();

    auto *bottom = new QHBoxLayout;
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"stateLabel"_s);
    bottom->addWidget(m_stateLabel);
    m_pageButton = new QPushButton(this);
    m_pageButton->setObjectName(u"pageButton"_s);
    m_pageButton->hide();
    bottom->addWidget(m_pageButton);
    m_setupButton = new QPushButton(this);
    m_setupButton->setObjectName(u"setupButton"_s);
    bottom->addWidget(m_setupButton);
    bottom->setStretch(0, 0);
    bottom->insertStretch(1, 1);
    layout->addLayout(bottom);

    connect(m_switch, &QCheckBox::toggled, this, [this](bool on) { Q_EMIT switchToggled(m_key, on); });
    connect(m_setupButton, &QPushButton::clicked, this, [this] { Q_EMIT setupRequested(m_key); });
    connect(m_pageButton, &QPushButton::clicked, this, [this] { Q_EMIT pageRequested(m_content.page); });
    retranslate();
}

void FeatureCard::setContent(const Content &content)
{
    m_content = content;
    {
        const QSignalBlocker blocker(m_switch); // showing state is not the merchant's intent
        m_switch->setChecked(content.enabled);
    }
    retranslate();
}

void FeatureCard::retranslate()
{
    m_titleLabel->setText(m_content.title);
    m_descriptionLabel->setText(m_content.description);
    m_figureLabel->setText(m_content.figure);
    // A figure is text colour (DESIGN.md: meaning colours are for states and deltas);
    // "no data yet" is quieter than a real figure.
    m_figureLabel->setStyleSheet(m_content.hasData ? u"font-weight: 600;"_s : u"color: #5B6675;"_s);
    m_switch->setText(tr("On"));
    QString state = m_content.enabled ? tr("Switched on") : tr("Switched off");
    if (m_content.pending)
        state += u" · "_s + tr("waiting to be sent");
    m_stateLabel->setText(state);
    m_stateLabel->setProperty("state", m_content.pending ? u"warning"_s : m_content.enabled ? u"good"_s : u"neutral"_s);
    m_stateLabel->style()->unpolish(m_stateLabel);
    m_stateLabel->style()->polish(m_stateLabel);
    m_setupButton->setText(tr("Set up"));
    m_pageButton->setVisible(!m_content.page.isEmpty());
    if (m_content.page == u"coupons")
        m_pageButton->setText(tr("Open coupons"));
    else if (m_content.page == u"visitors")
        m_pageButton->setText(tr("Open the report"));
}

} // namespace nomo
