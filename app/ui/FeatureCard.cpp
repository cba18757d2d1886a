#include "ui/FeatureCard.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

FeatureCard::FeatureCard(const QString &key, QWidget *parent)
    : QFrame(parent)
    , m_key(key)
{
    setObjectName(key + u"Card"_s);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(280);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"titleLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setWordWrap(true);
    top->addWidget(m_titleLabel, 1);
    m_switch = new QCheckBox(this);
    m_switch->setObjectName(u"enabledSwitch"_s);
    top->addWidget(m_switch);
    layout->addLayout(top);

    m_descriptionLabel = new QLabel(this);
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
    bottom->addWidget(m_stateLabel, 1);
    m_setupButton = new QPushButton(this);
    m_setupButton->setObjectName(u"setupButton"_s);
    bottom->addWidget(m_setupButton);
    layout->addLayout(bottom);

    connect(m_switch, &QCheckBox::toggled, this, [this](bool on) { Q_EMIT switchToggled(m_key, on); });
    connect(m_setupButton, &QPushButton::clicked, this, [this] { Q_EMIT setupRequested(m_key); });
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
    // "No data yet" is quieter than a real figure.
    m_figureLabel->setStyleSheet(m_content.hasData ? u"font-weight: bold; color: #0b5e3b;"_s : u"color: #6b6b6b;"_s);
    m_switch->setText(tr("On"));
    QString state = m_content.enabled ? tr("Switched on") : tr("Switched off");
    if (m_content.pending)
        state += u" · "_s + tr("waiting to be sent");
    m_stateLabel->setText(state);
    m_setupButton->setText(tr("Set up"));
}

} // namespace nomo
