#pragma once

#include "core/Result.h"

#include <functional>

class QHttpServer;

namespace nomo {
namespace http {
class Routes;
}

// GET /healthz: the process is alive and its event loop turns.
// GET /readyz: it can do its work — the database answers and its schema is current.
// A load balancer or systemd watchdog polls these; both answer JSON.
class HealthRoutes
{
public:
    using ReadinessProbe = std::function<Result<int>()>; // the schema version, or why not ready

    static void install(http::Routes &routes, ReadinessProbe probe);
};

} // namespace nomo
