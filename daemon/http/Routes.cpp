#include "http/Routes.h"

#include "core/Metrics.h"
#include "db/Database.h"
#include "http/ClientAddress.h"
#include "http/HttpErrors.h"
#include "http/RequestId.h"
#include "logging/Logging.h"
#include "repositories/IdempotencyRepository.h"
#include "security/Digest.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using StatusCode = QHttpServerResponse::StatusCode;

namespace nomo::http {

namespace {

QHttpServerRequest::Method methodOf(const QByteArray &name)
{
    using Method = QHttpServerRequest::Method;
    if (name == "POST")
        return Method::Post;
    if (name == "PUT")
        return Method::Put;
    if (name == "DELETE")
        return Method::Delete;
    if (name == "PATCH")
        return Method::Patch;
    if (name == "OPTIONS")
        return Method::Options;
    return Method::Get;
}

// "/api/v1/features/{key}" as QHttpServer's pattern, and how many parameters it has.
std::pair<QString, int> qtPattern(const QString &path)
{
    static const QRegularExpression parameter(u"\\{[^}]+\\}"_s);
    QString pattern = path;
    const int count = static_cast<int>(pattern.count(parameter));
    pattern.replace(parameter, u"<arg>"_s);
    return {pattern, count};
}

QString accessName(Access access)
{
    switch (access) {
    case Access::Health: return u"health"_s;
    case Access::Public: return u"public"_s;
    case Access::Console: return u"console"_s;
    case Access::Webhook: return u"webhook"_s;
    }
    return u"public"_s;
}

QHttpServerResponse rateLimited(int retryAfterSeconds, const QString &what)
{
    QHttpServerResponse response = errorResponse(StatusCode::TooManyRequests, u"rate_limited"_s,
                                                 u"too many requests %1; try again in %2 s"_s.arg(what).arg(retryAfterSeconds));
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

// Counted per route as declared (its template, not the concrete path: bounded labels).
QHttpServerResponse counted(QHttpServerResponse &&response, const RouteSpec &spec, const QElapsedTimer &clock)
{
    Metrics &metrics = Metrics::instance();
    metrics.add(u"nomo_http_requests_total"_s, u"HTTP requests answered, by route and status"_s,
                {{u"method"_s, QString::fromLatin1(spec.method)},
                 {u"route"_s, spec.path},
                 {u"status"_s, QString::number(static_cast<int>(response.statusCode()))}});
    metrics.observe(u"nomo_http_request_duration_seconds"_s, u"Time to answer an HTTP request, by route"_s,
                    {{u"method"_s, QString::fromLatin1(spec.method)}, {u"route"_s, spec.path}}, clock.nsecsElapsed() / 1e9);
    return std::move(response);
}

QHttpServerResponse withId(QHttpServerResponse &&response, const QByteArray &id)
{
    if (!id.isEmpty())
        response.setHeader("X-Request-Id", id);
    return std::move(response);
}

} // namespace

Routes::Routes(QHttpServer &server, QString connectionName, Limits limits, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_connection(std::move(connectionName))
    , m_clock(clock)
    , m_perClient({limits.perClientPerMinute, 60 * 1000})
    , m_perDevice({limits.perDevicePerMinute, 60 * 1000})
{
}

QJsonArray Routes::tableJson() const
{
    QJsonArray routes;
    for (const RouteSpec &spec : m_table)
        routes.append(QJsonObject{{u"method"_s, QString::fromLatin1(spec.method)},
                                  {u"path"_s, spec.path},
                                  {u"access"_s, accessName(spec.access)},
                                  {u"idempotent"_s, spec.idempotent}});
    return routes;
}

std::optional<QHttpServerResponse> Routes::admit(const RouteSpec &spec, const QHttpServerRequest &request,
                                                 std::optional<ConsoleCaller> *caller)
{
    if (spec.access == Access::Health || spec.access == Access::Webhook)
        return std::nullopt; // probes are never refused; Salla's bursts are bounded by the guard
    const QString client = u"client:"_s + requestClientText(request);
    if (!m_perClient.take(client)) {
        qCInfo(lcHttp) << "rate limited" << client << spec.method << spec.path;
        return rateLimited(m_perClient.retryAfterSeconds(client), u"from this address"_s);
    }
    if (spec.access != Access::Console)
        return std::nullopt;
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer ")) {
        QHttpServerResponse response =
            errorResponse(StatusCode::Unauthorized, u"unauthorized"_s, u"send the console token as Authorization: Bearer <token>"_s);
        response.setHeader("WWW-Authenticate", "Bearer");
        return response;
    }
    auto authenticated = ConsoleDeviceRepository::authenticate(QSqlDatabase::database(m_connection, false),
                                                               QString::fromLatin1(header.mid(7).trimmed()), m_clock);
    if (!authenticated) {
        QHttpServerResponse response = errorResponse(authenticated.error());
        if (authenticated.error().code == ErrorCode::Unauthorized)
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return response;
    }
    const QString device = u"device:"_s + QString::number(authenticated->deviceId);
    if (!m_perDevice.take(device)) {
        qCInfo(lcHttp) << "rate limited" << device << "of store" << authenticated->merchantId;
        return rateLimited(m_perDevice.retryAfterSeconds(device), u"from this device"_s);
    }
    *caller = *authenticated;
    return std::nullopt;
}

void Routes::bind(const RouteSpec &spec, std::function<QHttpServerResponse(QStringList, const QHttpServerRequest &)> run)
{
    const auto [pattern, count] = qtPattern(spec.path);
    const auto method = methodOf(spec.method);
    switch (count) {
    case 0:
        m_server.route(pattern, method, [run](const QHttpServerRequest &request) { return run({}, request); });
        break;
    case 1:
        m_server.route(pattern, method, [run](const QString &a, const QHttpServerRequest &request) { return run({a}, request); });
        break;
    case 2:
        m_server.route(pattern, method, [run](const QString &a, const QString &b, const QHttpServerRequest &request) {
            return run({a, b}, request);
        });
        break;
    case 3:
        m_server.route(pattern, method, [run](const QString &a, const QString &b, const QString &c, const QHttpServerRequest &request) {
            return run({a, b, c}, request);
        });
        break;
    default:
        // QHttpServer binds each path parameter to a handler argument: a route with more
        // would silently never match, so it does not start.
        qFatal("route %s has %d path parameters; at most 3 are bound", qPrintable(spec.path), count);
    }
    m_table.append(spec);
}

void Routes::bindAsync(const RouteSpec &spec,
                       std::function<void(QStringList, const QHttpServerRequest &, QHttpServerResponder &&)> run)
{
    const auto [pattern, count] = qtPattern(spec.path);
    const auto method = methodOf(spec.method);
    switch (count) {
    case 0:
        m_server.route(pattern, method, [run](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            run({}, request, std::move(responder));
        });
        break;
    default:
        Q_ASSERT(count == 1);
        m_server.route(pattern, method, [run](const QString &a, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            run({a}, request, std::move(responder));
        });
        break;
    }
    m_table.append(spec);
}

void Routes::add(RouteSpec spec, Sync handler)
{
    bind(spec, [this, spec, handler = std::move(handler)](QStringList args, const QHttpServerRequest &request) {
        QElapsedTimer clock;
        clock.start();
        const QByteArray id = spec.access == Access::Health ? QByteArray() : RequestId::of(request);
        const RequestId::Scope scope(id);
        std::optional<ConsoleCaller> caller;
        if (auto refused = admit(spec, request, &caller))
            return counted(withId(std::move(*refused), id), spec, clock);
        return counted(withId(handler(RequestContext{request, std::move(args), id, caller}), id), spec, clock);
    });
}

void Routes::addMutation(RouteSpec spec, Mutation handler)
{
    spec.idempotent = true;
    bind(spec, [this, spec, handler = std::move(handler)](QStringList args, const QHttpServerRequest &request) {
        QElapsedTimer clock;
        clock.start();
        const QByteArray id = RequestId::of(request);
        const RequestId::Scope scope(id);
        std::optional<ConsoleCaller> caller;
        if (auto refused = admit(spec, request, &caller))
            return counted(withId(std::move(*refused), id), spec, clock);
        const RequestContext context{request, std::move(args), id, caller};
        if (!caller) // a public mutation: no store to keep keys for
            return counted(withId(handler(context).toResponse(), id), spec, clock);
        return counted(withId(idempotent(context, handler), id), spec, clock);
    });
}

void Routes::addAsync(RouteSpec spec, Async handler)
{
    bindAsync(spec, [this, spec, handler = std::move(handler)](QStringList args, const QHttpServerRequest &request,
                                                               QHttpServerResponder &&responder) {
        const QByteArray id = RequestId::of(request);
        const RequestId::Scope scope(id);
        std::optional<ConsoleCaller> caller;
        if (auto refused = admit(spec, request, &caller)) {
            Answer answer{static_cast<int>(refused->statusCode()), refused->data(), {}};
            for (const QByteArray &name : {QByteArrayLiteral("Retry-After"), QByteArrayLiteral("WWW-Authenticate")})
                for (const QByteArray &value : refused->headers(name))
                    answer.headers.append({name, value});
            writeAnswer(responder, answer, id);
            Metrics::instance().add(u"nomo_http_requests_total"_s, u"HTTP requests answered, by route and status"_s,
                                    {{u"method"_s, QString::fromLatin1(spec.method)}, {u"route"_s, spec.path},
                                     {u"status"_s, QString::number(answer.status)}});
            return;
        }
        handler(RequestContext{request, std::move(args), id, caller}, std::move(responder));
    });
}

QHttpServerResponse Routes::idempotent(const RequestContext &context, const Mutation &mutate) const
{
    const QHttpServerRequest &request = context.request;
    const QByteArray key = request.value("Idempotency-Key").trimmed();
    if (key.isEmpty())
        return mutate(context).toResponse();
    static const QRegularExpression keyShape(u"^[\\x21-\\x7e]{1,200}$"_s);
    if (!keyShape.match(QString::fromLatin1(key)).hasMatch())
        return errorResponse(badParameter(u"Idempotency-Key"_s, u"1 to 200 visible ASCII characters"_s));

    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto transaction = db::Transaction::begin(db);
    if (!transaction)
        return errorResponse(transaction.error());
    IdempotencyRepository keys(db, TenantContext(context.caller->merchantId), m_clock);
    // Everything that decides the answer: the same key with another If-Match is
    // another request, not a retry.
    const QByteArray method = request.method() == QHttpServerRequest::Method::Delete ? "DELETE"
        : request.method() == QHttpServerRequest::Method::Post                       ? "POST"
        : request.method() == QHttpServerRequest::Method::Patch                      ? "PATCH"
                                                                                     : "PUT";
    const QByteArray requestHash = digest::sha256(method + ' ' + request.url().path().toUtf8() + "\nIf-Match: "
                                                  + request.value("If-Match").trimmed() + '\n' + request.body());
    auto seen = keys.find(QString::fromLatin1(key));
    if (!seen)
        return errorResponse(seen.error());
    if (*seen) {
        if ((*seen)->requestHash != requestHash)
            return errorResponse(Error{ErrorCode::InvalidArgument, u"idempotency.key_reused"_s,
                                       u"this Idempotency-Key was used for a different request"_s});
        QHttpServerResponse replay = Answer{(*seen)->status, (*seen)->body, (*seen)->headers}.toResponse();
        replay.setHeader("Idempotent-Replay", "true");
        return replay;
    }
    const Answer answer = mutate(context); // its own transaction nests as a savepoint in ours
    if (answer.status >= 500)
        return answer.toResponse(); // not remembered: a retry may succeed
    if (auto remembered = keys.remember(QString::fromLatin1(key), {requestHash, answer.status, answer.body, answer.headers}); !remembered)
        return errorResponse(remembered.error());
    if (auto committed = transaction->commit(); !committed)
        return errorResponse(committed.error());
    return answer.toResponse();
}

} // namespace nomo::http
