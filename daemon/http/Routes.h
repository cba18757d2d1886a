#pragma once

#include "core/Clock.h"
#include "http/Answer.h"
#include "http/RateLimiter.h"
#include "repositories/ConsoleDeviceRepository.h"

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QHttpServer;
class QHttpServerRequest;

namespace nomo::http {

// Who may call a route, and so what the pipeline checks before its handler runs.
enum class Access
{
    Health,  // probes: no id, no limit, nothing logged
    Public,  // anyone (sign-in pages, OAuth): per-client rate limit
    Console, // Authorization: Bearer <console token>: per-client and per-device limits
    Webhook, // signed webhooks (Salla's, WhatsApp's): the handler checks the signature on the raw body
};

struct RouteSpec
{
    QByteArray method; // GET, POST, PUT, DELETE
    QString path;      // as OpenAPI writes it: /api/v1/features/{key}
    Access access = Access::Public;
    bool idempotent = false; // a mutation that honours Idempotency-Key (Console only)
    QString summary;
};

// What a handler is given: the request, its path parameters in order, its id and,
// for Console routes, who is calling.
struct RequestContext
{
    const QHttpServerRequest &request;
    QStringList args;
    QByteArray requestId;
    std::optional<ConsoleCaller> caller;
};

// The one pipeline in front of every daemon route, and the route table. Each route
// is declared once, here, with its access; the pipeline gives it a request id
// (echoed in X-Request-Id and in every log line written while it is handled),
// applies the per-client and per-device rate limits (429 with Retry-After),
// authenticates Console routes, runs Idempotency-Key for mutations, and maps errors
// to one JSON shape. Body limits are the HTTP guard's, before any of this.
// The table is what the daemon announces when it starts listening (its ready line
// carries it), and what the OpenAPI test compares with the document.
class Routes : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int perClientPerMinute = 1200;
        int perDevicePerMinute = 600;
    };

    Routes(QHttpServer &server, QString connectionName, Limits limits, const Clock &clock = Clock::system(),
           QObject *parent = nullptr);

    using Sync = std::function<QHttpServerResponse(const RequestContext &)>;
    using Mutation = std::function<Answer(const RequestContext &)>;
    using Async = std::function<void(const RequestContext &, QHttpServerResponder &&)>;

    void add(RouteSpec spec, Sync handler);
    void addMutation(RouteSpec spec, Mutation handler);
    void addAsync(RouteSpec spec, Async handler);

    const QList<RouteSpec> &table() const { return m_table; }
    QJsonArray tableJson() const;

private:
    // The checks every route passes first. An answer when the request stops here.
    std::optional<QHttpServerResponse> admit(const RouteSpec &spec, const QHttpServerRequest &request,
                                             std::optional<ConsoleCaller> *caller);
    QHttpServerResponse idempotent(const RequestContext &context, const Mutation &mutate) const;
    void bind(const RouteSpec &spec, std::function<QHttpServerResponse(QStringList, const QHttpServerRequest &)> run);
    void bindAsync(const RouteSpec &spec,
                   std::function<void(QStringList, const QHttpServerRequest &, QHttpServerResponder &&)> run);

    QHttpServer &m_server;
    QString m_connection;
    const Clock &m_clock;
    RateLimiter m_perClient;
    RateLimiter m_perDevice;
    QList<RouteSpec> m_table;
};

} // namespace nomo::http
