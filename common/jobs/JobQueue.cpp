#include "jobs/JobQueue.h"

#include "core/Time.h"
#include "db/Database.h"

#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

const QString kColumns = u"id, kind, merchant_id, unique_key, payload, status, attempts, max_attempts, period_ms, run_at, "
                         "last_error, updated_at"_s;

Job readJob(const db::Query &row)
{
    Job job;
    job.id = row.value(0).toLongLong();
    job.kind = row.value(1).toString();
    if (!row.value(2).isNull())
        job.merchantId = row.value(2).toLongLong();
    job.uniqueKey = row.value(3).toString();
    job.payload = QJsonDocument::fromJson(row.value(4).toString().toUtf8()).object();
    job.status = row.value(5).toString();
    job.attempts = row.value(6).toInt();
    job.maxAttempts = row.value(7).toInt();
    job.periodMs = row.value(8).isNull() ? 0 : row.value(8).toLongLong();
    job.runAt = time::fromStorage(row.value(9).toLongLong());
    job.lastError = row.value(10).toString();
    job.updatedAt = time::fromStorage(row.value(11).toLongLong());
    return job;
}

Result<QList<Job>> readJobs(Result<db::Query> query)
{
    if (!query)
        return fail(query.error());
    QList<Job> jobs;
    while (query->next())
        jobs.append(readJob(*query));
    return jobs;
}

// "(:p0, :p1 …)" with the binds, for an IN list.
QString inList(const QString &prefix, const QList<QVariant> &values, QVariantMap &binds)
{
    QStringList names;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString name = prefix + QString::number(i);
        names.append(u':' + name);
        binds.insert(name, values.at(i));
    }
    return u'(' + names.join(u", "_s) + u')';
}

