#include "core/Time.h"
#include "domain/ConsoleDevice.h"
#include "json/DomainJson.h"
#include "json/WireObject.h"

using namespace Qt::StringLiterals;

namespace nomo {

QJsonObject toJson(const ConsoleDevice &device)
{
    return {{u"id"_s, device.id},
            {u"name"_s, device.name},
            {u"created_at"_s, time::toWire(device.createdAt)},
            {u"last_used_at"_s, time::toWireOrNull(device.lastUsedAt)},
            {u"current"_s, device.current}};
}

template<>
QString wireName<ConsoleDevice>()
{
    return u"console_device"_s;
}

template<>
Result<ConsoleDevice> fromJson<ConsoleDevice>(const JsonField &at)
{
    WireObject o(at);
    ConsoleDevice device;
    device.id = o.integer(u"id");
    device.name = o.string(u"name");
    device.createdAt = o.time(u"created_at");
    device.lastUsedAt = o.nullableTime(u"last_used_at");
    device.current = o.boolean(u"current");
    return o.result(std::move(device));
}

QJsonObject toJson(const DeviceRevocation &revocation)
{
    return {{u"revoked"_s, revocation.revoked}, {u"id"_s, revocation.id}};
}

template<>
QString wireName<DeviceRevocation>()
{
    return u"device_revocation"_s;
}

template<>
Result<DeviceRevocation> fromJson<DeviceRevocation>(const JsonField &at)
{
    WireObject o(at);
    DeviceRevocation revocation;
    revocation.revoked = o.boolean(u"revoked");
    revocation.id = o.integer(u"id");
    return o.result(revocation);
}

} // namespace nomo
