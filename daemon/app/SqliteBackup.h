#pragma once

#include "core/Result.h"

#include <QString>

namespace nomo {

class DaemonConfig;

// `nomo-daemon backup --to FILE` and `restore --from FILE` for a SQLite database.
// The backup is SQLite's online backup (sqlite3_backup_*), taken in one step inside
// one read transaction: a consistent snapshot while the daemon goes on writing (WAL
// lets it), then checked with PRAGMA integrity_check and synced to disk. The restore
// refuses while a daemon serves the database (its lock is held), refuses a file that
// is not a Nomo Flow database or is of a newer schema than this binary knows, and
// copies it in with the same backup API, so the database's WAL is dealt with
// correctly. PostgreSQL databases are backed up with pg_dump (docs/operations.md).
class SqliteBackup
{
public:
    static Status backup(const DaemonConfig &config, const QString &target);
    static Status restore(const DaemonConfig &config, const QString &source);
};

} // namespace nomo
