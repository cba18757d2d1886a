#include "ui/pages/VisitorsPage.h"

#include "ui/DayChart.h"
#include "ui/KpiTiles.h"
#include "ui/Theme.h"
#include "ui/pages/PageRegistry.h"
#include "viewmodels/OverviewModel.h"
#include "viewmodels/VisitorsModel.h"

#include <QButtonGroup>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nomo {

using theme::card;

namespace {

QTableWidget *countTable(QWidget *parent)
{
    auto *table = new QTableWidget(0, 2, parent);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setShowGrid(false);
    table->setFrameShape(QFrame::NoFrame);
    table->setMinimumHeight(200);
    return table;
}

} // namespace

void VisitorsPage::registerPage()
{
    PageRegistry::add({u"visitors"_s, 50, QT_TRANSLATE_NOOP("Pages", "Visitors"), u"users"_s,
                       [](PageContext &context, QWidget *parent) -> Page * { return new VisitorsPage(context, parent); }});
}

VisitorsPage::VisitorsPage(PageContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
{
    setObjectName(u"visitorsPage"_s);
    QVBoxLayout *layout = scrollingBody(&m_title, 16);
    QWidget *body = layout->parentWidget();

    // The period: 7, 30 or 90 days ending today (Riyadh).
    auto *periods = new QHBoxLayout;
    periods->setSpacing(8);
    m_periods = new QButtonGroup(this);
    m_periods->setExclusive(true);
    for (const int days : {7, 30, 90}) {
        auto *button = new QPushButton(body);
        button->setCheckable(true);
        button->setObjectName(u"period%1"_s.arg(days));
        button->setChecked(days == m_context.visitors.days());
        m_periods->addButton(button, days);
        periods->addWidget(button);
    }
    periods->addStretch();
    layout->addLayout(periods);
    connect(m_periods, &QButtonGroup::idClicked, &m_context.visitors, &VisitorsModel::setDays);

    m_empty = new QLabel(body);
    m_empty->setObjectName(u"visitorsEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setProperty("role", u"muted"_s);
    layout->addWidget(m_empty);

    m_tiles = addKpiRow(layout, body, 4, u"visitorTile"_s);

    QFrame *chartCard = card(body);
    auto *chartLayout = new QVBoxLayout(chartCard);
    chartLayout->setContentsMargins(16, 16, 16, 8);
    m_chartTitle = new QLabel(chartCard);
    m_chartTitle->setObjectName(u"sectionTitle"_s);
    chartLayout->addWidget(m_chartTitle);
    m_chartView = new QChartView(chartCard);
    m_chartView->setObjectName(u"visitorsChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_chartView->setBackgroundBrush(Qt::white);
    chartLayout->addWidget(m_chartView);
    layout->addWidget(chartCard);

    auto *lists = new QHBoxLayout;
    lists->setSpacing(16);
    for (auto [title, table, stretch] : {std::tuple{&m_pagesTitle, &m_pagesTable, 3}, std::tuple{&m_sourcesTitle, &m_sourcesTable, 3},
                                         std::tuple{&m_devicesTitle, &m_devicesTable, 2}}) {
        QFrame *frame = card(body);
        auto *inner = new QVBoxLayout(frame);
        inner->setContentsMargins(16, 16, 16, 16);
        *title = new QLabel(frame);
        (*title)->setObjectName(u"sectionTitle"_s);
        *table = countTable(frame);
        inner->addWidget(*title);
        inner->addWidget(*table);
        lists->addWidget(frame, stretch);
    }
    layout->addLayout(lists);
    layout->addStretch();

    connect(&m_context.visitors, &VisitorsModel::changed, this, &VisitorsPage::refresh);
    retranslate();
}

void VisitorsPage::retranslate()
{
    m_title->setText(tr("Visitors"));
    m_periods->button(7)->setText(tr("7 days"));
    m_periods->button(30)->setText(tr("30 days"));
    m_periods->button(90)->setText(tr("90 days"));
    m_pagesTitle->setText(tr("Most viewed pages"));
    m_sourcesTitle->setText(tr("Where visits came from"));
    m_devicesTitle->setText(tr("Devices"));
    for (QTableWidget *table : {m_pagesTable, m_sourcesTable, m_devicesTable})
        table->setHorizontalHeaderLabels({table == m_pagesTable ? tr("Page") : table == m_sourcesTable ? tr("Source") : tr("Device"),
                                          table == m_pagesTable ? tr("Views") : tr("Visits")});
    refresh();
}

void VisitorsPage::refresh()
{
    const VisitorsModel &model = m_context.visitors;
    const QLocale locale;
    const VisitorsModel::Totals now = model.totals(), before = model.previousTotals();
    m_chartTitle->setText(tr("Visitors and page views per day, last %Ln days", nullptr, model.days()));
    m_empty->setVisible(!model.hasData());
    m_empty->setText(tr("No visits recorded in this period. With visitor data on, visits show here a few minutes after shoppers "
                        "open your store."));
    const auto perVisit = [](const VisitorsModel::Totals &t) { return t.sessions > 0 ? t.pageViews * 10 / t.sessions : 0; };
    const QList<std::tuple<QString, QString, qint64, qint64>> figures{
        {tr("Visitors"), locale.toString(now.visitors), now.visitors, before.visitors},
        {tr("Visits"), locale.toString(now.sessions), now.sessions, before.sessions},
        {tr("Page views"), locale.toString(now.pageViews), now.pageViews, before.pageViews},
        {tr("Pages per visit"), locale.toString(static_cast<double>(perVisit(now)) / 10.0, 'f', 1), perVisit(now), perVisit(before)},
    };
    for (qsizetype i = 0; i < m_tiles.size(); ++i) {
        const auto &[label, figure, value, previous] = figures.at(i);
        m_tiles[i].show(label, figure, value, previous, tr("Against the %Ln days before", nullptr, model.days()));
    }
    fill(m_pagesTable, model.pages(), false, false);
    fill(m_sourcesTable, model.sources(), true, false);
    fill(m_devicesTable, model.devices(), false, true);
    refreshChart();
}

void VisitorsPage::fill(QTableWidget *table, const QList<NamedCount> &rows, bool sources, bool devices)
{
    const QLocale locale;
    table->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const NamedCount &count = rows.at(row);
        const QString name = sources ? VisitorsModel::sourceLabel(count.name) : devices ? VisitorsModel::deviceLabel(count.name) : count.name;
        // Paths and site names are Latin: kept left to right (an isolate) inside an Arabic table.
        const bool latin = !devices && !(sources && count.name.isEmpty());
        auto *nameItem = new QTableWidgetItem(latin ? QChar(0x2066) + name + QChar(0x2069) : name);
        table->setItem(row, 0, nameItem);
        auto *countItem = new QTableWidgetItem(locale.toString(count.count));
        countItem->setTextAlignment(Qt::AlignVCenter | Qt::AlignTrailing);
        table->setItem(row, 1, countItem);
    }
}

void VisitorsPage::refreshChart()
{
    const VisitorsModel &model = m_context.visitors;
    const QList<VisitorDay> &daily = model.daily();
    QChart *chart = daychart::blank();
    QLineSeries *visitors = daychart::line(chart, tr("Visitors"), theme::kPrimary, 3);
    QLineSeries *views = daychart::line(chart, tr("Page views"), theme::kAccent, 2);
    qint64 top = 0;
    for (qsizetype i = 0; i < daily.size(); ++i) {
        visitors->append(static_cast<qreal>(i), static_cast<qreal>(daily.at(i).visitors));
        views->append(static_cast<qreal>(i), static_cast<qreal>(daily.at(i).pageViews));
        top = std::max({top, daily.at(i).visitors, daily.at(i).pageViews});
    }
    // The exact figure of a day on hover, in the UI's digits.
    for (QLineSeries *series : {visitors, views}) {
        series->setPointsVisible(daily.size() <= 31);
        connect(series, &QLineSeries::hovered, this, [this, &model](const QPointF &point, bool state) {
            if (!state)
                return;
            const qsizetype i = std::clamp<qsizetype>(qRound(point.x()), 0, model.daily().size() - 1);
            const VisitorDay &day = model.daily().at(i);
            const QLocale locale;
            QToolTip::showText(QCursor::pos(), tr("%1: %2 visitors, %3 page views")
                                                   .arg(locale.toString(day.day, QLocale::LongFormat), locale.toString(day.visitors),
                                                        locale.toString(day.pageViews)),
                               m_chartView);
        });
    }
    chart->addSeries(visitors);
    chart->addSeries(views);
    QList<QDate> days;
    for (const VisitorDay &day : daily)
        days.append(day.day);
    daychart::addDayAxes(chart, days, static_cast<qreal>(top), layoutDirection() == Qt::RightToLeft);
    daychart::replace(m_chartView, chart);
}

} // namespace nomo
