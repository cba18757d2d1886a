#pragma once

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>

class QAbstractAxis;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace nomo::daychart {

// The report pages' charts, drawn one way (DESIGN.md): no background, the UI's digits,
// the legend on top, muted axes.
QChart *blank();
void styleAxis(QAbstractAxis *axis);
// A line of one figure a day, in the chart.
QLineSeries *line(QChart *chart, const QString &name, const QColor &color, int width);
// The days along the bottom — time runs right to left in Arabic, as the reading does
// (docs/architecture.md) — and the figures up the reading side from 0 to a little above
// `top`; every series in the chart is attached to both. The figures' axis, to tune.
QValueAxis *addDayAxes(QChart *chart, const QList<QDate> &days, qreal top, bool rtl);
// Shows `chart` in `view` and deletes the one it replaces.
void replace(QChartView *view, QChart *chart);

} // namespace nomo::daychart
