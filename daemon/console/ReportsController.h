#pragma once

#include "console/ConsoleController.h"

namespace nomo {

// GET /api/v1/reports/sales: a period of the Reports page, from the rolled-up days
// (sales_days) — each day, the period added up, and the period before it of the same
// length for the change. The console draws the same days from its cache offline.
class ReportsController : public ConsoleController
{
    Q_OBJECT

public:
    using ConsoleController::ConsoleController;
    void install(http::Routes &routes) override;

    static constexpr int kMaxDays = 400; // a year and its Ramadan either side

private:
    QHttpServerResponse sales(const http::RequestContext &context) const;
};

} // namespace nomo
