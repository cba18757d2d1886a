#include "console/ConsoleApiRoutes.h"

#include "core/Time.h"
#include "db/Database.h"
#include "domain/Change.h"
#include "features/FeatureSchema.h"
#include "http/HttpErrors.h"
#include "json/DomainJson.h"
#include "logging/Logging.h"
#include "jobs/JobQueue.h"
#include "repositories/ActivityRepository.h"
#include "repositories/ChangeFeedRepository.h"
#include "repositories/FeatureRepository.h"
#include "repositories/IdempotencyRepository.h"
#include "repositories/MerchantRepository.h"
#include "security/Digest.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using StatusCode = QHttpServerResponse::StatusCode;

namespace nomo {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QHttpServerResponse json(const QJsonObject &object, StatusCode status = StatusCode::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), compact(object), status);
}

QHttpServerResponse toResponse(const ConsoleApiRoutes::Answer &answer)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), answer.body, static_cast<StatusCode>(answer.status));
    for (const auto &[name, value] : answer.headers)
        response.setHeader(name, value);
    return response;
}

ConsoleApiRoutes::Answer errorAnswer(const Error &error)
{
    return {static_cast<int>(httpStatusFor(error.code)), errorBody(error), {}};
}

Error fieldError(ErrorCode code, const QString &key, const QString &field, const QString &what)
{
    Error error{code, key, u"%1: %2"_s.arg(field, what)};
    error.field = field;
    return error;
}

Error badParameter(const QString &name, const QString &what)
{
    return fieldError(ErrorCode::ParseError, u"api.bad_parameter"_s, name, what);
}

// An optional integer query parameter within bounds.
Result<qint64> integerParameter(const QUrlQuery &query, const QString &name, qint64 fallback, qint64 minimum, qint64 maximum)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return fail(badParameter(name, u"must be a whole number from %1 to %2"_s.arg(minimum).arg(maximum)));
    return value;
}

QJsonObject featureJson(const FeatureState &feature)
{
    FeatureState complete = feature;
    if (const FeatureSchema *schema = featureSchema(feature.key))
        complete.settings = schema->withDefaults(feature.settings);
    return toJson(complete);
}

QByteArray etagOf(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

// If-Match: "3", 3 or W/"3" (a version is all an ETag of ours carries).
std::optional<qint64> versionFromIfMatch(QByteArray header)
{
    header = header.trimmed();
    if (header.startsWith("W/"))
        header = header.mid(2);
    if (header.size() >= 2 && header.startsWith('"') && header.endsWith('"'))
        header = header.mid(1, header.size() - 2);
    bool ok = false;
    const qint64 version = header.toLongLong(&ok);
    if (!ok || version < 0)
        return std::nullopt;
    return version;
}

} // namespace

ConsoleApiRoutes::ConsoleApiRoutes(QString connectionName, JsonLimits limits, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
    , m_limits(limits)
    , m_clock(clock)
{
}

void ConsoleApiRoutes::install(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(u"/api/v1/status"_s, Method::Get, [this](const QHttpServerRequest &request) {
        return authenticated(request, [&](const ConsoleCaller &caller) { return status(caller); });
    });
    server.route(u"/api/v1/changes"_s, Method::Get, [this](const QHttpServerRequest &request) {
        return authenticated(request, [&](const ConsoleCaller &caller) { return changes(caller, request); });
    });
    server.route(u"/api/v1/features"_s, Method::Get, [this](const QHttpServerRequest &request) {
        return authenticated(request, [&](const ConsoleCaller &caller) { return features(caller); });
    });
    server.route(u"/api/v1/features/<arg>"_s, Method::Put, [this](const QString &key, const QHttpServerRequest &request) {
        return authenticated(request, [&](const ConsoleCaller &caller) {
            return idempotent(caller, request, "PUT", [&] { return putFeature(caller, key, request); });
        });
    });
    server.route(u"/api/v1/activity"_s, Method::Get, [this](const QHttpServerRequest &request) {
        return authenticated(request, [&](const ConsoleCaller &caller) { return activity(caller, request); });
    });
    server.route(u"/api/v1/devices"_s, Method::Get, [this](const QHttpServerRequest &request) {
        return authenticated(request, [&](const ConsoleCaller &caller) { return devices(caller); });
    });
    server.route(u"/api/v1/devices/<arg>"_s, Method::Delete, [this](qint64 id, const QHttpServerRequest &request) {
        return authenticated(request, [&](const ConsoleCaller &caller) {
            return idempotent(caller, request, "DELETE", [&] { return revokeDevice(caller, id); });
        });
    });
}

QHttpServerResponse ConsoleApiRoutes::authenticated(const QHttpServerRequest &request, const Handler &handler) const
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer ")) {
        QHttpServerResponse response =
            errorResponse(StatusCode::Unauthorized, u"unauthorized"_s, u"send the console token as Authorization: Bearer <token>"_s);
        response.setHeader("WWW-Authenticate", "Bearer");
        return response;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto caller = ConsoleDeviceRepository::authenticate(db, QString::fromLatin1(header.mid(7).trimmed()), m_clock);
    if (!caller) {
        QHttpServerResponse response = errorResponse(caller.error());
        if (caller.error().code == ErrorCode::Unauthorized)
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return response;
    }
    return handler(*caller);
}

