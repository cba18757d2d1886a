#include "health/MetricsRoutes.h"

#include "core/Metrics.h"
#include "core/Time.h"
#include "db/Database.h"
#include "http/HttpErrors.h"
#include "http/Routes.h"
#include "repositories/WebhookInbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHttpServerRequest>

#include <openssl/crypto.h>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

using Samples = QList<std::pair<QStringList, double>>;

Samples query(const QString &connection, const QString &sql, const QVariantMap &binds, int labels)
{
    Samples samples;
    auto rows = db::exec(QSqlDatabase::database(connection, false), sql, binds);
    while (rows && rows->next()) {
        QStringList values;
        for (int i = 0; i < labels; ++i)
            values.append(rows->value(i).toString());
        samples.append({values, rows->value(labels).toDouble()});
    }
    return samples;
}

double residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toDouble() * static_cast<double>(sysconf(_SC_PAGESIZE));
}

// What the SQLite webhook inbox holds for the worker (none on PostgreSQL, or when it
// cannot be read: the gauge then shows `events` alone).
WebhookInbox::Waiting inboxWaiting(const QString &connection)
{
    return WebhookInbox::waiting(QSqlDatabase::database(connection, false)).value_or(WebhookInbox::Waiting{});
}

void registerGauges(const QString &connection, const Clock &clock)
{
    Metrics &m = Metrics::instance();
    m.addGauge(u"nomo_jobs"_s, u"Jobs in the queue by kind and status"_s, {u"kind"_s, u"status"_s}, [connection] {
        return query(connection, u"SELECT kind, status, COUNT(*) FROM jobs GROUP BY kind, status ORDER BY kind, status"_s, {}, 2);
    });
    m.addGauge(u"nomo_jobs_oldest_due_seconds"_s, u"How long the oldest due job of each kind has waited"_s, {u"kind"_s},
               [connection, &clock] {
                   const qint64 now = time::toStorage(clock.nowUtc());
                   return query(connection,
                                u"SELECT kind, (:now - MIN(run_at)) / 1000.0 FROM jobs WHERE status = 'pending' AND run_at <= :due "
                                "GROUP BY kind ORDER BY kind"_s,
                                {{u"now"_s, now}, {u"due"_s, now}}, 1);
               });
    // Pending counts what the SQLite webhook inbox holds for the worker too: stored and
    // answered, not yet moved into `events` (repositories/WebhookInbox.h).
    m.addGauge(u"nomo_events_pending"_s, u"Stored Salla events not processed yet"_s, {}, [connection] {
        Samples samples = query(connection, u"SELECT COUNT(*) FROM events WHERE status = 'pending'"_s, {}, 0);
        if (!samples.isEmpty())
            samples.front().second += static_cast<double>(inboxWaiting(connection).count);
        return samples;
    });
    m.addGauge(u"nomo_events_lag_seconds"_s, u"Age of the oldest stored event not processed yet (0 when none)"_s, {},
               [connection, &clock] {
                   const qint64 now = time::toStorage(clock.nowUtc());
                   Samples samples = query(connection,
                                           u"SELECT COALESCE((:now - MIN(received_at)) / 1000.0, 0) FROM events WHERE status = 'pending'"_s,
                                           {{u"now"_s, now}}, 0);
                   const qint64 inboxOldest = inboxWaiting(connection).oldestReceivedAt;
                   if (!samples.isEmpty() && inboxOldest > 0)
                       samples.front().second = std::max(samples.front().second, static_cast<double>(now - inboxOldest) / 1000.0);
                   return samples;
               });
    m.addGauge(u"process_resident_memory_bytes"_s, u"Resident memory size in bytes"_s, {}, [] {
        return Samples{{{}, residentBytes()}};
    });
    m.addGauge(u"process_open_fds"_s, u"Number of open file descriptors"_s, {}, [] {
        return Samples{{{}, static_cast<double>(QDir(u"/proc/self/fd"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size())}};
    });
    static const double started = QDateTime::currentMSecsSinceEpoch() / 1000.0;
    m.addGauge(u"process_start_time_seconds"_s, u"Start time of the process since the Unix epoch in seconds"_s, {}, [] {
        return Samples{{{}, started}};
    });
    m.addGauge(u"nomo_build_info"_s, u"The daemon's version"_s, {u"version"_s}, [] {
        return Samples{{{QCoreApplication::applicationVersion()}, 1}};
    });
}

bool tokenMatches(const QByteArray &given, const QByteArray &expected)
{
    return given.size() == expected.size() && CRYPTO_memcmp(given.constData(), expected.constData(), static_cast<size_t>(given.size())) == 0;
}

} // namespace

void MetricsRoutes::install(http::Routes &routes, QString connectionName, QString token, const Clock &clock)
{
    registerGauges(connectionName, clock);
    routes.add({"GET", u"/metrics"_s, http::Access::Health, false, u"Prometheus metrics, behind metrics.token"_s},
               [token = token.toUtf8()](const http::RequestContext &context) {
                   if (token.isEmpty())
                       return errorResponse(QHttpServerResponse::StatusCode::NotFound, u"not_found"_s,
                                            u"metrics are off: set metrics.token to turn them on"_s);
                   const QByteArray header = context.request.value("Authorization");
                   if (!header.startsWith("Bearer ") || !tokenMatches(header.mid(7).trimmed(), token)) {
                       QHttpServerResponse refused = errorResponse(QHttpServerResponse::StatusCode::Unauthorized, u"unauthorized"_s,
                                                                   u"send metrics.token as Authorization: Bearer <token>"_s);
                       refused.setHeader("WWW-Authenticate", "Bearer");
                       return refused;
                   }
                   return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
                                              Metrics::instance().exposition());
               });
}

} // namespace nomo
