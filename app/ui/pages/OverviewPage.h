#pragma once

#include "ui/pages/Page.h"

#include <QList>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QPushButton;
class QVBoxLayout;

namespace nomo {

// The first page a merchant sees: money first (today, 7 and 30 days, with the change
// against the period before), the daily sales of the last 30 days, the abandoned
// carts, and what each switched-on tool is doing now.
class OverviewPage : public Page
{
    Q_OBJECT

public:
    OverviewPage(PageContext &context, QWidget *parent);
    static void registerPage();
    void retranslate() override;

private:
    struct Tile
    {
        QLabel *label = nullptr;
        QLabel *figure = nullptr;
        QLabel *delta = nullptr;
        QLabel *orders = nullptr;
    };
    void refresh();
    void refreshTools();
    void refreshChart();

    PageContext &m_context;
    QLabel *m_title = nullptr;
    QList<Tile> m_tiles;
    QLabel *m_chartTitle = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_cartsTitle = nullptr;
    QLabel *m_cartsFigure = nullptr;
    QLabel *m_cartsHint = nullptr;
    QLabel *m_toolsTitle = nullptr;
    QVBoxLayout *m_toolsList = nullptr;
    QLabel *m_toolsEmpty = nullptr;
    QPushButton *m_toolsButton = nullptr;
};

} // namespace nomo
