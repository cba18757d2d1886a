#include "console/StatusController.h"

#include "domain/StoreStatus.h"
#include "http/HttpErrors.h"
#include "jobs/JobQueue.h"
#include "json/DomainJson.h"
#include "repositories/ActivityRepository.h"
#include "repositories/ChangeFeedRepository.h"
#include "repositories/MerchantRepository.h"

using namespace Qt::StringLiterals;

namespace nomo {

void StatusController::install(http::Routes &routes)
{
    routes.add({"GET", u"/api/v1/status"_s, http::Access::Console, false, u"The store, its Salla authorization, events and jobs"_s},
               [this](const http::RequestContext &context) { return status(*context.caller); });
}

QHttpServerResponse StatusController::status(const ConsoleCaller &caller) const
{
    const QSqlDatabase db = this->db();
    auto merchant = MerchantRepository(db, m_clock).find(caller.merchantId);
    if (!merchant)
        return errorResponse(merchant.error());
    if (!*merchant)
        return errorResponse(Error{ErrorCode::NotFound, u"merchant.not_found"_s, u"the store is gone"_s});
    const TenantContext tenant(caller.merchantId);
    auto counts = ActivityRepository(db, tenant, m_clock).counts();
    if (!counts)
        return errorResponse(counts.error());
    auto lastSeq = ChangeFeedRepository(db, tenant, m_clock).lastSeq();
    if (!lastSeq)
        return errorResponse(lastSeq.error());
    // The store's background work: what waits, what runs, and what gave up and why.
    JobQueue jobs(db, m_clock);
    auto jobCounts = jobs.countByStatus(caller.merchantId);
    if (!jobCounts)
        return errorResponse(jobCounts.error());
    auto jobFailures = jobs.failures(20, caller.merchantId);
    if (!jobFailures)
        return errorResponse(jobFailures.error());
    const Merchant &m = **merchant;
    StoreStatus status;
    status.merchantId = m.id;
    status.merchantName = m.name;
    status.merchantAvatarUrl = m.avatarUrl;
    status.merchantStatus = m.status;
    status.sallaAuthorization = m.status == Merchant::Status::NeedsReauth ? StoreStatus::Authorization::NeedsReauth
        : m.status == Merchant::Status::Active                            ? StoreStatus::Authorization::Ok
                                                                          : StoreStatus::Authorization::Missing;
    status.events = {counts->pending, counts->processed, counts->ignored, counts->failed, counts->recovered};
    status.jobs.pending = jobCounts->value(u"pending"_s);
    status.jobs.running = jobCounts->value(u"running"_s);
    status.jobs.done = jobCounts->value(u"done"_s);
    status.jobs.failed = jobCounts->value(u"failed"_s);
    for (const Job &job : std::as_const(*jobFailures))
        status.jobs.failures.append(JobFailure{job.kind, job.attempts, job.lastError, job.updatedAt});
    status.lastEventAt = counts->lastEventAt;
    status.lastSeq = *lastSeq;
    return http::jsonResponse(toJson(status));
}

} // namespace nomo
