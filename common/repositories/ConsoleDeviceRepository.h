#pragma once

#include "domain/ConsoleDevice.h"
#include "repositories/TenantRepository.h"

#include <QDateTime>
#include <QList>

namespace nomo {

// Who a console token belongs to: a live device of a merchant.
struct ConsoleCaller
{
    qint64 merchantId = 0;
    qint64 deviceId = 0;
};

// A merchant's signed-in console devices. A device's token is random (256 bits) and
// only its SHA-256 is stored, so a copy of the database signs no one in.
class ConsoleDeviceRepository : public TenantRepository
{
public:
    ConsoleDeviceRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    // A new device; the token is returned once and never stored.
    struct Issued
    {
        qint64 deviceId = 0;
        QString token;
    };
    Result<Issued> issue(const QString &name);
    Result<QList<ConsoleDevice>> list() const;
    // NotFound when the device is not this merchant's or is already revoked.
    Status revoke(qint64 deviceId);
    // Every live device of the merchant (the store uninstalled); returns how many.
    Result<int> revokeAll();

    // System-level: the caller behind a presented token, or Unauthorized (unknown,
    // revoked, or the store is gone). Notes the use, at most once a minute.
    static Result<ConsoleCaller> authenticate(const QSqlDatabase &db, const QString &token, const Clock &clock = Clock::system());
};

} // namespace nomo
