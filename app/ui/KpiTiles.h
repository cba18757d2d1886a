#pragma once

#include <QList>
#include <QString>

class QLabel;
class QVBoxLayout;
class QWidget;

namespace nomo {

// A row of figure tiles as the report pages show them (DESIGN.md): a label, the figure,
// and its change against the period before ("▲ 12%", coloured by direction).
struct KpiTile
{
    QLabel *label = nullptr;
    QLabel *figure = nullptr;
    QLabel *delta = nullptr;

    void show(const QString &text, const QString &value, qint64 now, qint64 before, const QString &againstWhat);
};

// `count` tiles side by side, appended to `layout`; their frames are named prefix0, prefix1, …
QList<KpiTile> addKpiRow(QVBoxLayout *layout, QWidget *body, int count, const QString &objectPrefix);

} // namespace nomo
