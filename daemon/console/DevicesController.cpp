#include "console/DevicesController.h"

#include "core/Time.h"
#include "http/HttpErrors.h"
#include "logging/Logging.h"

#include <QJsonArray>

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
    QJsonArray items;
    for (const ConsoleDevice &device : std::as_const(*list)) {
        items.append(QJsonObject{{u"id"_s, device.id},
                                 {u"name"_s, device.name},
                                 {u"created_at"_s, time::toWire(device.createdAt)},
                                 {u"last_used_at"_s, time::toWireOrNull(device.lastUsedAt)},
                                 {u"current"_s, device.id == caller.deviceId}});
    }
    return http::jsonResponse({{u"devices"_s, items}});
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
    return http::Answer::json({{u"revoked"_s, true}, {u"id"_s, deviceId}});
}

} // namespace nomo
