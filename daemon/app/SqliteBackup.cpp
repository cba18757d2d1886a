#include "app/SqliteBackup.h"

#include "app/DatabaseLock.h"
#include "config/DaemonConfig.h"
#include "db/Migrator.h"
#include "repositories/WebhookInbox.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

struct Handle
{
    sqlite3 *db = nullptr;
    ~Handle() { sqlite3_close_v2(db); }
};

Error sqliteError(sqlite3 *db, const QString &what)
{
    return Error{ErrorCode::DatabaseError, u"db.backup_failed"_s, u"%1: %2"_s.arg(what, QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory"))};
}

Status open(Handle &handle, const QString &path, int flags)
{
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle.db, flags, nullptr) != SQLITE_OK)
        return fail(sqliteError(handle.db, u"cannot open "_s + path));
    sqlite3_busy_timeout(handle.db, 10000);
    return {};
}

// Copies all of `from` into `to` in one step: one read transaction on `from`, so a
// consistent snapshot even while another connection writes.
Status copy(Handle &from, Handle &to, const QString &what)
{
    sqlite3_backup *backup = sqlite3_backup_init(to.db, "main", from.db, "main");
    if (!backup)
        return fail(sqliteError(to.db, what));
    int step = SQLITE_OK;
    do {
        step = sqlite3_backup_step(backup, -1);
        if (step == SQLITE_BUSY || step == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (step == SQLITE_OK || step == SQLITE_BUSY || step == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE)
        return fail(sqliteError(to.db, what));
    return {};
}

Result<QString> scalarText(Handle &handle, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle.db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return fail(sqliteError(handle.db, QString::fromLatin1(sql)));
    QString value;
    if (sqlite3_step(statement) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return value;
}

Status syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        return fail(ErrorCode::DatabaseError, u"db.backup_failed"_s, u"cannot sync "_s + path);
    }
    ::close(fd);
    return {};
}

Result<QString> sqlitePath(const DaemonConfig &config)
{
    const DatabaseUrl url = config.databaseUrl();
    if (url.engine != DbEngine::Sqlite)
        return fail(ErrorCode::InvalidArgument, u"db.backup_postgres"_s,
                    u"database.url is PostgreSQL: back it up with pg_dump (docs/operations.md)"_s);
    return url.sqlitePath;
}

} // namespace

Status SqliteBackup::backup(const DaemonConfig &config, const QString &target)
{
    auto path = sqlitePath(config);
    if (!path)
        return fail(path.error());
    if (QFileInfo::exists(target))
        return fail(ErrorCode::Conflict, u"db.backup_exists"_s, target + u" exists already: a backup never overwrites"_s);
    // Events answered 200 but still in the webhook inbox belong in the backup: the
    // inbox is read as it is now, before the copy, and what the copy lacks is added.
    auto inbox = WebhookInbox::Snapshot::take(*path);
    if (!inbox)
        return fail(inbox.error());
    Handle from, to;
    if (auto ok = open(from, *path, SQLITE_OPEN_READONLY); !ok)
        return ok;
    if (auto ok = open(to, target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); !ok)
        return ok;
    if (auto ok = copy(from, to, u"backup of "_s + *path); !ok) {
        QFile::remove(target);
        return ok;
    }
    if (*inbox) {
        sqlite3_close_v2(to.db);
        to.db = nullptr;
        auto added = (*inbox)->addTo(target);
        inbox->reset();
        if (!added) {
            QFile::remove(target);
            for (const char *suffix : {"-wal", "-shm"})
                QFile::remove(target + QString::fromLatin1(suffix));
            return fail(added.error());
        }
        if (auto ok = open(to, target, SQLITE_OPEN_READWRITE); !ok)
            return ok;
    }
    // The copy is a database of its own: rollback journal, not WAL, one file.
    sqlite3_exec(to.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    auto check = scalarText(to, "PRAGMA integrity_check");
    if (!check || *check != u"ok") {
        QFile::remove(target);
        return fail(ErrorCode::DatabaseError, u"db.backup_failed"_s, u"the copy failed its integrity check: "_s + check.value_or(QString()));
    }
    sqlite3_close_v2(to.db);
    to.db = nullptr;
    return syncFile(target);
}

Status SqliteBackup::restore(const DaemonConfig &config, const QString &source)
{
    auto path = sqlitePath(config);
    if (!path)
        return fail(path.error());
    // Held for the whole restore, so no daemon starts on the file meanwhile.
    auto lock = DatabaseLock::acquire(*path);
    if (!lock)
        return fail(ErrorCode::Conflict, u"db.in_use"_s, lock.error().detail + u": stop it before restoring"_s);
    if (!QFileInfo::exists(source))
        return fail(ErrorCode::NotFound, u"db.backup_missing"_s, u"no backup at "_s + source);
    Handle from;
    if (auto ok = open(from, source, SQLITE_OPEN_READONLY); !ok)
        return ok;
    auto check = scalarText(from, "PRAGMA integrity_check");
    if (!check || *check != u"ok")
        return fail(ErrorCode::InvalidArgument, u"db.backup_damaged"_s, source + u" is damaged: "_s + check.value_or(QString()));
    auto version = scalarText(from, "SELECT MAX(version) FROM schema_migrations");
    if (!version || version->isEmpty())
        return fail(ErrorCode::InvalidArgument, u"db.not_nomo"_s, source + u" is not a Nomo Flow database"_s);
    if (version->toInt() > Migrator().latestVersion())
        return fail(ErrorCode::SchemaTooNew, u"db.schema_too_new"_s,
                    u"%1 is at schema %2; this nomo-daemon knows up to %3"_s.arg(source, *version).arg(Migrator().latestVersion()));
    Handle to;
    if (auto ok = open(to, *path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); !ok)
        return ok;
    if (auto ok = copy(from, to, u"restore into "_s + *path); !ok)
        return ok;
    sqlite3_exec(to.db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
    return {};
}

} // namespace nomo
