#pragma once

#include "console/ConsoleController.h"

namespace nomo {

// GET /api/v1/activity: the store's latest events with what became of them.
class ActivityController : public ConsoleController
{
    Q_OBJECT

public:
    using ConsoleController::ConsoleController;
    void install(http::Routes &routes) override;

private:
    QHttpServerResponse activity(const http::RequestContext &context) const;
};

} // namespace nomo
