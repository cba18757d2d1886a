#pragma once

#include "core/Result.h"
#include "domain/StoreStatus.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace nomo {

class CacheDatabase;

// Small named values of the cache: the change-feed cursor, the last good sync and the
// last /api/v1/status answer. The cursor is written inside the same transaction as
// the page it ends (see ChangeApplier), never on its own.
class SyncStateStore
{
public:
    explicit SyncStateStore(const CacheDatabase &cache);
    explicit SyncStateStore(QSqlDatabase db);

    qint64 cursor() const;
    Status setCursor(qint64 cursor);

    QDateTime lastSyncAt() const; // invalid before the first sync
    Status setLastSyncAt(const QDateTime &when);

    // The last /api/v1/status answer; none before the first (or from a cache that kept
    // it in a form this console cannot read: the next sync brings it back).
    std::optional<StoreStatus> status() const;
    Status setStatus(const StoreStatus &status);

    QString value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace nomo
