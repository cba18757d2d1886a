#include "ui/pages/OverviewPage.h"

#include "ui/Theme.h"
#include "ui/pages/PageRegistry.h"
#include "viewmodels/FeatureCardsModel.h"
#include "viewmodels/OverviewModel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nomo {

using theme::card;
using theme::repolish;

void OverviewPage::registerPage()
{
    PageRegistry::add({u"overview"_s, 10, QT_TRANSLATE_NOOP("Pages", "Overview"), u"layout-dashboard"_s,
                       [](PageContext &context, QWidget *parent) -> Page * { return new OverviewPage(context, parent); }});
}

OverviewPage::OverviewPage(PageContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
{
    setObjectName(u"overviewPage"_s);
    QVBoxLayout *layout = scrollingBody(&m_title, 16);
    QWidget *body = layout->parentWidget();

    // Money first: three tiles.
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(16);
    for (int i = 0; i < 3; ++i) {
        QFrame *frame = card(body);
        frame->setObjectName(u"kpiTile%1"_s.arg(i));
        auto *tileLayout = new QVBoxLayout(frame);
        tileLayout->setContentsMargins(16, 16, 16, 16);
        tileLayout->setSpacing(4);
        Tile tile;
        tile.label = new QLabel(frame);
        tile.label->setObjectName(u"kpiLabel"_s);
        tile.figure = new QLabel(frame);
        tile.figure->setObjectName(u"kpiFigure"_s);
        auto *line = new QHBoxLayout;
        tile.delta = new QLabel(frame);
        tile.delta->setObjectName(u"kpiDelta"_s);
        tile.orders = new QLabel(frame);
        tile.orders->setObjectName(u"kpiOrders"_s);
        tile.orders->setProperty("role", u"muted"_s);
        line->addWidget(tile.delta);
        line->addStretch();
        line->addWidget(tile.orders);
        tileLayout->addWidget(tile.label);
        tileLayout->addWidget(tile.figure);
        tileLayout->addLayout(line);
        tiles->addWidget(frame, 1);
        m_tiles.append(tile);
    }
    layout->addLayout(tiles);

    // The daily sales of the last 30 days.
    QFrame *chartCard = card(body);
    auto *chartLayout = new QVBoxLayout(chartCard);
    chartLayout->setContentsMargins(16, 16, 16, 8);
    m_chartTitle = new QLabel(chartCard);
    m_chartTitle->setObjectName(u"sectionTitle"_s);
    chartLayout->addWidget(m_chartTitle);
    m_chartView = new QChartView(chartCard);
    m_chartView->setObjectName(u"salesChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_chartView->setBackgroundBrush(Qt::white);
    chartLayout->addWidget(m_chartView);
    layout->addWidget(chartCard);

    // Carts and tools side by side.
    auto *lower = new QHBoxLayout;
    lower->setSpacing(16);
    QFrame *cartsCard = card(body);
    cartsCard->setObjectName(u"cartsCard"_s);
    auto *cartsLayout = new QVBoxLayout(cartsCard);
    cartsLayout->setContentsMargins(16, 16, 16, 16);
    m_cartsTitle = new QLabel(cartsCard);
    m_cartsTitle->setObjectName(u"sectionTitle"_s);
    m_cartsFigure = new QLabel(cartsCard);
    m_cartsFigure->setObjectName(u"cartsFigure"_s);
    m_cartsFigure->setStyleSheet(u"font-size: 20px; font-weight: 600;"_s);
    m_cartsHint = new QLabel(cartsCard);
    m_cartsHint->setProperty("role", u"muted"_s);
    m_cartsHint->setWordWrap(true);
    cartsLayout->addWidget(m_cartsTitle);
    cartsLayout->addWidget(m_cartsFigure);
    cartsLayout->addWidget(m_cartsHint);
    cartsLayout->addStretch();
    lower->addWidget(cartsCard, 1);

    QFrame *toolsCard = card(body);
    toolsCard->setObjectName(u"toolsNowCard"_s);
    auto *toolsLayout = new QVBoxLayout(toolsCard);
    toolsLayout->setContentsMargins(16, 16, 16, 16);
    m_toolsTitle = new QLabel(toolsCard);
    m_toolsTitle->setObjectName(u"sectionTitle"_s);
    toolsLayout->addWidget(m_toolsTitle);
    m_toolsList = new QVBoxLayout;
    m_toolsList->setSpacing(6);
    toolsLayout->addLayout(m_toolsList);
    m_toolsEmpty = new QLabel(toolsCard);
    m_toolsEmpty->setObjectName(u"toolsEmpty"_s);
    m_toolsEmpty->setProperty("role", u"muted"_s);
    m_toolsEmpty->setWordWrap(true);
    toolsLayout->addWidget(m_toolsEmpty);
    m_toolsButton = new QPushButton(toolsCard);
    m_toolsButton->setProperty("primary", true);
    toolsLayout->addWidget(m_toolsButton, 0, Qt::AlignLeading);
    toolsLayout->addStretch();
    lower->addWidget(toolsCard, 2);
    layout->addLayout(lower);
    layout->addStretch();

    connect(m_toolsButton, &QPushButton::clicked, &m_context.actions, [this] { Q_EMIT m_context.actions.showPage(u"tools"_s); });
    connect(&m_context.overview, &OverviewModel::changed, this, &OverviewPage::refresh);
    connect(&m_context.cards, &QAbstractItemModel::modelReset, this, &OverviewPage::refreshTools);
    connect(&m_context.cards, &QAbstractItemModel::dataChanged, this, &OverviewPage::refreshTools);
    retranslate();
}

void OverviewPage::retranslate()
{
    m_title->setText(tr("Overview"));
    m_chartTitle->setText(tr("Sales per day, last 30 days"));
    m_cartsTitle->setText(tr("Abandoned carts"));
    m_toolsTitle->setText(tr("Your tools now"));
    m_toolsButton->setText(tr("Open the tools"));
    refresh();
}

void OverviewPage::refresh()
{
    const OverviewModel &model = m_context.overview;
    const QList<OverviewModel::Period> &periods = model.periods();
    for (qsizetype i = 0; i < m_tiles.size() && i < periods.size(); ++i) {
        const OverviewModel::Period &p = periods.at(i);
        Tile &tile = m_tiles[i];
        tile.label->setText(OverviewModel::periodLabel(p.days));
        tile.figure->setText(OverviewModel::money(p.revenueHalalas));
        int direction = 0;
        tile.delta->setText(OverviewModel::delta(p.revenueHalalas, p.previousRevenueHalalas, &direction));
        tile.delta->setToolTip(tr("Against the %Ln days before", nullptr, p.days));
        tile.delta->setProperty("delta", direction > 0 ? u"up"_s : direction < 0 ? u"down"_s : u"flat"_s);
        repolish(tile.delta);
        tile.orders->setText(tr("%Ln orders", nullptr, static_cast<int>(p.orders)));
    }
    if (model.abandonedCarts() == 0) {
        m_cartsFigure->setText(tr("No abandoned carts"));
        m_cartsHint->setText(tr("A cart a customer leaves before paying shows here, with its value."));
    } else {
        m_cartsFigure->setText(tr("%Ln carts", nullptr, static_cast<int>(model.abandonedCarts())));
        m_cartsHint->setText(tr("Worth %1 in all. Reminder messages can bring them back.").arg(OverviewModel::money(model.abandonedHalalas())));
    }
    refreshChart();
    refreshTools();
}

void OverviewPage::refreshChart()
{
    const OverviewModel &model = m_context.overview;
    const QList<qint64> &daily = model.dailyRevenue();
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    auto *series = new QLineSeries(chart);
    QPen pen(theme::kPrimary);
    pen.setWidth(3);
    series->setPen(pen);
    qint64 top = 0;
    for (qsizetype i = 0; i < daily.size(); ++i) {
        series->append(static_cast<qreal>(i), static_cast<qreal>(daily.at(i)) / 100.0);
        top = std::max(top, daily.at(i));
    }
    chart->addSeries(series);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    // Time runs right to left in Arabic, as the reading does (docs/architecture.md).
    auto *days = new QCategoryAxis(chart);
    days->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    days->setRange(0, std::max<qsizetype>(daily.size() - 1, 1));
    days->setReverse(rtl);
    days->setGridLineColor(theme::kBorder);
    days->setLabelsColor(theme::kMuted);
    days->setLinePenColor(theme::kBorder);
    const QDate last = model.lastDay();
    for (qsizetype i = 0; i < daily.size(); i += 7) {
        const QDate day = last.addDays(i - (daily.size() - 1));
        days->append(QLocale().toString(day, u"d MMM"_s), static_cast<qreal>(i));
    }
    auto *money = new QValueAxis(chart);
    money->setRange(0, top > 0 ? static_cast<qreal>(top) / 100.0 * 1.15 : 100.0);
    money->setLabelFormat(u"%.0f"_s);
    money->setTickCount(4);
    money->setGridLineColor(theme::kBorder);
    money->setLabelsColor(theme::kMuted);
    money->setLinePenColor(theme::kBorder);
    chart->addAxis(days, Qt::AlignBottom);
    chart->addAxis(money, rtl ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(days);
    series->attachAxis(money);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

void OverviewPage::refreshTools()
{
    while (QLayoutItem *item = m_toolsList->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const FeatureCardsModel &cards = m_context.cards;
    int on = 0;
    for (int row = 0; row < cards.rowCount(); ++row) {
        const QModelIndex index = cards.index(row);
        if (!index.data(FeatureCardsModel::EnabledRole).toBool())
            continue;
        ++on;
        auto *line = new QLabel(this);
        line->setObjectName(u"toolNow"_s);
        line->setWordWrap(true);
        line->setText(u"<b>%1</b> — %2"_s.arg(index.data(FeatureCardsModel::TitleRole).toString().toHtmlEscaped(),
                                                index.data(FeatureCardsModel::FigureRole).toString().toHtmlEscaped()));
        m_toolsList->addWidget(line);
    }
    m_toolsEmpty->setVisible(on == 0);
    m_toolsEmpty->setText(tr("No tool is switched on yet. Switch one on and its results show here."));
    m_toolsButton->setVisible(on == 0);
}

} // namespace nomo
