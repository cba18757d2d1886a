#pragma once

#include "console/ConsoleController.h"

namespace nomo {

// GET /api/v1/changes: the store's change feed, oldest first, after `since`.
class ChangesController : public ConsoleController
{
    Q_OBJECT

public:
    using ConsoleController::ConsoleController;
    void install(http::Routes &routes) override;

private:
    QHttpServerResponse changes(const http::RequestContext &context) const;
};

} // namespace nomo
