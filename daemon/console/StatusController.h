#pragma once

#include "console/ConsoleController.h"

namespace nomo {

// GET /api/v1/status: the store, its Salla authorization, its events and its jobs.
class StatusController : public ConsoleController
{
    Q_OBJECT

public:
    using ConsoleController::ConsoleController;
    void install(http::Routes &routes) override;

private:
    QHttpServerResponse status(const ConsoleCaller &caller) const;
};

} // namespace nomo