QVariant nullable(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

JobQueue::JobQueue(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

Result<qint64> JobQueue::enqueue(const JobSpec &spec)
{
    if (spec.kind.isEmpty() || spec.maxAttempts < 1)
        return fail(ErrorCode::InvalidArgument, u"jobs.invalid"_s, u"a job needs a kind and at least one attempt"_s);
    const qint64 now = time::toStorage(m_clock.nowUtc());
    const qint64 runAt = spec.runAt.isValid() ? time::toStorage(spec.runAt) : now;
    const QVariantMap binds{{u"kind"_s, spec.kind},
                            {u"merchant"_s, spec.merchantId ? QVariant(*spec.merchantId) : QVariant(QMetaType(QMetaType::LongLong))},
                            {u"key"_s, spec.uniqueKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(spec.uniqueKey)},
                            {u"payload"_s, QString::fromUtf8(QJsonDocument(spec.payload).toJson(QJsonDocument::Compact))},
                            {u"run_at"_s, runAt},
                            {u"max"_s, spec.maxAttempts},
                            {u"period"_s, nullable(spec.periodMs)},
                            {u"now"_s, now},
                            {u"now2"_s, now}};
    // Waiting or running: left alone but for an earlier due time. Finished: due again,
    // with the new payload and its attempts reset. (Both engines read EXCLUDED alike.)
    // SQLite runs RETURNING through a temporary table (see db::insertReturningId), so
    // there the id comes from the last rowid or, for a keyed job that may have been
    // updated instead, from its key, in the caller's transaction.
    const bool postgres = db::engineOf(m_db) == DbEngine::Postgres;
    static const QString upsert =
                          u"INSERT INTO jobs (kind, merchant_id, unique_key, payload, run_at, max_attempts, period_ms, "
                          "created_at, updated_at) VALUES (:kind, :merchant, :key, :payload, :run_at, :max, :period, :now, :now2) "
                          "ON CONFLICT (unique_key) DO UPDATE SET "
                          "run_at = CASE WHEN jobs.status IN ('done', 'failed') THEN EXCLUDED.run_at "
                          "              WHEN jobs.status = 'pending' AND EXCLUDED.run_at < jobs.run_at THEN EXCLUDED.run_at "
                          "              ELSE jobs.run_at END, "
                          "payload = CASE WHEN jobs.status IN ('done', 'failed') THEN EXCLUDED.payload ELSE jobs.payload END, "
                          "attempts = CASE WHEN jobs.status IN ('done', 'failed') THEN 0 ELSE jobs.attempts END, "
                          "status = CASE WHEN jobs.status IN ('done', 'failed') THEN 'pending' ELSE jobs.status END, "
                          "period_ms = EXCLUDED.period_ms, max_attempts = EXCLUDED.max_attempts, "
                          "updated_at = EXCLUDED.updated_at"_s;
    static const QString upsertReturning = upsert + u" RETURNING id"_s;
    auto query = db::exec(m_db, postgres ? upsertReturning : upsert, binds);
    if (!query)
        return fail(query.error());
    const auto notStored = [] { return fail(ErrorCode::Internal, u"jobs.failed"_s, u"the job was not stored"_s); };
    if (postgres) {
        if (!query->next())
            return notStored();
        const qint64 id = query->value(0).toLongLong();
        while (query->next()) { } // read to the end (PostgreSQL streams)
        return id;
    }
    if (query->numRowsAffected() != 1)
        return notStored();
    if (spec.uniqueKey.isEmpty()) {
        const QVariant id = query->lastInsertId();
        return id.isValid() ? Result<qint64>(id.toLongLong()) : notStored();
    }
    auto keyed = db::exec(m_db, u"SELECT id FROM jobs WHERE unique_key = :key"_s, {{u"key"_s, spec.uniqueKey}});
    if (!keyed)
        return fail(keyed.error());
    if (!keyed->next())
        return notStored();
    return keyed->value(0).toLongLong();
}

namespace {
// A claim of one kind's rows that `condition` (over :at) picks, oldest first, up to
// :limit (binds :owner, :expires, :now, :kind, :at, :limit).
QString claimSql(DbEngine engine, const QString &condition)
{
    return u"UPDATE jobs SET status = 'running', lease_owner = :owner, lease_expires_at = :expires, "
           "attempts = attempts + 1, updated_at = :now WHERE id IN (SELECT id FROM jobs WHERE kind = :kind AND %1 "
           "ORDER BY run_at, id LIMIT :limit%2) RETURNING "_s.arg(condition,
                                                                engine == DbEngine::Postgres ? u" FOR UPDATE SKIP LOCKED"_s : QString())
        + kColumns;
}
} // namespace

QString JobQueue::dueClaimSql(DbEngine engine)
{
    return claimSql(engine, u"status = 'pending' AND run_at <= :at"_s);
}

Result<QList<Job>> JobQueue::claim(const QString &owner, const QStringList &kinds, int limit, qint64 leaseMs)
{
    if (kinds.isEmpty() || limit < 1)
        return QList<Job>();
    const qint64 now = time::toStorage(m_clock.nowUtc());
    // PostgreSQL: rows another worker is claiming are skipped, not waited for. SQLite:
    // the statements run inside the file's one write transaction, so no two claims
    // interleave. Either way a row is claimed by exactly one UPDATE.
    // Each kind's head, a statement for the expired leases (their worker died; few rows)
    // and one for what is due, each in the order of an index (jobs_due_by_kind,
    // migration 0020): one OR over both, or a kind IN list, had the engine read every
    // due row and sort them at each claim (16 jobs a second after a burst of 30,000).
    const DbEngine engine = db::engineOf(m_db);
    const QString expired = claimSql(engine, u"status = 'running' AND lease_expires_at <= :at"_s);
    const QString due = dueClaimSql(engine);
    auto transaction = db::Transaction::begin(m_db, db::WritePriority::Background);
    if (!transaction)
        return fail(transaction.error());
    QList<Job> jobs;
    for (const QString &kind : kinds) {
        for (const QString &sql : {expired, due}) {
            const int rest = limit - static_cast<int>(jobs.size());
            if (rest <= 0)
                break;
            auto claimed = readJobs(db::exec(
                m_db, sql,
                {{u"owner"_s, owner}, {u"expires"_s, now + leaseMs}, {u"now"_s, now}, {u"kind"_s, kind}, {u"at"_s, now}, {u"limit"_s, rest}}));
            if (!claimed)
                return fail(claimed.error());
            jobs.append(*claimed);
        }
    }
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    std::sort(jobs.begin(), jobs.end(), [](const Job &a, const Job &b) {
        return a.runAt != b.runAt ? a.runAt < b.runAt : a.id < b.id; // RETURNING keeps no order
    });
    return jobs;
}

Result<int> JobQueue::renew(const QString &owner, const QList<qint64> &ids, qint64 leaseMs)
{
    if (ids.isEmpty())
        return 0;
    QVariantMap binds{{u"owner"_s, owner}, {u"expires"_s, time::toStorage(m_clock.nowUtc()) + leaseMs}};
    QList<QVariant> values(ids.cbegin(), ids.cend());
    auto query = db::exec(m_db,
                          u"UPDATE jobs SET lease_expires_at = :expires WHERE status = 'running' AND lease_owner = :owner "
                          "AND id IN "_s + inList(u"id"_s, values, binds),
                          binds);
    if (!query)
        return fail(query.error());
    return query->numRowsAffected();
}

Status JobQueue::release(const QString &owner, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    const qint64 now = time::toStorage(m_clock.nowUtc());
    QVariantMap binds{{u"owner"_s, owner}, {u"now"_s, now}, {u"now2"_s, now}};
    QList<QVariant> values(ids.cbegin(), ids.cend());
    auto query = db::exec(m_db,
                          u"UPDATE jobs SET status = 'pending', run_at = :now, attempts = attempts - 1, lease_owner = NULL, "
                          "lease_expires_at = NULL, updated_at = :now2 WHERE status = 'running' AND lease_owner = :owner AND id IN "_s
                              + inList(u"id"_s, values, binds),
                          binds);
    if (!query)
        return fail(query.error());
    return {};
}

Result<bool> JobQueue::finish(const Job &job, const QString &owner, const QString &status, qint64 runAt, int attempts,
                              const QString &error)
{
    auto query = db::exec(m_db,
                          u"UPDATE jobs SET status = :status, run_at = :run_at, attempts = :attempts, last_error = :error, "
                          "lease_owner = NULL, lease_expires_at = NULL, updated_at = :now "
                          "WHERE id = :id AND status = 'running' AND lease_owner = :owner"_s,
                          {{u"status"_s, status},
                           {u"run_at"_s, runAt},
                           {u"attempts"_s, attempts},
                           {u"error"_s, error.left(2000)},
                           {u"now"_s, time::toStorage(m_clock.nowUtc())},
                           {u"id"_s, job.id},
                           {u"owner"_s, owner}});
    if (!query)
        return fail(query.error());
    return query->numRowsAffected() > 0;
}

Result<bool> JobQueue::complete(const Job &job, const QString &owner)
{
    const qint64 now = time::toStorage(m_clock.nowUtc());
    if (job.periodic())
        return finish(job, owner, u"pending"_s, now + job.periodMs, 0, QString());
    return finish(job, owner, u"done"_s, time::toStorage(job.runAt), job.attempts, QString());
}

Result<bool> JobQueue::retry(const Job &job, const QString &owner, const QString &error, std::optional<qint64> delayMs)
{
    const qint64 now = time::toStorage(m_clock.nowUtc());
    if (job.attempts >= job.maxAttempts) {
        if (job.periodic()) // tried enough this period; the next one starts afresh
            return finish(job, owner, u"pending"_s, now + job.periodMs, 0, error);
        return finish(job, owner, u"failed"_s, time::toStorage(job.runAt), job.attempts, error);
    }
    const qint64 delay = delayMs ? std::max<qint64>(0, *delayMs) : backoffMs(job.attempts);
    return finish(job, owner, u"pending"_s, now + delay, job.attempts, error);
}

Result<bool> JobQueue::postpone(const Job &job, const QString &owner, const QString &why, qint64 delayMs)
{
    const qint64 now = time::toStorage(m_clock.nowUtc());
    return finish(job, owner, u"pending"_s, now + std::max<qint64>(0, delayMs), std::max(0, job.attempts - 1), why);
}

Result<bool> JobQueue::giveUp(const Job &job, const QString &owner, const QString &error)
{
    if (job.periodic())
        return finish(job, owner, u"pending"_s, time::toStorage(m_clock.nowUtc()) + job.periodMs, 0, error);
    return finish(job, owner, u"failed"_s, time::toStorage(job.runAt), job.attempts, error);
}

Result<QStringList> JobQueue::dueKinds(const QStringList &kinds) const
{
    if (kinds.isEmpty())
        return QStringList();
    const qint64 now = time::toStorage(m_clock.nowUtc());
    // A seek per kind into the head of its queue (jobs_due_by_kind), and the few running
    // rows whose lease expired: never a read of every due row, however many wait.
    QStringList heads;
    QVariantMap binds{{u"expired"_s, now}};
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const QString n = QString::number(i);
        heads.append(u"SELECT CAST(:name%1 AS TEXT) AS kind WHERE EXISTS (SELECT 1 FROM jobs WHERE kind = :kind%1 AND "
                     "status = 'pending' AND run_at <= :due%1)"_s.arg(n));
        binds.insert(u"name"_s + n, kinds.at(i));
        binds.insert(u"kind"_s + n, kinds.at(i));
        binds.insert(u"due"_s + n, now);
    }
    QList<QVariant> kindValues(kinds.cbegin(), kinds.cend());
    auto query = db::exec(m_db,
                          heads.join(u" UNION ALL "_s)
                              + u" UNION SELECT DISTINCT kind FROM jobs WHERE kind IN %1 AND status = 'running' AND lease_expires_at <= :expired"_s
                                    .arg(inList(u"other"_s, kindValues, binds)),
                          binds);
    if (!query)
        return fail(query.error());
    QStringList due;
    while (query->next())
        due.append(query->value(0).toString());
    return due;
}

Result<std::optional<Job>> JobQueue::find(qint64 id) const
{
    auto jobs = readJobs(db::exec(m_db, u"SELECT "_s + kColumns + u" FROM jobs WHERE id = :id"_s, {{u"id"_s, id}}));
    if (!jobs)
        return fail(jobs.error());
    return jobs->isEmpty() ? std::optional<Job>() : std::optional<Job>(jobs->constFirst());
}

Result<std::optional<Job>> JobQueue::findByKey(const QString &uniqueKey) const
{
    auto jobs = readJobs(db::exec(m_db, u"SELECT "_s + kColumns + u" FROM jobs WHERE unique_key = :key"_s, {{u"key"_s, uniqueKey}}));
    if (!jobs)
        return fail(jobs.error());
    return jobs->isEmpty() ? std::optional<Job>() : std::optional<Job>(jobs->constFirst());
}

Result<QHash<QString, int>> JobQueue::countByStatus(std::optional<qint64> merchantId) const
{
    auto query = merchantId ? db::exec(m_db, u"SELECT status, COUNT(*) FROM jobs WHERE merchant_id = :merchant GROUP BY status"_s,
                                       {{u"merchant"_s, *merchantId}})
                            : db::exec(m_db, u"SELECT status, COUNT(*) FROM jobs GROUP BY status"_s);
    if (!query)
        return fail(query.error());
    QHash<QString, int> counts;
    while (query->next())
        counts.insert(query->value(0).toString(), query->value(1).toInt());
    return counts;
}

Result<QList<Job>> JobQueue::failures(int limit, std::optional<qint64> merchantId) const
{
    QVariantMap binds{{u"limit"_s, limit}};
    QString store;
    if (merchantId) {
        store = u" AND merchant_id = :merchant"_s;
        binds.insert(u"merchant"_s, *merchantId);
    }
    return readJobs(db::exec(m_db,
                             u"SELECT "_s + kColumns
                                 + u" FROM jobs WHERE (status = 'failed' OR (period_ms IS NOT NULL AND last_error <> ''))"_s + store
                                 + u" ORDER BY updated_at DESC, id DESC LIMIT :limit"_s,
                             binds));
}

Result<int> JobQueue::sweepFinished(const QDateTime &before)
{
    auto query = db::exec(m_db,
                          u"DELETE FROM jobs WHERE status IN ('done', 'failed') AND period_ms IS NULL AND updated_at < :before"_s,
                          {{u"before"_s, time::toStorage(before)}});
    if (!query)
        return fail(query.error());
    return query->numRowsAffected();
}

qint64 JobQueue::backoffMs(int attempts)
{
    constexpr qint64 base = 2000;
    constexpr qint64 cap = 3600 * 1000;
    const int doublings = std::clamp(attempts - 1, 0, 20);
    const qint64 ceiling = std::min(cap, base << doublings);
    return ceiling / 2 + static_cast<qint64>(QRandomGenerator::global()->bounded(static_cast<double>(ceiling / 2 + 1)));
}

} // namespace nomo
