#pragma once

#include "cache/Outbox.h"
#include "core/Result.h"
#include "domain/FeatureState.h"

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
    // The version this state rests on (0 = never saved): the server's, or with an edit
    // queued the one that edit was made on. A newer server copy a background sync
    // brought does not move it: the merchant has not seen that copy.
    qint64 version = 0;
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

    // A feature from the daemon (the change feed, a 200 or a 409's "current").
    Status saveServerCopy(const FeatureState &feature);

private:
    QSqlDatabase m_db;
    Outbox m_outbox;
};

} // namespace nomo
