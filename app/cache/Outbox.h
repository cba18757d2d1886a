#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace nomo {

class CacheDatabase;

// One edit waiting for the daemon.
struct OutboxEntry
{
    qint64 id = 0;
    QString kind;           // "feature" (PUT /api/v1/features/{entityKey})
    QString entityKey;      // e.g. "latest_purchase"
    QJsonObject body;       // the request body
    qint64 baseVersion = 0; // sent as If-Match
    QString idempotencyKey; // made once with the row, reused on every retry
    int attempts = 0;
    QString lastError;
};

// Edits go here first, so the merchant's change survives a closed laptop, a lost
// connection or a crash, and the screen shows it at once (optimistic state). The
// SyncEngine sends them oldest first and removes each one the daemon answered.
class Outbox
{
public:
    explicit Outbox(const CacheDatabase &cache);

    // Queues a feature switch or settings save. An edit of the same feature that was
    // never sent is replaced (its key was never used, so nothing can be applied twice);
    // one already tried stays, and the new edit queues behind it.
    Result<qint64> enqueueFeatureEdit(const QString &key, bool enabled, const QJsonObject &settings, qint64 baseVersion);

    QList<OutboxEntry> pending() const; // oldest first
    std::optional<OutboxEntry> head() const;
    std::optional<OutboxEntry> latestFor(const QString &kind, const QString &entityKey) const;
    int count() const;

    // Counted when a send starts, so an edit in flight is never rewritten under its key.
    Status markAttempt(qint64 id);
    Status noteError(qint64 id, const QString &error);
    Status remove(qint64 id);
    // After one edit of a feature was saved, the ones queued behind it were made from
    // the state it produced: they carry the new version.
    Status rebase(const QString &kind, const QString &entityKey, qint64 version);
    // After a conflict every queued edit of that feature rests on a stale copy.
    Status dropAll(const QString &kind, const QString &entityKey);

private:
    QList<OutboxEntry> select(const QString &where, const QVariantList &binds) const;

    QSqlDatabase m_db;
};

} // namespace nomo
