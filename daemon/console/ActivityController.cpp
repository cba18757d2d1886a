#include "console/ActivityController.h"

#include "http/HttpErrors.h"
#include "http/Parameters.h"
#include "json/DomainJson.h"
#include "repositories/ActivityRepository.h"

#include <QHttpServerRequest>

#include <limits>

using namespace Qt::StringLiterals;

namespace nomo {

void ActivityController::install(http::Routes &routes)
{
    routes.add({"GET", u"/api/v1/activity"_s, http::Access::Console, false, u"Recent events, newest first"_s},
               [this](const http::RequestContext &context) { return activity(context); });
}

QHttpServerResponse ActivityController::activity(const http::RequestContext &context) const
{
    const QUrlQuery query = context.request.query();
    auto limit = http::integerParameter(query, u"limit"_s, 50, 1, 200);
    if (!limit)
        return errorResponse(limit.error());
    auto before = http::integerParameter(query, u"before"_s, 0, 0, std::numeric_limits<qint64>::max());
    if (!before)
        return errorResponse(before.error());
    const QString status = query.queryItemValue(u"status"_s);
    static const QStringList statuses{u"pending"_s, u"processed"_s, u"ignored"_s, u"failed"_s};
    if (!status.isEmpty() && !statuses.contains(status))
        return errorResponse(http::badParameter(u"status"_s, u"must be one of: "_s + statuses.join(u", "_s)));
    auto events = ActivityRepository(db(), TenantContext(context.caller->merchantId), m_clock)
                      .recent(static_cast<int>(*limit), *before, status);
    if (!events)
        return errorResponse(events.error());
    return http::jsonResponse({{u"events"_s, toJsonArray(*events)}});
}

} // namespace nomo
