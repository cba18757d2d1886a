#pragma once

#include "repositories/MessageRepository.h"

namespace nomo {

// A message on its way: written unless its idempotency key already has one
// (MessageRepository::schedule) and, when it is new, its send job queued for when it is
// due — in the caller's transaction, so the two land together or not at all. The one
// way the automations, broadcasts, Salla's messages and the collector's confirmation
// put anything in the outbox.
class MessageOutbox
{
public:
    MessageOutbox(QSqlDatabase db, TenantContext tenant, const Clock &clock);

    // `salla`: one of Salla's own messages (its job kind and tries, messageSendJob).
    Result<MessageRepository::Scheduled> schedule(const Message &message, bool salla = false);

private:
    QSqlDatabase m_db;
    TenantContext m_tenant;
    const Clock &m_clock;
};

} // namespace nomo
