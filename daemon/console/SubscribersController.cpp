#include "console/SubscribersController.h"

#include "logging/Logging.h"
#include "repositories/SubscriberRepository.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nomo {

void SubscribersController::install(http::Routes &routes)
{
    routes.addMutation({"DELETE", u"/api/v1/subscribers/{id}"_s, http::Access::Console, true,
                        u"Delete a subscriber and what the store kept about them, at their request"_s},
                       [this](const http::RequestContext &context) { return erase(context); });
}

http::Answer SubscribersController::erase(const http::RequestContext &context) const
{
    bool number = false;
    const qint64 id = context.args.constFirst().toLongLong(&number);
    if (!number || id <= 0)
        return http::Answer::error(Error{ErrorCode::NotFound, u"subscriber.not_found"_s, u"no subscriber %1"_s.arg(context.args.constFirst())});
    const ConsoleCaller &caller = *context.caller;
    auto erased = SubscriberRepository(db(), TenantContext(caller.merchantId), m_clock).erase(id);
    if (!erased)
        return http::Answer::error(erased.error());
    qCInfo(lcConsoleApi) << "store" << caller.merchantId << "deleted subscriber" << id << "at their request;" << erased->messages
                         << "messages erased";
    return http::Answer::json(QJsonObject{{u"id"_s, id}, {u"deleted"_s, true}, {u"messages_erased"_s, erased->messages}});
}

} // namespace nomo
