#pragma once

#include "console/ConsoleController.h"

namespace nomo {

// GET /api/v1/devices and DELETE /api/v1/devices/{id}: the store's signed-in
// consoles, and signing one out (it is refused from its next request on).
class DevicesController : public ConsoleController
{
    Q_OBJECT

public:
    using ConsoleController::ConsoleController;
    void install(http::Routes &routes) override;

private:
    QHttpServerResponse list(const ConsoleCaller &caller) const;
    http::Answer revoke(const http::RequestContext &context) const;
};

} // namespace nomo
