#pragma once

#include <QDateTime>
#include <QString>

namespace nomo {

// A signed-in console of a merchant, as GET /api/v1/devices lists it.
struct ConsoleDevice
{
    qint64 id = 0;
    QString name;
    QDateTime createdAt;
    QDateTime lastUsedAt; // invalid: never used
    bool current = false; // the device that asked for the list
};

// The answer of DELETE /api/v1/devices/{id}.
struct DeviceRevocation
{
    qint64 id = 0;
    bool revoked = false;
};

} // namespace nomo
