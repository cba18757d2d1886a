#pragma once

#include "console/ConsoleController.h"
#include "json/JsonReader.h"

namespace nomo {

class TokenCipher;
struct FeatureState;

// GET /api/v1/features and PUT /api/v1/features/{key}: switching a tool on or off
// and saving its settings, if the version the console saw is still the stored one.
class FeaturesController : public ConsoleController
{
    Q_OBJECT

public:
    FeaturesController(QString connectionName, JsonLimits limits, const TokenCipher &cipher, const Clock &clock, QObject *parent)
        : ConsoleController(std::move(connectionName), clock, parent)
        , m_limits(limits)
        , m_cipher(cipher)
    {
    }
    void install(http::Routes &routes) override;

private:
    QHttpServerResponse list(const ConsoleCaller &caller) const;
    http::Answer put(const http::RequestContext &context) const;
    // The wire form: settings with defaults, and which secrets are set (never their values).
    Result<QJsonObject> featureJson(const ConsoleCaller &caller, const FeatureState &feature) const;

    JsonLimits m_limits;
    const TokenCipher &m_cipher;
};

} // namespace nomo
