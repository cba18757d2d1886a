#pragma once

#include "core/Result.h"
#include "domain/Message.h"

#include <QList>
#include <QSqlDatabase>

namespace nomo {

class CacheDatabase;

// The store's latest messages as the daemon last listed them (GET /api/v1/messages),
// kept in the cache so the Messages page's log shows offline too.
class MessageLogStore
{
public:
    explicit MessageLogStore(const CacheDatabase &cache);

    // The list of one answer, in place of the last one (one transaction).
    Status replace(const QList<Message> &messages);
    QList<Message> recent(int limit) const; // newest first

private:
    QSqlDatabase m_db;
};

} // namespace nomo