QHttpServerResponse ConsoleApiRoutes::idempotent(const ConsoleCaller &caller, const QHttpServerRequest &request,
                                                 const QByteArray &method, const std::function<Answer()> &mutate) const
{
    const QByteArray key = request.value("Idempotency-Key").trimmed();
    if (key.isEmpty())
        return toResponse(mutate());
    static const QRegularExpression keyShape(u"^[\\x21-\\x7e]{1,200}$"_s);
    if (!keyShape.match(QString::fromLatin1(key)).hasMatch())
        return errorResponse(badParameter(u"Idempotency-Key"_s, u"1 to 200 visible ASCII characters"_s));

    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto transaction = db::Transaction::begin(db);
    if (!transaction)
        return errorResponse(transaction.error());
    IdempotencyRepository keys(db, TenantContext(caller.merchantId), m_clock);
    // Everything that decides the answer: the same key with another If-Match is
    // another request, not a retry.
    const QByteArray requestHash = digest::sha256(method + ' ' + request.url().path().toUtf8() + "\nIf-Match: "
                                                  + request.value("If-Match").trimmed() + '\n' + request.body());
    auto seen = keys.find(QString::fromLatin1(key));
    if (!seen)
        return errorResponse(seen.error());
    if (*seen) {
        if ((*seen)->requestHash != requestHash)
            return errorResponse(Error{ErrorCode::InvalidArgument, u"idempotency.key_reused"_s,
                                       u"this Idempotency-Key was used for a different request"_s});
        QHttpServerResponse replay = toResponse({(*seen)->status, (*seen)->body, (*seen)->headers});
        replay.setHeader("Idempotent-Replay", "true");
        return replay;
    }
    const Answer answer = mutate(); // its own transaction nests as a savepoint in ours
    if (answer.status >= 500)
        return toResponse(answer); // not remembered: a retry may succeed
    if (auto remembered = keys.remember(QString::fromLatin1(key), {requestHash, answer.status, answer.body, answer.headers}); !remembered)
        return errorResponse(remembered.error());
    if (auto committed = transaction->commit(); !committed)
        return errorResponse(committed.error());
    return toResponse(answer);
}

QHttpServerResponse ConsoleApiRoutes::status(const ConsoleCaller &caller) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto merchant = MerchantRepository(db, m_clock).find(caller.merchantId);
    if (!merchant)
        return errorResponse(merchant.error());
    if (!*merchant)
        return errorResponse(Error{ErrorCode::NotFound, u"merchant.not_found"_s, u"the store is gone"_s});
    const TenantContext tenant(caller.merchantId);
    auto counts = ActivityRepository(db, tenant, m_clock).counts();
    if (!counts)
        return errorResponse(counts.error());
    auto lastSeq = ChangeFeedRepository(db, tenant, m_clock).lastSeq();
    if (!lastSeq)
        return errorResponse(lastSeq.error());
    // The store's background work: what waits, what runs, and what gave up and why.
    JobQueue jobs(db, m_clock);
    auto jobCounts = jobs.countByStatus(caller.merchantId);
    if (!jobCounts)
        return errorResponse(jobCounts.error());
    auto jobFailures = jobs.failures(20, caller.merchantId);
    if (!jobFailures)
        return errorResponse(jobFailures.error());
    QJsonArray failed;
    for (const Job &job : std::as_const(*jobFailures))
        failed.append(QJsonObject{{u"kind"_s, job.kind},
                                  {u"attempts"_s, job.attempts},
                                  {u"error"_s, job.lastError},
                                  {u"at"_s, time::toWire(job.updatedAt)}});
    const Merchant &m = **merchant;
    const QString authorization = m.status == Merchant::Status::NeedsReauth ? u"needs_reauth"_s
        : m.status == Merchant::Status::Active                              ? u"ok"_s
                                                                            : u"missing"_s;
    return json({{u"merchant"_s, QJsonObject{{u"id"_s, m.id}, {u"name"_s, m.name}, {u"status"_s, Merchant::statusName(m.status)}}},
                 {u"salla_authorization"_s, authorization},
                 {u"events"_s,
                  QJsonObject{{u"pending"_s, counts->pending},
                              {u"processed"_s, counts->processed},
                              {u"ignored"_s, counts->ignored},
                              {u"failed"_s, counts->failed},
                              {u"recovered"_s, counts->recovered}}},
                 {u"jobs"_s,
                  QJsonObject{{u"pending"_s, jobCounts->value(u"pending"_s)},
                              {u"running"_s, jobCounts->value(u"running"_s)},
                              {u"done"_s, jobCounts->value(u"done"_s)},
                              {u"failed"_s, jobCounts->value(u"failed"_s)},
                              {u"failures"_s, failed}}},
                 {u"last_event_at"_s, time::toWireOrNull(counts->lastEventAt)},
                 {u"last_seq"_s, *lastSeq}});
}

