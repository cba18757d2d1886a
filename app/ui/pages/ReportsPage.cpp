#include "ui/pages/ReportsPage.h"

#include "reports/SalesTotals.h"
#include "ui/DayChart.h"
#include "ui/KpiTiles.h"
#include "ui/Theme.h"
#include "ui/pages/PageRegistry.h"
#include "viewmodels/MessageLogModel.h"
#include "viewmodels/OverviewModel.h"
#include "viewmodels/SalesReportModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QButtonGroup>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QLoggingCategory>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace nomo {

using theme::card;

namespace {

using Period = SalesReportModel::Period;

QTableWidget *reportTable(int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setShowGrid(false);
    table->setFrameShape(QFrame::NoFrame);
    table->setMinimumHeight(150);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column > 0)
            item->setTextAlignment(Qt::AlignVCenter | Qt::AlignTrailing);
        table->setItem(row, column, item);
    }
}

QString money(qint64 halalas)
{
    return OverviewModel::money(halalas);
}

QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return u"—"_s;
    return QLocale().toString(static_cast<double>(part) * 100.0 / static_cast<double>(whole), 'f', 1) + QLocale().percent();
}

Q_LOGGING_CATEGORY(lcReports, "nomo.console.reports")

} // namespace

void ReportsPage::registerPage()
{
    PageRegistry::add({u"reports"_s, 60, QT_TRANSLATE_NOOP("Pages", "Reports"), u"chart-column"_s,
                       [](PageContext &context, QWidget *parent) -> Page * { return new ReportsPage(context, parent); }});
}

