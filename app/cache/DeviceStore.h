#pragma once

#include "core/Result.h"
#include "domain/ConsoleDevice.h"

#include <QList>
#include <QSqlDatabase>

namespace nomo {

class CacheDatabase;

// The store's signed-in consoles as the last sync saw them (GET /api/v1/devices), so
// the list shows offline and a revocation can take a device off it at once.
class DeviceStore
{
public:
    explicit DeviceStore(const CacheDatabase &cache);

    // The whole list of one answer, in one transaction: a device revoked elsewhere
    // is simply not in it any more.
    Status replaceAll(const QList<ConsoleDevice> &devices);
    Status remove(qint64 deviceId);
    QList<ConsoleDevice> all() const; // oldest first

private:
    QSqlDatabase m_db;
};

} // namespace nomo
