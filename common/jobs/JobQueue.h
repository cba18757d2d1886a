#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "db/DatabaseUrl.h"
#include "jobs/Job.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace nomo {

// The `jobs` table: enqueue, claim under a lease, finish. Every statement is one
// short transaction of its own (or the caller's, for enqueue: a job is enqueued in
// the transaction that makes it necessary, so it exists exactly when that commits).
// Not a tenant repository: the worker claims across stores, and each handler then
// works inside its job's TenantContext.
class JobQueue
{
public:
    explicit JobQueue(QSqlDatabase db, const Clock &clock = Clock::system());

    // The job's id. With a unique key: a waiting or running job of that key is left as
    // it is (its due time moved earlier if this one is due sooner); a finished one is
    // made due again with its attempts reset.
    Result<qint64> enqueue(const JobSpec &spec);

    // Takes up to `limit` due jobs of `kinds`, oldest due first: pending ones whose time
    // has come, and running ones whose lease has expired (their worker died). Each is
    // leased to `owner` until now + leaseMs and its attempts counted. Two workers on
    // two connections never get the same job while its lease holds.
    Result<QList<Job>> claim(const QString &owner, const QStringList &kinds, int limit, qint64 leaseMs);
    // The statement claim() takes a kind's due jobs with (binds :owner, :expires, :now,
    // :kind, :at, :limit): a seek into the head of that kind's queue, never a sort of
    // every due row, as JobQueueTest checks on the engine's own plan.
    static QString dueClaimSql(DbEngine engine);
    // Extends the leases `owner` still holds among `ids`; returns how many it holds.
    Result<int> renew(const QString &owner, const QList<qint64> &ids, qint64 leaseMs);
    // Hands unfinished jobs back (a worker stopping): due now, the attempt not counted.
    Status release(const QString &owner, const QList<qint64> &ids);

    // The outcomes. Each applies only while `owner` holds the lease and says whether
    // it did (false: the lease expired and another worker has the job).
    // Done; a periodic job is due again one period from now.
    Result<bool> complete(const Job &job, const QString &owner);
    // Failed this time: due again after `delayMs` (or the backoff for its attempts), or
    // 'failed' for good when its attempts are spent. A periodic job is never spent: it
    // keeps the error and waits for its next period.
    Result<bool> retry(const Job &job, const QString &owner, const QString &error, std::optional<qint64> delayMs = {});
    // Due again after `delayMs` without counting this run as a try (nothing was attempted).
    Result<bool> postpone(const Job &job, const QString &owner, const QString &why, qint64 delayMs);
    // Failed in a way another try cannot mend (a refused token, a bad payload).
    Result<bool> giveUp(const Job &job, const QString &owner, const QString &error);

    // The kinds among `kinds` with a job due now (a read: no write lock when idle).
    Result<QStringList> dueKinds(const QStringList &kinds) const;

    Result<std::optional<Job>> find(qint64 id) const;
    Result<std::optional<Job>> findByKey(const QString &uniqueKey) const;
    // Over all jobs, or one store's.
    Result<QHash<QString, int>> countByStatus(std::optional<qint64> merchantId = {}) const;
    // The latest failures (given up, or a periodic job's last error), newest first.
    Result<QList<Job>> failures(int limit, std::optional<qint64> merchantId = {}) const;
    // Deletes finished one-off jobs last touched before `before`; how many.
    Result<int> sweepFinished(const QDateTime &before);

    // 2 s, 4 s, 8 s … capped at an hour, each drawn at random from its upper half so
    // that jobs failing together (a provider down) do not come back together.
    static qint64 backoffMs(int attempts);

private:
    Result<bool> finish(const Job &job, const QString &owner, const QString &status, qint64 runAt, int attempts,
                        const QString &error);

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace nomo
