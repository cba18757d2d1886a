#include "repositories/ConsoleDeviceRepository.h"

#include "core/Time.h"
#include "db/Database.h"
#include "security/Digest.h"
#include "security/RandomToken.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
// Tokens say what they are, so a leaked one is recognisable in logs and scanners.
const QString kTokenPrefix = u"nomo_"_s;
constexpr qint64 kTouchEveryMs = 60 * 1000;

QByteArray tokenHash(const QString &token)
{
    return digest::sha256(token.toUtf8());
}
} // namespace

ConsoleDeviceRepository::ConsoleDeviceRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Result<ConsoleDeviceRepository::Issued> ConsoleDeviceRepository::issue(const QString &name)
{
    auto random = randomUrlToken(32);
    if (!random)
        return fail(random.error());
    const QString token = kTokenPrefix + *random;
    auto id = insertReturningId(u"INSERT INTO console_devices (merchant_id, name, token_hash, created_at) "
                                "VALUES (:merchant_id, :name, :hash, :now)"_s,
                                {{u"name"_s, name.trimmed().left(100)}, {u"hash"_s, tokenHash(token)}, {u"now"_s, now()}});
    if (!id)
        return fail(id.error());
    return Issued{*id, token};
}

Result<QList<ConsoleDevice>> ConsoleDeviceRepository::list() const
{
    return all(u"SELECT id, name, created_at, last_used_at FROM console_devices "
               "WHERE merchant_id = :merchant_id AND revoked_at IS NULL ORDER BY id"_s,
               {},
               [](const db::Query &q) {
                   return ConsoleDevice{q.value(0).toLongLong(), q.value(1).toString(), time::fromStorage(q.value(2).toLongLong()),
                                        q.value(3).isNull() ? QDateTime() : time::fromStorage(q.value(3).toLongLong())};
               });
}

Status ConsoleDeviceRepository::revoke(qint64 deviceId)
{
    auto revoked = run(u"UPDATE console_devices SET revoked_at = :now "
                       "WHERE merchant_id = :merchant_id AND id = :id AND revoked_at IS NULL"_s,
                       {{u"now"_s, now()}, {u"id"_s, deviceId}});
    if (!revoked)
        return fail(revoked.error());
    if (revoked->numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, u"devices.not_found"_s, u"no such device"_s);
    return {};
}

Result<int> ConsoleDeviceRepository::revokeAll()
{
    auto revoked = run(u"UPDATE console_devices SET revoked_at = :now WHERE merchant_id = :merchant_id AND revoked_at IS NULL"_s,
                       {{u"now"_s, now()}});
    if (!revoked)
        return fail(revoked.error());
    return revoked->numRowsAffected();
}

Result<ConsoleCaller> ConsoleDeviceRepository::authenticate(const QSqlDatabase &db, const QString &token, const Clock &clock)
{
    const Error refused{ErrorCode::Unauthorized, u"auth.token_invalid"_s, u"the console token is unknown or was revoked"_s};
    if (!token.startsWith(kTokenPrefix) || token.size() > 200)
        return fail(refused);
    ConsoleCaller caller;
    qint64 lastUsed = 0;
    {
        auto found = db::exec(db,
                              u"SELECT d.id, d.merchant_id, d.last_used_at FROM console_devices d "
                              "JOIN merchants m ON m.id = d.merchant_id "
                              "WHERE d.token_hash = :hash AND d.revoked_at IS NULL AND m.status <> 'uninstalled'"_s,
                              {{u"hash"_s, tokenHash(token)}});
        if (!found)
            return fail(found.error());
        if (!found->next())
            return fail(refused);
        caller = ConsoleCaller{found->value(1).toLongLong(), found->value(0).toLongLong()};
        lastUsed = found->value(2).isNull() ? 0 : found->value(2).toLongLong();
    } // the statement is handed back before the next one
    const qint64 now = time::toStorage(clock.nowUtc());
    if (now - lastUsed >= kTouchEveryMs) {
        db::exec(db, u"UPDATE console_devices SET last_used_at = :now WHERE id = :id"_s, {{u"now"_s, now}, {u"id"_s, caller.deviceId}});
    }
    return caller;
}

} // namespace nomo
