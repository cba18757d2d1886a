#pragma once

#include "console/ConsoleController.h"
#include "json/JsonReader.h"

namespace nomo {

// GET /api/v1/features and PUT /api/v1/features/{key}: switching a tool on or off
// and saving its settings, if the version the console saw is still the stored one.
class FeaturesController : public ConsoleController
{
    Q_OBJECT

public:
    FeaturesController(QString connectionName, JsonLimits limits, const Clock &clock, QObject *parent)
        : ConsoleController(std::move(connectionName), clock, parent)
        , m_limits(limits)
    {
    }
    void install(http::Routes &routes) override;

private:
    QHttpServerResponse list(const ConsoleCaller &caller) const;
    http::Answer put(const http::RequestContext &context) const;

    JsonLimits m_limits;
};

} // namespace nomo
