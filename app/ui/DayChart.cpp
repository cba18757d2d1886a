#include "ui/DayChart.h"

#include "ui/Theme.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nomo::daychart {

QChart *blank()
{
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setLabelColor(theme::kMuted);
    return chart;
}

void styleAxis(QAbstractAxis *axis)
{
    axis->setGridLineColor(theme::kBorder);
    axis->setLabelsColor(theme::kMuted);
    axis->setLinePenColor(theme::kBorder);
}

QLineSeries *line(QChart *chart, const QString &name, const QColor &color, int width)
{
    auto *series = new QLineSeries(chart);
    series->setName(name);
    QPen pen(color);
    pen.setWidth(width);
    series->setPen(pen);
    return series;
}

QValueAxis *addDayAxes(QChart *chart, const QList<QDate> &days, qreal top, bool rtl)
{
    auto *dayAxis = new QCategoryAxis(chart);
    dayAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    dayAxis->setRange(0, std::max<qsizetype>(days.size() - 1, 1));
    dayAxis->setReverse(rtl);
    styleAxis(dayAxis);
    const qsizetype step = days.size() <= 7 ? 1 : days.size() <= 31 ? 7 : 15;
    for (qsizetype i = 0; i < days.size(); i += step)
        dayAxis->append(QLocale().toString(days.at(i), u"d MMM"_s), static_cast<qreal>(i));
    auto *figures = new QValueAxis(chart);
    figures->setRange(0, top > 0 ? top * 1.15 : 10.0);
    figures->setLabelFormat(u"%.0f"_s);
    figures->setTickCount(4);
    styleAxis(figures);
    chart->addAxis(dayAxis, Qt::AlignBottom);
    chart->addAxis(figures, rtl ? Qt::AlignRight : Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(dayAxis);
        series->attachAxis(figures);
    }
    return figures;
}

void replace(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace nomo::daychart