QHttpServerResponse ConsoleApiRoutes::changes(const ConsoleCaller &caller, const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    auto since = integerParameter(query, u"since"_s, 0, 0, std::numeric_limits<qint64>::max());
    if (!since)
        return errorResponse(since.error());
    auto limit = integerParameter(query, u"limit"_s, 500, 1, 1000);
    if (!limit)
        return errorResponse(limit.error());
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // One more than asked tells whether another page follows. Seqs are handed out
    // under the merchant's row lock and commit in order, so a page never skips a seq
    // that a later commit could fill in.
    auto page = ChangeFeedRepository(db, TenantContext(caller.merchantId), m_clock).since(*since, static_cast<int>(*limit) + 1);
    if (!page)
        return errorResponse(page.error());
    const bool hasMore = page->size() > *limit;
    if (hasMore)
        page->removeLast();
    QJsonArray items;
    for (const Change &change : std::as_const(*page))
        items.append(toJson(change));
    return json({{u"changes"_s, items},
                 {u"next_since"_s, page->isEmpty() ? *since : page->constLast().seq},
                 {u"has_more"_s, hasMore}});
}

QHttpServerResponse ConsoleApiRoutes::features(const ConsoleCaller &caller) const
{
    auto list = FeatureRepository(QSqlDatabase::database(m_connection, false), TenantContext(caller.merchantId), m_clock).list();
    if (!list)
        return errorResponse(list.error());
    QJsonArray items;
    for (const FeatureState &feature : std::as_const(*list))
        items.append(featureJson(feature));
    return json({{u"features"_s, items}});
}

ConsoleApiRoutes::Answer ConsoleApiRoutes::putFeature(const ConsoleCaller &caller, const QString &key, const QHttpServerRequest &request) const
{
    const FeatureSchema *schema = featureSchema(key);
    if (!schema)
        return errorAnswer(Error{ErrorCode::NotFound, u"features.unknown"_s, u"no feature is called \"%1\""_s.arg(key)});
    const QByteArray ifMatch = request.value("If-Match");
    if (ifMatch.isEmpty())
        return {428, errorBody(u"precondition_required"_s, u"send If-Match with the version you last saw"_s, u"If-Match"_s), {}};
    const std::optional<qint64> version = versionFromIfMatch(ifMatch);
    if (!version)
        return errorAnswer(badParameter(u"If-Match"_s, u"must be a version number such as \"3\""_s));
    auto body = parseJsonObject(request.body(), m_limits);
    if (!body)
        return errorAnswer(body.error());
    const QJsonValue enabled = body->value(u"enabled"_s);
    const QJsonValue settings = body->value(u"settings"_s);
    if (!enabled.isBool())
        return errorAnswer(fieldError(ErrorCode::InvalidArgument, u"features.enabled"_s, u"enabled"_s, u"expected true or false"_s));
    if (!settings.isObject())
        return errorAnswer(fieldError(ErrorCode::InvalidArgument, u"features.settings"_s, u"settings"_s, u"expected an object"_s));
    FeatureRepository repository(QSqlDatabase::database(m_connection, false), TenantContext(caller.merchantId), m_clock);
    // Over what is stored: a field this console left out (it may not know it) keeps
    // its value. If the stored copy changes meanwhile, the version check below fails.
    auto stored = repository.get(key);
    if (!stored)
        return errorAnswer(stored.error());
    auto valid = schema->validate(settings.toObject(), stored->settings);
    if (!valid)
        return errorAnswer(valid.error());

    auto saved = repository.save(FeatureState{key, enabled.toBool(), *valid, *version, {}});
    if (!saved) {
        // A never-saved feature has no row: a version other than 0 is just as stale.
        if (saved.error().code != ErrorCode::Conflict && saved.error().code != ErrorCode::NotFound)
            return errorAnswer(saved.error());
        // Stale: the console keeps the server's copy, sent along.
        auto current = repository.get(key);
        if (!current)
            return errorAnswer(current.error());
        QJsonObject conflict = errorObject(Error{ErrorCode::Conflict, u"features.version_conflict"_s,
                                                 u"the feature was changed elsewhere; here is the current copy"_s});
        conflict.insert(u"current"_s, featureJson(*current));
        return {409, compact(conflict), {{"ETag", etagOf(current->version)}}};
    }
    qCInfo(lcConsoleApi) << "store" << caller.merchantId << "device" << caller.deviceId << "saved feature" << key << "version" << saved->version;
    return {200, compact(featureJson(*saved)), {{"ETag", etagOf(saved->version)}}};
}