ReportsPage::ReportsPage(PageContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_model(context.reports)
{
    setObjectName(u"reportsPage"_s);
    QVBoxLayout *layout = scrollingBody(&m_title, 16);
    QWidget *body = layout->parentWidget();

    // The period, days picked, and the exports.
    auto *periods = new QHBoxLayout;
    periods->setSpacing(8);
    m_periods = new QButtonGroup(this);
    m_periods->setExclusive(true);
    for (const Period period : {Period::Today, Period::Days7, Period::Days30, Period::Days90, Period::HijriMonth, Period::Ramadan}) {
        auto *button = new QPushButton(body);
        button->setCheckable(true);
        button->setObjectName(u"reportPeriod%1"_s.arg(static_cast<int>(period)));
        button->setChecked(period == m_model.period());
        m_periods->addButton(button, static_cast<int>(period));
        periods->addWidget(button);
    }
    connect(m_periods, &QButtonGroup::idClicked, this, [this](int id) { m_model.setPeriod(static_cast<Period>(id)); });
    periods->addStretch();
    layout->addLayout(periods);
    auto *picks = new QHBoxLayout;
    picks->setSpacing(8);
    m_from = new QDateEdit(body);
    m_to = new QDateEdit(body);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"d/M/yyyy"_s);
        picks->addWidget(edit);
    }
    m_custom = new QPushButton(body);
    m_custom->setObjectName(u"reportCustom"_s);
    connect(m_custom, &QPushButton::clicked, this, [this] { m_model.setCustom(m_from->date(), m_to->date()); });
    picks->addWidget(m_custom);
    picks->addStretch();
    m_csv = new QPushButton(theme::icon(u"download"_s), QString(), body);
    m_csv->setObjectName(u"reportCsv"_s);
    m_pdf = new QPushButton(theme::icon(u"download"_s), QString(), body);
    m_pdf->setObjectName(u"reportPdf"_s);
    connect(m_csv, &QPushButton::clicked, this, [this] { askExport(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { askExport(true); });
    picks->addWidget(m_csv);
    picks->addWidget(m_pdf);
    layout->addLayout(picks);

    m_periodText = new QLabel(body);
    m_periodText->setObjectName(u"reportPeriodText"_s);
    m_periodText->setProperty("role", u"muted"_s);
    layout->addWidget(m_periodText);
    m_empty = new QLabel(body);
    m_empty->setObjectName(u"reportsEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setProperty("role", u"muted"_s);
    layout->addWidget(m_empty);

    m_tiles = addKpiRow(layout, body, 5, u"reportTile"_s);

    const auto chartCard = [&](QLabel **title, QChartView **view, int height) {
        QFrame *frame = card(body);
        auto *inner = new QVBoxLayout(frame);
        inner->setContentsMargins(16, 16, 16, 8);
        *title = new QLabel(frame);
        (*title)->setObjectName(u"sectionTitle"_s);
        inner->addWidget(*title);
        *view = new QChartView(frame);
        (*view)->setRenderHint(QPainter::Antialiasing);
        (*view)->setMinimumHeight(height);
        (*view)->setFrameShape(QFrame::NoFrame);
        (*view)->setBackgroundBrush(Qt::white);
        inner->addWidget(*view);
        return frame;
    };
    layout->addWidget(chartCard(&m_salesTitle, &m_salesChart, 260));
    layout->addWidget(chartCard(&m_sourcesTitle, &m_sourcesChart, 240));
    layout->addWidget(chartCard(&m_funnelTitle, &m_funnelChart, 240));
    m_salesChart->setObjectName(u"salesChart"_s);
    m_sourcesChart->setObjectName(u"sourcesChart"_s);
    m_funnelChart->setObjectName(u"funnelChart"_s);

    const auto tableCard = [&](QLabel **title, QTableWidget **table, int columns) {
        QFrame *frame = card(body);
        auto *inner = new QVBoxLayout(frame);
        inner->setContentsMargins(16, 16, 16, 16);
        *title = new QLabel(frame);
        (*title)->setObjectName(u"sectionTitle"_s);
        *table = reportTable(columns, frame);
        inner->addWidget(*title);
        inner->addWidget(*table);
        layout->addWidget(frame);
    };
    tableCard(&m_messagesTitle, &m_messages, 10);
    auto *pair = new QHBoxLayout;
    pair->setSpacing(16);
    layout->addLayout(pair);
    tableCard(&m_couponsTitle, &m_coupons, 5);
    tableCard(&m_cartsTitle, &m_carts, 2);
    // The coupons and carts side by side.
    pair->addWidget(m_coupons->parentWidget(), 3);
    pair->addWidget(m_carts->parentWidget(), 2);
    // What each tool really brings in: its control group against everyone else.
    tableCard(&m_liftTitle, &m_lift, 7);
    m_lift->setObjectName(u"liftTable"_s);
    m_liftNote = new QLabel(m_lift->parentWidget());
    m_liftNote->setWordWrap(true);
    m_liftNote->setProperty("role", u"muted"_s);
    static_cast<QVBoxLayout *>(m_lift->parentWidget()->layout())->insertWidget(1, m_liftNote);
    layout->addStretch();

    connect(&m_model, &SalesReportModel::changed, this, &ReportsPage::refresh);
    retranslate();
}

void ReportsPage::retranslate()
{
    m_title->setText(tr("Reports"));
    m_periods->button(static_cast<int>(Period::Today))->setText(tr("Today"));
    m_periods->button(static_cast<int>(Period::Days7))->setText(tr("7 days"));
    m_periods->button(static_cast<int>(Period::Days30))->setText(tr("30 days"));
    m_periods->button(static_cast<int>(Period::Days90))->setText(tr("90 days"));
    m_periods->button(static_cast<int>(Period::HijriMonth))->setText(tr("This Hijri month"));
    m_periods->button(static_cast<int>(Period::Ramadan))->setText(tr("Ramadan"));
    m_custom->setText(tr("Show these days"));
    m_csv->setText(tr("Export CSV"));
    m_pdf->setText(tr("Export PDF"));
    m_salesTitle->setText(tr("Sales per day"));
    m_sourcesTitle->setText(tr("Sales by tool"));
    m_funnelTitle->setText(tr("From sent to sold, as a share of the messages sent"));
    m_couponsTitle->setText(tr("Coupons"));
    m_messagesTitle->setText(tr("Messages"));
    m_cartsTitle->setText(tr("Abandoned carts"));
    m_coupons->setHorizontalHeaderLabels({tr("Coupon"), tr("Uses"), tr("Discount given"), tr("Sales"), tr("Average order")});
    m_messages->setHorizontalHeaderLabels({tr("Messages"), tr("Channel"), tr("Sent"), tr("Delivered"), tr("Opened"), tr("Clicked"),
                                           tr("Orders"), tr("Sales"), tr("Cost"), tr("Sales per riyal")});
    m_carts->setHorizontalHeaderLabels({tr("Carts"), tr("Count")});
    m_liftTitle->setText(tr("Real effect of each tool"));
    m_liftNote->setText(tr("A small share of shoppers is kept from each tool (its control group, set on the tool's card). "
                           "What they buy against what everyone else buys is what the tool really brings in, "
                           "including orders it gets no credit for above."));
    m_lift->setHorizontalHeaderLabels({tr("Tool"), tr("Shoppers"), tr("Held back"), tr("Sales per shopper"),
                                       tr("Without it"), tr("Difference"), tr("Verdict (95% sure)")});
    refresh();
}

void ReportsPage::refresh()
{
    const SalesDay &now = m_model.total();
    const SalesDay &before = m_model.previous();
    {
        const QSignalBlocker blockFrom(m_from), blockTo(m_to);
        m_from->setDate(m_model.from());
        m_to->setDate(m_model.to());
    }
    if (QAbstractButton *button = m_periods->button(static_cast<int>(m_model.period())))
        button->setChecked(true);
    else if (QAbstractButton *checked = m_periods->checkedButton()) {
        m_periods->setExclusive(false);
        checked->setChecked(false);
        m_periods->setExclusive(true);
    }
    m_periodText->setText(m_model.periodText());
    m_empty->setVisible(!m_model.hasData());
    m_empty->setText(tr("No sales in this period yet. Orders show here a minute after they reach your Salla store."));

    const auto average = [](const SalesDay &d) { return d.orders > 0 ? d.revenue / d.orders : 0; };
    // Conversion in hundredths of a percent, to compare as integers.
    const auto conversion = [](qint64 orders, qint64 visitors) { return visitors > 0 ? orders * 10000 / visitors : 0; };
    const qint64 rateNow = conversion(now.orders, m_model.visitors());
    const qint64 rateBefore = conversion(before.orders, m_model.previousVisitors());
    const QLocale locale;
    const QList<std::tuple<QString, QString, qint64, qint64, QString>> figures{
        {tr("Sales"), money(now.revenue), now.revenue, before.revenue, tr("VAT included: %1").arg(money(now.vat))},
        {tr("Orders"), locale.toString(now.orders), now.orders, before.orders, QString()},
        {tr("Average order"), money(average(now)), average(now), average(before), QString()},
        {tr("Sales from your tools"), money(SalesReportModel::attributed(now)), SalesReportModel::attributed(now),
         SalesReportModel::attributed(before), percent(SalesReportModel::attributed(now), now.revenue)},
        {tr("Conversion rate"), m_model.visitors() > 0 ? percent(now.orders, m_model.visitors()) : u"—"_s, rateNow, rateBefore,
         tr("%Ln visitors", nullptr, static_cast<int>(std::min<qint64>(m_model.visitors(), INT_MAX)))},
    };
    const QString against = tr("Against %1").arg(tr("%1 to %2").arg(locale.toString(m_model.previousFrom(), QLocale::ShortFormat),
                                                                   locale.toString(m_model.previousTo(), QLocale::ShortFormat)));
    for (qsizetype i = 0; i < m_tiles.size(); ++i) {
        const auto &[label, figure, value, previous, hint] = figures.at(i);
        m_tiles[i].show(label, figure, value, previous, against);
        m_tiles[i].figure->setToolTip(hint);
    }
    refreshSalesChart();
    refreshSourcesChart();
    refreshFunnelChart();
    refreshTables();
}

void ReportsPage::refreshSalesChart()
{
    const QList<SalesDay> &daily = m_model.daily();
    QChart *chart = daychart::blank();
    QLineSeries *sales = daychart::line(chart, tr("Sales"), theme::kPrimary, 3);
    QLineSeries *tools = daychart::line(chart, tr("Sales from your tools"), theme::kAccent, 2);
    qint64 top = 0;
    for (qsizetype i = 0; i < daily.size(); ++i) {
        sales->append(static_cast<qreal>(i), static_cast<qreal>(daily.at(i).revenue) / 100.0);
        tools->append(static_cast<qreal>(i), static_cast<qreal>(SalesReportModel::attributed(daily.at(i))) / 100.0);
        top = std::max(top, daily.at(i).revenue);
    }
    for (QLineSeries *series : {sales, tools}) {
        series->setPointsVisible(daily.size() <= 31);
        connect(series, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
            if (!state || m_model.daily().isEmpty())
                return;
            const qsizetype i = std::clamp<qsizetype>(qRound(point.x()), 0, m_model.daily().size() - 1);
            const SalesDay &day = m_model.daily().at(i);
            QToolTip::showText(QCursor::pos(),
                               tr("%1: %2 in %Ln orders, %3 from your tools", nullptr, static_cast<int>(day.orders))
                                   .arg(QLocale().toString(day.day, QLocale::LongFormat), money(day.revenue),
                                        money(SalesReportModel::attributed(day))),
                               m_salesChart);
        });
        chart->addSeries(series);
    }
    QList<QDate> days;
    for (const SalesDay &day : daily)
        days.append(day.day);
    daychart::addDayAxes(chart, days, static_cast<qreal>(top) / 100.0, layoutDirection() == Qt::RightToLeft)->applyNiceNumbers();
    daychart::replace(m_salesChart, chart);
}

void ReportsPage::refreshSourcesChart()
{
    const SalesDay &total = m_model.total();
    QChart *chart = daychart::blank();
    chart->legend()->hide();
    auto *series = new QHorizontalBarSeries(chart);
    auto *set = new QBarSet(tr("Sales"), series);
    set->setColor(theme::kPrimary);
    QStringList names;
    qint64 top = 0;
    // Least first: a horizontal bar chart draws its first category at the bottom.
    QList<SalesSource> sources = total.sources;
    std::reverse(sources.begin(), sources.end());
    for (const SalesSource &source : std::as_const(sources)) {
        names << SalesReportModel::sourceLabel(source.source, source.automation);
        set->append(static_cast<qreal>(source.revenue) / 100.0);
        top = std::max(top, source.revenue);
    }
    series->append(set);
    connect(set, &QBarSet::hovered, this, [this, sources](bool state, int index) {
        if (!state || index < 0 || index >= sources.size())
            return;
        const SalesSource &s = sources.at(index);
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %2 in %Ln orders", nullptr, static_cast<int>(s.orders))
                               .arg(SalesReportModel::sourceLabel(s.source, s.automation), money(s.revenue)),
                           m_sourcesChart);
    });
    chart->addSeries(series);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    auto *categories = new QBarCategoryAxis(chart);
    categories->append(names.isEmpty() ? QStringList{QString()} : names);
    categories->setTruncateLabels(false); // a tool's name is the point of the chart
    daychart::styleAxis(categories);
    auto *riyals = new QValueAxis(chart);
    riyals->setRange(0, top > 0 ? static_cast<qreal>(top) / 100.0 * 1.15 : 10.0);
    riyals->setLabelFormat(u"%.0f"_s);
    riyals->setTickCount(5);
    riyals->applyNiceNumbers();
    riyals->setReverse(rtl); // bars grow from the reading side
    daychart::styleAxis(riyals);
    chart->addAxis(categories, rtl ? Qt::AlignRight : Qt::AlignLeft);
    chart->addAxis(riyals, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(riyals);
    daychart::replace(m_sourcesChart, chart);
}

void ReportsPage::refreshFunnelChart()
{
    // Each automation's messages as one bar, cut where shoppers dropped off: the part
    // that sold, clicked without buying, arrived without a click, never arrived. Every
    // bar is all that was sent (a share, so a broadcast of thousands and a handful of
    // welcomes compare), the figures on hover, right to left in Arabic.
    struct Stages
    {
        QString automation;
        qint64 sent = 0, delivered = 0, clicked = 0, orders = 0;
    };
    QList<Stages> rows;
    for (const MessageSales &m : m_model.total().messages) {
        auto it = std::find_if(rows.begin(), rows.end(), [&m](const Stages &s) { return s.automation == m.automation; });
        if (it == rows.end())
            it = rows.insert(rows.end(), Stages{m.automation, 0, 0, 0, 0});
        it->sent += m.sent;
        it->delivered += m.delivered;
        it->clicked += m.clicked;
        it->orders += m.orders;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Stages &a, const Stages &b) { return a.sent < b.sent; }); // the most at the top
    QChart *chart = daychart::blank();
    auto *series = new QHorizontalPercentBarSeries(chart);
    const QList<std::pair<QString, QColor>> parts{{tr("Sold"), theme::kPrimary},
                                                  {tr("Clicked, did not buy"), theme::kAccent},
                                                  {tr("Arrived, not clicked"), theme::kPrimaryTint.darker(115)},
                                                  {tr("Did not arrive"), theme::kBorder}};
    QList<QBarSet *> sets;
    for (const auto &[name, colour] : parts) {
        auto *set = new QBarSet(name, series);
        set->setColor(colour);
        set->setBorderColor(colour);
        sets.append(set);
    }
    QStringList names;
    for (const Stages &row : std::as_const(rows)) {
        names << MessageLogModel::automationText(row.automation);
        const qint64 sold = std::min(row.orders, row.clicked > 0 ? row.clicked : row.orders);
        const qint64 clicked = std::max<qint64>(0, std::min(row.clicked, row.delivered) - sold);
        const qint64 arrived = std::max<qint64>(0, row.delivered - clicked - sold);
        const qint64 lost = std::max<qint64>(0, row.sent - row.delivered);
        *sets[0] << static_cast<qreal>(sold);
        *sets[1] << static_cast<qreal>(clicked);
        *sets[2] << static_cast<qreal>(arrived);
        *sets[3] << static_cast<qreal>(lost);
    }
    for (QBarSet *set : std::as_const(sets)) {
        series->append(set);
        connect(set, &QBarSet::hovered, this, [this, rows](bool state, int index) {
            if (!state || index < 0 || index >= rows.size())
                return;
            const Stages &r = rows.at(index);
            const QLocale locale;
            QToolTip::showText(QCursor::pos(),
                               tr("%1: %2 sent, %3 arrived, %4 clicked, %5 orders")
                                   .arg(MessageLogModel::automationText(r.automation), locale.toString(r.sent), locale.toString(r.delivered),
                                        locale.toString(r.clicked), locale.toString(r.orders)),
                               m_funnelChart);
        });
    }
    chart->addSeries(series);
    chart->legend()->setVisible(!rows.isEmpty());
    chart->legend()->setAlignment(Qt::AlignBottom);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    auto *categories = new QBarCategoryAxis(chart);
    categories->append(names.isEmpty() ? QStringList{QString()} : names);
    categories->setTruncateLabels(false);
    daychart::styleAxis(categories);
    auto *count = new QValueAxis(chart); // percent of what was sent
    count->setRange(0, 100);
    count->setLabelFormat(u"%.0f"_s);
    count->setTickCount(5);
    count->setReverse(rtl);
    daychart::styleAxis(count);
    chart->addAxis(categories, rtl ? Qt::AlignRight : Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(count);
    daychart::replace(m_funnelChart, chart);
}

void ReportsPage::refreshTables()
{
    const SalesDay &total = m_model.total();
    const QLocale locale;
    m_coupons->setRowCount(static_cast<int>(total.coupons.size()));
    for (int row = 0; row < total.coupons.size(); ++row) {
        const CouponSales &c = total.coupons.at(row);
        setRow(m_coupons, row,
               {QChar(0x2066) + c.code + QChar(0x2069), locale.toString(c.uses), money(c.discount), money(c.revenue),
                money(c.uses > 0 ? c.revenue / c.uses : 0)});
    }
    m_messages->setRowCount(static_cast<int>(total.messages.size()));
    for (int row = 0; row < total.messages.size(); ++row) {
        const MessageSales &m = total.messages.at(row);
        const bool sms = m.channel == u"sms";
        const qint64 cost = sms ? m.smsParts * m_model.smsPriceHalalas() : 0;
        const auto perRiyal = revenuePerRiyal(m.revenue, sms ? m.smsParts : 0, m_model.smsPriceHalalas());
        setRow(m_messages, row,
               {MessageLogModel::automationText(m.automation), MessageLogModel::channelText(m.channel), locale.toString(m.sent),
                locale.toString(m.delivered), m.channel == u"email" ? locale.toString(m.opened) : u"—"_s, locale.toString(m.clicked),
                locale.toString(m.orders), money(m.revenue), sms ? money(cost) : u"—"_s,
                perRiyal ? locale.toString(*perRiyal, 'f', 1) : u"—"_s});
        m_messages->item(row, 0)->setToolTip(tr("%Ln unsubscribed from these", nullptr, static_cast<int>(m.unsubscribes)));
    }
    const QList<std::pair<QString, QString>> carts{
        {tr("Abandoned"), locale.toString(total.cartsAbandoned)},
        {tr("Reminded"), locale.toString(total.cartsMessaged)},
        {tr("Recovered"), locale.toString(total.cartsRecovered)},
        {tr("Recovery rate"), percent(total.cartsRecovered, total.cartsAbandoned)},
        {tr("Sales recovered"), money(total.recoveredRevenue)},
    };
    m_carts->setRowCount(static_cast<int>(carts.size()));
    for (int row = 0; row < carts.size(); ++row)
        setRow(m_carts, row, {carts.at(row).first, carts.at(row).second});

    m_lift->setRowCount(static_cast<int>(total.lift.size()));
    for (int row = 0; row < total.lift.size(); ++row) {
        const ToolLift &lift = total.lift.at(row);
        const LiftEstimate estimate = estimateLift(lift.treated, lift.heldBack);
        setRow(m_lift, row,
               {SalesReportModel::toolLabel(lift.tool), locale.toString(lift.treated.shoppers), locale.toString(lift.heldBack.shoppers),
                money(qRound64(estimate.treatedPerShopper)), money(qRound64(estimate.heldBackPerShopper)),
                money(qRound64(estimate.difference)), SalesReportModel::verdictText(estimate)});
        m_lift->item(row, 6)->setTextAlignment(Qt::AlignVCenter | Qt::AlignLeading); // words, not a figure
        // The interval itself, for whoever wants the figures behind the words.
        m_lift->item(row, 5)->setToolTip(
            tr("95% interval: %1 to %2 per shopper").arg(money(qRound64(estimate.low)), money(qRound64(estimate.high))));
    }
    m_lift->parentWidget()->setVisible(!total.lift.isEmpty());
    // Six tools at most: the whole table, no scroll bar of its own inside the page's.
    int height = m_lift->horizontalHeader()->sizeHint().height() + 4;
    for (int row = 0; row < m_lift->rowCount(); ++row)
        height += m_lift->rowHeight(row);
    m_lift->setFixedHeight(std::max(height, 80));
}

void ReportsPage::askExport(bool pdf)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = u"%1/nomo-report-%2-%3.%4"_s.arg(folder, m_model.from().toString(Qt::ISODate), m_model.to().toString(Qt::ISODate),
                                                         pdf ? u"pdf"_s : u"csv"_s);
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export PDF") : tr("Export CSV"), name,
                                                      pdf ? tr("PDF (*.pdf)") : tr("CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    if (!(pdf ? exportPdf(path) : exportCsv(path)))
        QToolTip::showText(QCursor::pos(), tr("Could not save the file. Pick another folder and try again."), this);
}

bool ReportsPage::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model.csv()) < 0 || !file.commit()) {
        qCWarning(lcReports) << "could not write" << path << file.errorString();
        return false;
    }
    return true;
}

