#include "console/StatusController.h"

#include "core/Time.h"
#include "http/HttpErrors.h"
#include "jobs/JobQueue.h"
#include "repositories/ActivityRepository.h"
#include "repositories/ChangeFeedRepository.h"
#include "repositories/MerchantRepository.h"

#include <QJsonArray>

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
    QJsonArray failed;
    for (const Job &job : std::as_const(*jobFailures))
        failed.append(QJsonObject{{u"kind"_s, job.kind},
                                  {u"attempts"_s, job.attempts},
                                  {u"error"_s, job.lastError},
                                  {u"at"_s, time::toWire(job.updatedAt)}});
    const Merchant &m = **merchant;
    const QString authorization = m.status == Merchant::Status::NeedsReauth ? u"needs_reauth"_s
        : m.status == Merchant::Status::Active                              ? u"ok"_s
                                                                            : u"missing"_s;
    return http::jsonResponse(
        {{u"merchant"_s, QJsonObject{{u"id"_s, m.id}, {u"name"_s, m.name}, {u"status"_s, Merchant::statusName(m.status)}}},
         {u"salla_authorization"_s, authorization},
         {u"events"_s,
          QJsonObject{{u"pending"_s, counts->pending},
                      {u"processed"_s, counts->processed},
                      {u"ignored"_s, counts->ignored},
                      {u"failed"_s, counts->failed},
                      {u"recovered"_s, counts->recovered}}},
         {u"jobs"_s,
          QJsonObject{{u"pending"_s, jobCounts->value(u"pending"_s)},
                      {u"running"_s, jobCounts->value(u"running"_s)},
                      {u"done"_s, jobCounts->value(u"done"_s)},
                      {u"failed"_s, jobCounts->value(u"failed"_s)},
                      {u"failures"_s, failed}}},
         {u"last_event_at"_s, time::toWireOrNull(counts->lastEventAt)},
         {u"last_seq"_s, *lastSeq}});
}

} // namespace nomo
