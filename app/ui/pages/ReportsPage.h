#pragma once

#include "ui/KpiTiles.h"
#include "ui/pages/Page.h"

class QButtonGroup;
class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace nomo {

class SalesReportModel;

// The Reports page: what the store sold in a period (today, 7 / 30 / 90 days, this
// Hijri month, Ramadan, or days picked) against the period before, what each tool
// brought in (attribution), the coupons, the messages by automation and channel with
// their cost, and the abandoned carts won back — Qt Charts right to left in Arabic,
// exact figures on hover, exported as CSV for Excel or as a PDF in the merchant's
// language. From the cache: it opens offline.
class ReportsPage : public Page
{
    Q_OBJECT

public:
    ReportsPage(PageContext &context, QWidget *parent);
    static void registerPage();
    void retranslate() override;

    // The exports, also for tests and the screenshot tool: false with a reason logged
    // when the file could not be written.
    bool exportCsv(const QString &path) const;
    bool exportPdf(const QString &path);

private:
    void refresh();
    void refreshSalesChart();
    void refreshSourcesChart();
    void refreshFunnelChart();
    void refreshTables();
    void askExport(bool pdf);

    PageContext &m_context;
    SalesReportModel &m_model;
    QLabel *m_title = nullptr;
    QLabel *m_periodText = nullptr;
    QLabel *m_empty = nullptr;
    QButtonGroup *m_periods = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_custom = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;
    QList<KpiTile> m_tiles;
    QLabel *m_salesTitle = nullptr;
    QChartView *m_salesChart = nullptr;
    QLabel *m_sourcesTitle = nullptr;
    QChartView *m_sourcesChart = nullptr;
    QLabel *m_funnelTitle = nullptr;
    QChartView *m_funnelChart = nullptr;
    QLabel *m_couponsTitle = nullptr;
    QTableWidget *m_coupons = nullptr;
    QLabel *m_messagesTitle = nullptr;
    QTableWidget *m_messages = nullptr;
    QLabel *m_cartsTitle = nullptr;
    QTableWidget *m_carts = nullptr;
    QLabel *m_liftTitle = nullptr;
    QLabel *m_liftNote = nullptr;
    QTableWidget *m_lift = nullptr;
};

} // namespace nomo
