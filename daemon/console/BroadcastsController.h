#pragma once

#include "console/ConsoleController.h"
#include "json/JsonReader.h"

namespace nomo {

// The store's broadcasts (docs/api/openapi.yaml):
//   GET  /api/v1/broadcasts              the latest first, each with what its messages became;
//   POST /api/v1/broadcasts              one message to a segment at a time (Idempotency-Key):
//                                        every problem at once (422), or stored with its
//                                        planning job due at send_at;
//   POST /api/v1/broadcasts/{id}/cancel  nothing more is planned, what waits is cancelled
//                                        (409 once it went out whole).
class BroadcastsController : public ConsoleController
{
    Q_OBJECT

public:
    BroadcastsController(QString connectionName, JsonLimits limits, const Clock &clock, QObject *parent);
    void install(http::Routes &routes) override;

private:
    http::Answer create(const http::RequestContext &context);
    JsonLimits m_limits;
};

} // namespace nomo
