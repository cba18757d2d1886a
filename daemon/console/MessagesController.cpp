#include "console/MessagesController.h"

#include "http/HttpErrors.h"
#include "http/Parameters.h"
#include "json/DomainJson.h"
#include "repositories/MessageRepository.h"

#include <QHttpServerRequest>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nomo {

void MessagesController::install(http::Routes &routes)
{
    routes.add({"GET", u"/api/v1/messages"_s, http::Access::Console, false, u"The store's message log, newest first"_s},
               [this](const http::RequestContext &context) {
                   auto limit = http::integerParameter(context.request.query(), u"limit"_s, 100, 1, 500);
                   if (!limit)
                       return errorResponse(limit.error());
                   auto recent = MessageRepository(db(), TenantContext(context.caller->merchantId), m_clock).recent(int(*limit));
                   if (!recent)
                       return errorResponse(recent.error());
                   QJsonArray items;
                   for (const Message &message : std::as_const(*recent))
                       items.append(toJson(message));
                   return http::jsonResponse({{u"messages"_s, items}});
               });
}

} // namespace nomo
