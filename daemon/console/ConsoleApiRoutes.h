#pragma once

#include "core/Clock.h"
#include "json/JsonReader.h"
#include "repositories/ConsoleDeviceRepository.h"

#include <QHttpServerResponse>
#include <QObject>

#include <functional>

class QHttpServer;
class QHttpServerRequest;

namespace nomo {

// The console's REST API under /api/v1 (docs/api/openapi.yaml). Every route first
// turns the bearer token into a ConsoleCaller and then reads and writes through
// repositories scoped to that caller's merchant, so another merchant's ids simply do
// not exist here (404) and a revoked token is refused at once (401).
class ConsoleApiRoutes : public QObject
{
    Q_OBJECT

public:
    ConsoleApiRoutes(QString connectionName, JsonLimits limits, const Clock &clock, QObject *parent = nullptr);

    void install(QHttpServer &server);

    // A mutation's answer, kept for Idempotency-Key replays.
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

private:
    using Handler = std::function<QHttpServerResponse(const ConsoleCaller &)>;
    QHttpServerResponse authenticated(const QHttpServerRequest &request, const Handler &handler) const;
    // Runs `mutate` once per Idempotency-Key: a retry gets the stored answer.
    QHttpServerResponse idempotent(const ConsoleCaller &caller, const QHttpServerRequest &request, const QByteArray &method,
                                   const std::function<Answer()> &mutate) const;

    QHttpServerResponse status(const ConsoleCaller &caller) const;
    QHttpServerResponse changes(const ConsoleCaller &caller, const QHttpServerRequest &request) const;
    QHttpServerResponse features(const ConsoleCaller &caller) const;
    Answer putFeature(const ConsoleCaller &caller, const QString &key, const QHttpServerRequest &request) const;
    QHttpServerResponse activity(const ConsoleCaller &caller, const QHttpServerRequest &request) const;
    QHttpServerResponse devices(const ConsoleCaller &caller) const;
    Answer revokeDevice(const ConsoleCaller &caller, qint64 deviceId) const;

    QString m_connection;
    JsonLimits m_limits;
    const Clock &m_clock;
};

} // namespace nomo
