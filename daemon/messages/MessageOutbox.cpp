#include "messages/MessageOutbox.h"

#include "jobs/JobQueue.h"
#include "messages/MessageJobs.h"

namespace nomo {

MessageOutbox::MessageOutbox(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : m_db(std::move(db))
    , m_tenant(tenant)
    , m_clock(clock)
{
}

Result<MessageRepository::Scheduled> MessageOutbox::schedule(const Message &message, bool salla)
{
    auto scheduled = MessageRepository(m_db, m_tenant, m_clock).schedule(message);
    if (!scheduled)
        return fail(scheduled.error());
    if (scheduled->created)
        if (auto queued = JobQueue(m_db, m_clock).enqueue(messageSendJob(m_tenant.merchantId(), scheduled->id, message.dueAt, salla));
            !queued)
            return fail(queued.error());
    return scheduled;
}

} // namespace nomo
