#include "ui/pages/ToolsPage.h"

#include "ui/FeatureCard.h"
#include "ui/pages/PageRegistry.h"
#include "viewmodels/FeatureCardsModel.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr int kColumns = 3;
}

void ToolsPage::registerPage()
{
    PageRegistry::add({u"tools"_s, 20, QT_TRANSLATE_NOOP("Pages", "Tools"), u"blocks"_s,
                       [](PageContext &context, QWidget *parent) -> Page * { return new ToolsPage(context, parent); }});
}

ToolsPage::ToolsPage(PageContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
{
    setObjectName(u"toolsPage"_s);
    QVBoxLayout *layout = scrollingBody(&m_title, 8);
    QWidget *body = layout->parentWidget();
    m_subtitle = new QLabel(body);
    m_subtitle->setProperty("role", u"muted"_s);
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_subtitle);
    layout->addSpacing(8);
    auto *gridLayout = new QGridLayout;
    gridLayout->setSpacing(16);
    FeatureCardsModel &cards = m_context.cards;
    for (int row = 0; row < cards.rowCount(); ++row) {
        const QString key = cards.index(row).data(FeatureCardsModel::KeyRole).toString();
        auto *card = new FeatureCard(key, body);
        connect(card, &FeatureCard::switchToggled, &m_context.actions, &PageActions::featureToggled);
        connect(card, &FeatureCard::setupRequested, &m_context.actions, &PageActions::setupRequested);
        connect(card, &FeatureCard::pageRequested, &m_context.actions, &PageActions::showPage);
        gridLayout->addWidget(card, row / kColumns, row % kColumns);
        m_cardWidgets.insert(key, card);
    }
    layout->addLayout(gridLayout);
    layout->addStretch();
    connect(&cards, &QAbstractItemModel::modelReset, this, &ToolsPage::refreshCards);
    connect(&cards, &QAbstractItemModel::dataChanged, this, &ToolsPage::refreshCards);
    retranslate();
}

void ToolsPage::refreshCards()
{
    FeatureCardsModel &cards = m_context.cards;
    for (int row = 0; row < cards.rowCount(); ++row) {
        const QModelIndex index = cards.index(row);
        FeatureCard *card = m_cardWidgets.value(index.data(FeatureCardsModel::KeyRole).toString());
        if (!card)
            continue;
        card->setContent({index.data(FeatureCardsModel::TitleRole).toString(), index.data(FeatureCardsModel::DescriptionRole).toString(),
                          index.data(FeatureCardsModel::FigureRole).toString(), index.data(FeatureCardsModel::HasDataRole).toBool(),
                          index.data(FeatureCardsModel::EnabledRole).toBool(), index.data(FeatureCardsModel::PendingRole).toBool(),
                          index.data(FeatureCardsModel::PageRole).toString()});
    }
}

void ToolsPage::retranslate()
{
    m_title->setText(tr("Tools"));
    m_subtitle->setText(tr("Switch a tool on and it starts working in your Salla store."));
    m_context.cards.retranslate();
    refreshCards();
    for (FeatureCard *card : std::as_const(m_cardWidgets))
        card->retranslate();
}

} // namespace nomo
