#include "console/BroadcastsController.h"

#include "calendar/SaudiOccasions.h"
#include "core/Time.h"
#include "db/Database.h"
#include "http/HttpErrors.h"
#include "http/Parameters.h"
#include "jobs/JobQueue.h"
#include "json/DomainJson.h"
#include "messages/BroadcastPlanner.h"
#include "repositories/BroadcastRepository.h"
#include "repositories/CouponRepository.h"

#include <QHttpServerRequest>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nomo {

BroadcastsController::BroadcastsController(QString connectionName, JsonLimits limits, const Clock &clock, QObject *parent)
    : ConsoleController(std::move(connectionName), clock, parent)
    , m_limits(limits)
{
}

void BroadcastsController::install(http::Routes &routes)
{
    using http::Access;
    routes.add({"GET", u"/api/v1/broadcasts"_s, Access::Console, false, u"The store's broadcasts, the latest first"_s},
               [this](const http::RequestContext &context) {
                   auto limit = http::integerParameter(context.request.query(), u"limit"_s, 50, 1, 200);
                   if (!limit)
                       return errorResponse(limit.error());
                   auto list = BroadcastRepository(db(), TenantContext(context.caller->merchantId), m_clock).list(int(*limit));
                   if (!list)
                       return errorResponse(list.error());
                   QJsonArray items;
                   for (const Broadcast &b : std::as_const(*list))
                       items.append(toJson(b));
                   return http::jsonResponse({{u"broadcasts"_s, items}});
               });
    routes.addMutation({"POST", u"/api/v1/broadcasts"_s, Access::Console, true, u"Schedule a broadcast to a segment"_s},
                       [this](const http::RequestContext &context) { return create(context); });
    routes.addMutation({"POST", u"/api/v1/broadcasts/{id}/cancel"_s, Access::Console, true, u"Cancel a broadcast"_s},
                       [this](const http::RequestContext &context) {
                           bool ok = false;
                           const qint64 id = context.args.value(0).toLongLong(&ok);
                           BroadcastRepository broadcasts(db(), TenantContext(context.caller->merchantId), m_clock);
                           auto cancelled = ok ? broadcasts.cancel(id)
                                               : Result<bool>(fail(ErrorCode::NotFound, u"broadcast.not_found"_s, u"no such broadcast"_s));
                           if (!cancelled)
                               return http::Answer::error(cancelled.error());
                           if (!*cancelled)
                               return http::Answer::error(Error{ErrorCode::Conflict, u"broadcast.already_sent"_s,
                                                                u"the broadcast went out whole: nothing is left to cancel"_s});
                           auto found = broadcasts.find(id);
                           return found ? http::Answer::json(toJson(*found)) : http::Answer::error(found.error());
                       });
}

