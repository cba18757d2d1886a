#pragma once

#include "core/Result.h"
#include "db/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

class QSqlError;

// Qt Sql plumbing shared by every repository: opening with the right settings per
// engine, transactions that roll back unless committed, and queries that turn a
// driver error into a nomo::Error.
namespace nomo::db {

// Opens a named connection. SQLite: WAL, synchronous=NORMAL, foreign keys on, busy
// timeout; the folder is created. One connection per thread, as Qt Sql requires.
Result<QSqlDatabase> open(const DatabaseUrl &url, const QString &connectionName, int busyTimeoutMs = 5000);
void close(const QString &connectionName);

DbEngine engineOf(const QSqlDatabase &db);

// A driver error as our error: unique-key clashes become Conflict, foreign-key
// failures InvalidArgument, anything else DatabaseError. `what` says what we tried.
Error toError(const QSqlError &error, const QString &what);

// Prepares, binds by name and runs `sql`. The returned query is positioned before
// its first row.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds = {});

// A transaction that rolls back when it goes out of scope uncommitted. On SQLite it
// starts with BEGIN IMMEDIATE so that two writers queue on the busy timeout instead
// of one failing at once when it upgrades its read lock.
// On SQLite the outermost transaction also takes the file's WriteGate, so writers of
// this process take turns instead of sleeping in SQLite's busy handler.
// Transactions nest: inside an open one, begin() takes a SAVEPOINT, so a repository
// method can always write its row and its change-feed entry atomically, whether or
// not its caller (say, the webhook worker) already holds a wider transaction.
class Transaction
{
public:
    static Result<Transaction> begin(const QSqlDatabase &db);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    ~Transaction();

    Status commit();

private:
    Transaction(QSqlDatabase db, int depth, class WriteGate *gate);
    Status finish(bool commit);

    QSqlDatabase m_db;
    class WriteGate *m_gate = nullptr; // held from BEGIN to COMMIT/ROLLBACK on SQLite
    int m_depth = 0; // 0 = outermost, n = SAVEPOINT nomo_sp_n
    bool m_active = false;
};

} // namespace nomo::db
