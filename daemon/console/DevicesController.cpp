#include "console/DevicesController.h"

#include "http/HttpErrors.h"
#include "json/DomainJson.h"
#include "logging/Logging.h"

using namespace Qt::StringLiterals;

namespace nomo {

void DevicesController::install(http::Routes &routes)
{
    routes.add({"GET", u"/api/v1/devices"_s, http::Access::Console, false, u"The store's signed-in consoles"_s},
               [this](const http::RequestContext &context) { return list(*context.caller); });
    routes.addMutation({"DELETE", u"/api/v1/devices/{id}"_s, http::Access::Console, true, u"Sign a console out"_s},
                       [this](const http::RequestContext &context) { return revoke(context); });
}

QHttpServerResponse DevicesController::list(const ConsoleCaller &caller) const
{
    auto list = ConsoleDeviceRepository(db(), TenantContext(caller.merchantId), m_clock).list();
    if (!list)
        return errorResponse(list.error());
    // "current": the device asking, so a console can tell itself apart in the list.
    for (ConsoleDevice &device : *list)
        device.current = device.id == caller.deviceId;
    return http::jsonResponse({{u"devices"_s, toJsonArray(*list)}});
}

http::Answer DevicesController::revoke(const http::RequestContext &context) const
{
    bool number = false;
    const qint64 deviceId = context.args.constFirst().toLongLong(&number);
    if (!number)
        return http::Answer::error(Error{ErrorCode::NotFound, u"devices.not_found"_s, u"no device %1"_s.arg(context.args.constFirst())});
    const ConsoleCaller &caller = *context.caller;
    ConsoleDeviceRepository repository(db(), TenantContext(caller.merchantId), m_clock);
    if (auto revoked = repository.revoke(deviceId); !revoked)
        return http::Answer::error(revoked.error());
    qCInfo(lcConsoleApi) << "store" << caller.merchantId << "revoked console device" << deviceId;
    return http::Answer::json(toJson(DeviceRevocation{deviceId, true}));
}

} // namespace nomo