http::Answer BroadcastsController::create(const http::RequestContext &context)
{
    auto body = parseJsonObject(context.request.body(), m_limits);
    if (!body)
        return http::Answer::error(body.error());
    const TenantContext tenant(context.caller->merchantId);
    QList<http::FieldProblem> problems;
    static const QStringList kFields{u"name"_s, u"segment"_s, u"segment_days"_s, u"channels"_s, u"language"_s,
                                     u"coupon_id"_s, u"send_at"_s, u"occasion"_s};
    for (auto it = body->begin(); it != body->end(); ++it)
        if (!kFields.contains(it.key()))
            problems.append({it.key(), u"broadcast.field_unknown"_s, u"no such field"_s});

    Broadcast b;
    b.name = body->value(u"name"_s).toString().trimmed();
    if (b.name.isEmpty() || b.name.size() > 120)
        problems.append({u"name"_s, u"broadcast.name"_s, u"a name of 1 to 120 characters"_s});
    b.segment = body->value(u"segment"_s).toString();
    static const QStringList kSegments{u"everyone"_s, u"recent_buyers"_s, u"lapsed"_s, u"never_bought"_s};
    if (!kSegments.contains(b.segment))
        problems.append({u"segment"_s, u"broadcast.segment"_s, u"one of: everyone, recent_buyers, lapsed, never_bought"_s});
    const QJsonValue days = body->value(u"segment_days"_s);
    b.segmentDays = days.isDouble() ? int(days.toInteger()) : 0;
    const bool needsDays = b.segment == u"recent_buyers" || b.segment == u"lapsed";
    if ((needsDays && (!days.isDouble() || b.segmentDays < 1 || b.segmentDays > 3650 || days.toDouble() != double(b.segmentDays)))
        || (!needsDays && !days.isUndefined() && !days.isNull() && b.segmentDays != 0))
        problems.append({u"segment_days"_s, u"broadcast.segment_days"_s,
                         needsDays ? u"a whole number of days, 1 to 3650"_s : u"only for recent_buyers and lapsed"_s});
    const QJsonArray channels = body->value(u"channels"_s).toArray();
    for (const QJsonValue &channel : channels)
        if (const QString name = channel.toString(); (name == u"email" || name == u"sms" || name == u"whatsapp" || name == u"push") && !b.channels.contains(name))
            b.channels << name;
        else
            b.channels << QString(); // marks the problem below
    if (b.channels.isEmpty() || b.channels.contains(QString()))
        problems.append({u"channels"_s, u"broadcast.channels"_s, u"email, sms, whatsapp and/or push, each once, in the order to try"_s});
    b.language = body->value(u"language"_s).toString(u"ar"_s);
    if (b.language != u"ar" && b.language != u"en")
        problems.append({u"language"_s, u"broadcast.language"_s, u"ar or en"_s});
    const auto sendAt = time::fromWire(body->value(u"send_at"_s).toString());
    const QDateTime now = m_clock.nowUtc();
    if (!sendAt || *sendAt < now.addSecs(-300) || *sendAt > now.addDays(400))
        problems.append({u"send_at"_s, u"broadcast.send_at"_s, u"a time with its zone, from now to 400 days ahead"_s});
    else
        b.sendAt = *sendAt < now ? now : *sendAt;
    b.occasion = body->value(u"occasion"_s).toString();
    if (!b.occasion.isEmpty()
        && (!calendar::SaudiOccasions::keys().contains(b.occasion.section(u':', 0, 0))
            || !calendar::SaudiOccasions::momentFromKey(b.occasion.section(u':', 1, 1))))
        problems.append({u"occasion"_s, u"broadcast.occasion"_s, u"<season>:<moment>, as the console's picker writes it"_s});
    if (const QJsonValue coupon = body->value(u"coupon_id"_s); coupon.isDouble()) {
        auto found = CouponRepository(db(), tenant, m_clock).find(coupon.toInteger());
        if (!found)
            problems.append({u"coupon_id"_s, u"broadcast.coupon_id"_s, u"no such coupon in this store"_s});
        else
            b.couponId = found->id;
    } else if (!coupon.isUndefined() && !coupon.isNull()) {
        problems.append({u"coupon_id"_s, u"broadcast.coupon_id"_s, u"a coupon's id"_s});
    }
    if (!problems.isEmpty())
        return http::validationFailed(problems, u"the broadcast has problems; see problems"_s);

    auto transaction = db::Transaction::begin(db());
    if (!transaction)
        return http::Answer::error(transaction.error());
    auto created = BroadcastRepository(db(), tenant, m_clock).create(b);
    if (!created)
        return http::Answer::error(created.error());
    if (auto queued = JobQueue(db(), m_clock).enqueue(BroadcastPlanner::batchJob(tenant.merchantId(), created->id, 0, created->sendAt)); !queued)
        return http::Answer::error(queued.error());
    if (auto done = transaction->commit(); !done)
        return http::Answer::error(done.error());
    return http::Answer::json(toJson(*created), 201);
}

} // namespace nomo
