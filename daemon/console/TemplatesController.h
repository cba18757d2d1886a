#pragma once

#include "console/ConsoleController.h"
#include "json/JsonReader.h"

namespace nomo {

// The store's message templates: every one it sends (its own or the gallery's), a
// save of its own (checked by the composer the console's preview runs: 422 with
// each problem by field, line and column), and back to the gallery's.
//   GET    /api/v1/templates
//   PUT    /api/v1/templates/{automation}/{channel}/{language}   If-Match the version seen (0: the gallery's)
//   DELETE /api/v1/templates/{automation}/{channel}/{language}
class TemplatesController : public ConsoleController
{
    Q_OBJECT

public:
    TemplatesController(QString connectionName, JsonLimits limits, const Clock &clock, QObject *parent)
        : ConsoleController(std::move(connectionName), clock, parent)
        , m_limits(limits)
    {
    }
    void install(http::Routes &routes) override;

private:
    http::Answer put(const http::RequestContext &context) const;
    http::Answer remove(const http::RequestContext &context) const;

    JsonLimits m_limits;
};

} // namespace nomo
