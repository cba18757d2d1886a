#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

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

    QJsonObject status() const; // the last /api/v1/status body, {} before the first
    Status setStatus(const QJsonObject &status);

    QString value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace nomo
