#pragma once

#include "ui/KpiTiles.h"
#include "ui/pages/Page.h"

#include <QList>

class QButtonGroup;
class QChartView;
class QLabel;
class QTableWidget;

namespace nomo {

struct NamedCount;

// The Visitors report (visitor data): visitors, visits, page views and pages per visit
// over 7, 30 or 90 Riyadh days against the period before, visitors and page views by
// day (Qt Charts; time runs right to left in Arabic, as on the overview), and the
// period's top pages, sources and devices. From the cache: it opens offline.
class VisitorsPage : public Page
{
    Q_OBJECT

public:
    VisitorsPage(PageContext &context, QWidget *parent);
    static void registerPage();
    void retranslate() override;

private:
    void refresh();
    void refreshChart();
    void fill(QTableWidget *table, const QList<NamedCount> &rows, bool sources, bool devices);

    PageContext &m_context;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QButtonGroup *m_periods = nullptr;
    QList<KpiTile> m_tiles;
    QLabel *m_chartTitle = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_pagesTitle = nullptr;
    QLabel *m_sourcesTitle = nullptr;
    QLabel *m_devicesTitle = nullptr;
    QTableWidget *m_pagesTable = nullptr;
    QTableWidget *m_sourcesTable = nullptr;
    QTableWidget *m_devicesTable = nullptr;
};

} // namespace nomo