bool ReportsPage::exportPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setPageMargins(QMarginsF(14, 14, 14, 14), QPageLayout::Millimeter);
    writer.setTitle(tr("Nomo Flow report"));
    writer.setCreator(u"Nomo Flow"_s);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const SalesDay &total = m_model.total();
    const QLocale locale;

    // The charts as they are on screen, drawn into the document as pictures.
    QTextDocument document;
    const auto chartImage = [](QChartView *view) {
        if (view->width() < 600) // never laid out (an export from the command line)
            view->resize(900, 320);
        return view->grab().toImage();
    };
    document.addResource(QTextDocument::ImageResource, QUrl(u"chart://sales"_s), chartImage(m_salesChart));
    document.addResource(QTextDocument::ImageResource, QUrl(u"chart://sources"_s), chartImage(m_sourcesChart));
    document.addResource(QTextDocument::ImageResource, QUrl(u"chart://funnel"_s), chartImage(m_funnelChart));

    const auto escape = [](const QString &text) -> QString { return text.toHtmlEscaped(); };
    QString html = u"<html dir=\"%1\"><body style=\"font-family: sans-serif; font-size: 10pt; color: #1f2937\">"_s.arg(rtl ? u"rtl"_s : u"ltr"_s);
    html += u"<h1 style=\"font-size: 18pt\">%1</h1>"_s.arg(escape(m_model.storeName().isEmpty() ? tr("Your store") : m_model.storeName()));
    html += u"<p style=\"color: #6b7280\">%1 — %2</p>"_s.arg(escape(tr("Sales report")), escape(m_model.periodText()));
    const auto row = [&](const QStringList &cells, bool head = false) -> QString {
        QString line = u"<tr>"_s;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += u"<%1 align=\"%2\" style=\"padding: 3px 6px; border-bottom: 1px solid #e5e7eb\">%3</%1>"_s.arg(
                head ? u"th"_s : u"td"_s, i == 0 ? (rtl ? u"right"_s : u"left"_s) : (rtl ? u"left"_s : u"right"_s), escape(cells.at(i)));
        return line + u"</tr>"_s;
    };
    const auto table = [](const QString &rows) -> QString { return u"<table width=\"100%\" cellspacing=\"0\">"_s + rows + u"</table>"_s; };
    html += table(row({tr("Sales"), money(total.revenue)}) + row({tr("VAT included"), money(total.vat)})
                  + row({tr("Orders"), locale.toString(total.orders)})
                  + row({tr("Average order"), money(total.orders > 0 ? total.revenue / total.orders : 0)})
                  + row({tr("Sales from your tools"), money(SalesReportModel::attributed(total))})
                  + row({tr("Sales in the period before"), money(m_model.previous().revenue)}));
    html += u"<h2 style=\"font-size: 13pt\">%1</h2><p><img src=\"chart://sales\" width=\"640\"></p>"_s.arg(escape(tr("Sales per day")));
    html += u"<h2 style=\"font-size: 13pt\">%1</h2><p><img src=\"chart://sources\" width=\"640\"></p>"_s.arg(escape(tr("Sales by tool")));
    QString sources = row({tr("Tool"), tr("Orders"), tr("Sales")}, true);
    for (const SalesSource &s : total.sources)
        sources += row({SalesReportModel::sourceLabel(s.source, s.automation), locale.toString(s.orders), money(s.revenue)});
    html += table(sources);
    if (!total.coupons.isEmpty()) {
        QString coupons = row({tr("Coupon"), tr("Uses"), tr("Discount given"), tr("Sales")}, true);
        for (const CouponSales &c : total.coupons)
            coupons += row({c.code, locale.toString(c.uses), money(c.discount), money(c.revenue)});
        html += u"<h2 style=\"font-size: 13pt\">%1</h2>"_s.arg(escape(tr("Coupons"))) + table(coupons);
    }
    if (!total.messages.isEmpty()) {
        QString messages = row({tr("Messages"), tr("Channel"), tr("Sent"), tr("Clicked"), tr("Orders"), tr("Sales")}, true);
        for (const MessageSales &m : total.messages)
            messages += row({MessageLogModel::automationText(m.automation), MessageLogModel::channelText(m.channel), locale.toString(m.sent),
                             locale.toString(m.clicked), locale.toString(m.orders), money(m.revenue)});
        html += u"<h2 style=\"font-size: 13pt\">%1</h2>"_s.arg(escape(tr("Messages"))) + table(messages);
        html += u"<h2 style=\"font-size: 13pt\">%1</h2><p><img src=\"chart://funnel\" width=\"640\"></p>"_s.arg(escape(tr("From sent to sold")));
    }
    html += u"<h2 style=\"font-size: 13pt\">%1</h2>"_s.arg(escape(tr("Abandoned carts")))
            + table(row({tr("Abandoned"), locale.toString(total.cartsAbandoned)}) + row({tr("Recovered"), locale.toString(total.cartsRecovered)})
                    + row({tr("Sales recovered"), money(total.recoveredRevenue)}));
    if (!total.lift.isEmpty()) {
        QString lift = row({tr("Tool"), tr("Shoppers"), tr("Held back"), tr("Difference"), tr("Verdict (95% sure)")}, true);
        for (const ToolLift &l : total.lift) {
            const LiftEstimate estimate = estimateLift(l.treated, l.heldBack);
            lift += row({SalesReportModel::toolLabel(l.tool), locale.toString(l.treated.shoppers), locale.toString(l.heldBack.shoppers),
                         money(qRound64(estimate.difference)), SalesReportModel::verdictText(estimate)});
        }
        html += u"<h2 style=\"font-size: 13pt\">%1</h2>"_s.arg(escape(tr("Real effect of each tool"))) + table(lift);
    }
    html += u"</body></html>"_s;
    document.setHtml(html);
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    document.setDefaultTextOption(option);
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    return QFile::exists(path) && QFile(path).size() > 0;
}

} // namespace nomo