QHttpServerResponse ConsoleApiRoutes::activity(const ConsoleCaller &caller, const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    auto limit = integerParameter(query, u"limit"_s, 50, 1, 200);
    if (!limit)
        return errorResponse(limit.error());
    auto before = integerParameter(query, u"before"_s, 0, 0, std::numeric_limits<qint64>::max());
    if (!before)
        return errorResponse(before.error());
    const QString status = query.queryItemValue(u"status"_s);
    static const QStringList statuses{u"pending"_s, u"processed"_s, u"ignored"_s, u"failed"_s};
    if (!status.isEmpty() && !statuses.contains(status))
        return errorResponse(badParameter(u"status"_s, u"must be one of: "_s + statuses.join(u", "_s)));
    auto events = ActivityRepository(QSqlDatabase::database(m_connection, false), TenantContext(caller.merchantId), m_clock)
                      .recent(static_cast<int>(*limit), *before, status);
    if (!events)
        return errorResponse(events.error());
    QJsonArray items;
    for (const ActivityEvent &event : std::as_const(*events)) {
        items.append(QJsonObject{{u"id"_s, event.id},
                                 {u"event"_s, event.eventType},
                                 {u"source"_s, event.source},
                                 {u"status"_s, event.status},
                                 {u"attempts"_s, event.attempts},
                                 {u"error"_s, event.lastError.isEmpty() ? QJsonValue() : QJsonValue(event.lastError)},
                                 {u"received_at"_s, time::toWire(event.receivedAt)},
                                 {u"processed_at"_s, time::toWireOrNull(event.processedAt)}});
    }
    return json({{u"events"_s, items}});
}

QHttpServerResponse ConsoleApiRoutes::devices(const ConsoleCaller &caller) const
{
    auto list = ConsoleDeviceRepository(QSqlDatabase::database(m_connection, false), TenantContext(caller.merchantId), m_clock).list();
    if (!list)
        return errorResponse(list.error());
    QJsonArray items;
    for (const ConsoleDevice &device : std::as_const(*list)) {
        items.append(QJsonObject{{u"id"_s, device.id},
                                 {u"name"_s, device.name},
                                 {u"created_at"_s, time::toWire(device.createdAt)},
                                 {u"last_used_at"_s, time::toWireOrNull(device.lastUsedAt)},
                                 {u"current"_s, device.id == caller.deviceId}});
    }
    return json({{u"devices"_s, items}});
}

ConsoleApiRoutes::Answer ConsoleApiRoutes::revokeDevice(const ConsoleCaller &caller, qint64 deviceId) const
{
    ConsoleDeviceRepository repository(QSqlDatabase::database(m_connection, false), TenantContext(caller.merchantId), m_clock);
    if (auto revoked = repository.revoke(deviceId); !revoked)
        return errorAnswer(revoked.error());
    qCInfo(lcConsoleApi) << "store" << caller.merchantId << "revoked console device" << deviceId;
    return {200, compact({{u"revoked"_s, true}, {u"id"_s, deviceId}}), {}};
}

} // namespace nomo
