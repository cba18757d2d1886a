#pragma once

#include "core/Clock.h"

#include <QString>

namespace nomo {
namespace http {
class Routes;
}

// GET /metrics in Prometheus's text format, behind `metrics.token` (Authorization:
// Bearer <token>); with no token configured the route answers 404 and says why. The
// counters are counted where things happen (core/Metrics); the gauges here are read
// at scrape time: the job queue by kind, the events still to process and how old the
// oldest is, the process's memory and descriptors.
class MetricsRoutes
{
public:
    static void install(http::Routes &routes, QString connectionName, QString token, const Clock &clock = Clock::system());
};

} // namespace nomo
