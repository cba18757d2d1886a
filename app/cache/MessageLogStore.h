#pragma once

#include "cache/CachedList.h"
#include "domain/Broadcast.h"
#include "domain/Message.h"

namespace nomo {

// The store's latest messages as the daemon last listed them (GET /api/v1/messages).
class MessageLogStore : public CachedList<Message>
{
public:
    explicit MessageLogStore(const CacheDatabase &cache)
        : CachedList(cache, QStringLiteral("message_log"), [](const Message &m) { return m.createdAt.toMSecsSinceEpoch(); })
    {
    }
};

// The store's broadcasts as the daemon last listed them (GET /api/v1/broadcasts).
class BroadcastStore : public CachedList<Broadcast>
{
public:
    explicit BroadcastStore(const CacheDatabase &cache)
        : CachedList(cache, QStringLiteral("broadcasts"), [](const Broadcast &b) { return b.sendAt.toMSecsSinceEpoch(); })
    {
    }
};

} // namespace nomo
