#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace nomo {

class CacheDatabase;

// A feature as the console shows it.
struct FeatureRecord
{
    QString key;
    bool enabled = false;
    QJsonObject settings; // every field of the schema, defaults filled in
    qint64 version = 0;   // the server's version this state rests on (0 = never saved)
    QDateTime updatedAt;
    bool pendingEdit = false; // an edit waits in the outbox: what is shown is the edit
};

// The six features from the cache. The features table holds the server's copy only;
// a queued edit is laid over it when read, so a conflict or a dropped edit needs no
// undo: removing the outbox row brings the server's copy back.
class FeatureStore
{
public:
    explicit FeatureStore(const CacheDatabase &cache);

    QList<FeatureRecord> all() const; // dashboard order, all six, stored or not
    FeatureRecord effective(const QString &key) const;
    FeatureRecord serverCopy(const QString &key) const;

    // A Feature object from the daemon (a 200 or a 409's "current").
    Status saveServerCopy(const QJsonObject &feature);

private:
    QSqlDatabase m_db;
};

} // namespace nomo
