#pragma once

#include "core/Result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace nomo {

// Held by `nomo-daemon serve` for as long as it serves a SQLite database (a lock file
// beside it, "<file>.lock", with the owner's pid): a second daemon on the same file,
// or a restore over it, is refused with the pid of the one that has it. A daemon
// killed outright leaves a stale file that the next one takes over (QLockFile checks
// the pid). PostgreSQL needs none: several daemons share one database by design.
class DatabaseLock
{
public:
    static Result<std::unique_ptr<DatabaseLock>> acquire(const QString &databasePath);
    // Who holds it, if anyone ("pid 4242 on host"), without taking it.
    static QString holder(const QString &databasePath);

private:
    explicit DatabaseLock(const QString &path);
    QLockFile m_lock;
};

} // namespace nomo
