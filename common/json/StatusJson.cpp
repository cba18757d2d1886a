#include "core/Time.h"
#include "domain/StoreStatus.h"
#include "json/DomainJson.h"
#include "json/WireObject.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

const QStringList &authorizationNames()
{
    // In the order of StoreStatus::Authorization.
    static const QStringList names{u"ok"_s, u"needs_reauth"_s, u"missing"_s};
    return names;
}

const QStringList &merchantStatusNames()
{
    static const QStringList names = [] {
        QStringList all;
        for (Merchant::Status status : {Merchant::Status::Pending, Merchant::Status::Active, Merchant::Status::NeedsReauth,
                                        Merchant::Status::Uninstalled})
            all.append(Merchant::statusName(status));
        return all;
    }();
    return names;
}

} // namespace

QJsonObject toJson(const JobFailure &failure)
{
    return {{u"kind"_s, failure.kind},
            {u"attempts"_s, failure.attempts},
            {u"error"_s, failure.error},
            {u"at"_s, time::toWire(failure.at)}};
}

template<>
QString wireName<JobFailure>()
{
    return u"job_failure"_s;
}

template<>
Result<JobFailure> fromJson<JobFailure>(const JsonField &at)
{
    WireObject o(at);
    JobFailure failure;
    failure.kind = o.string(u"kind");
    failure.attempts = o.smallInteger(u"attempts");
    failure.error = o.string(u"error");
    failure.at = o.time(u"at");
    return o.result(std::move(failure));
}

QJsonObject toJson(const StoreStatus &status)
{
    return {{u"merchant"_s,
             QJsonObject{{u"id"_s, status.merchantId},
                         {u"name"_s, status.merchantName},
                         {u"avatar_url"_s, status.merchantAvatarUrl},
                         {u"status"_s, Merchant::statusName(status.merchantStatus)}}},
            {u"salla_authorization"_s, authorizationNames().value(static_cast<int>(status.sallaAuthorization))},
            {u"events"_s,
             QJsonObject{{u"pending"_s, status.events.pending},
                         {u"processed"_s, status.events.processed},
                         {u"ignored"_s, status.events.ignored},
                         {u"failed"_s, status.events.failed},
                         {u"recovered"_s, status.events.recovered}}},
            {u"jobs"_s,
             QJsonObject{{u"pending"_s, status.jobs.pending},
                         {u"running"_s, status.jobs.running},
                         {u"done"_s, status.jobs.done},
                         {u"failed"_s, status.jobs.failed},
                         {u"failures"_s, toJsonArray(status.jobs.failures)}}},
            {u"last_event_at"_s, time::toWireOrNull(status.lastEventAt)},
            {u"last_seq"_s, status.lastSeq}};
}

template<>
QString wireName<StoreStatus>()
{
    return u"store_status"_s;
}

template<>
Result<StoreStatus> fromJson<StoreStatus>(const JsonField &at)
{
    WireObject o(at);
    StoreStatus status;

    WireObject merchant = o.inner(u"merchant");
    status.merchantId = merchant.integer(u"id");
    status.merchantName = merchant.string(u"name");
    status.merchantAvatarUrl = merchant.nullableString(u"avatar_url"); // absent from daemons before version 9
    status.merchantStatus = Merchant::statusFromName(merchant.oneOf(u"status", merchantStatusNames()));
    o.adopt(merchant);

    const auto authorization = authorizationNames().indexOf(o.oneOf(u"salla_authorization", authorizationNames()));
    status.sallaAuthorization = authorization < 0 ? StoreStatus::Authorization::Missing
                                                  : static_cast<StoreStatus::Authorization>(authorization);

    WireObject events = o.inner(u"events");
    status.events.pending = events.integer(u"pending");
    status.events.processed = events.integer(u"processed");
    status.events.ignored = events.integer(u"ignored");
    status.events.failed = events.integer(u"failed");
    status.events.recovered = events.integer(u"recovered");
    o.adopt(events);

    WireObject jobs = o.inner(u"jobs");
    status.jobs.pending = jobs.integer(u"pending");
    status.jobs.running = jobs.integer(u"running");
    status.jobs.done = jobs.integer(u"done");
    status.jobs.failed = jobs.integer(u"failed");
    status.jobs.failures = jobs.list<JobFailure>(u"failures");
    o.adopt(jobs);

    status.lastEventAt = o.nullableTime(u"last_event_at");
    status.lastSeq = o.integer(u"last_seq");
    return o.result(std::move(status));
}

} // namespace nomo
