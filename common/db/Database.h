#pragma once

#include <memory>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include "core/Result.h"
#include "db/DatabaseUrl.h"
#include "db/WriteGate.h"

class QSqlError;

// Qt Sql plumbing shared by every repository: opening with the right settings per
// engine, transactions that roll back unless committed, and queries that turn a
// driver error into a nomo::Error.
namespace nomo::db {

// How far a commit on a connection is safe once it returns.
//   Synced:  on disk. SQLite syncs the WAL at every commit (synchronous=FULL), so a
//            commit survives a power cut or an OS crash, not only a crash of the
//            process; what a webhook's 200 and the console's writes promise.
//            PostgreSQL: its own synchronous_commit (on unless the cluster says not).
//   Relaxed: SQLite's synchronous=NORMAL: safe from a crash of the process, the last
//            commits may roll back after a power cut. For what is answered before it
//            is written anyway (page-view beacons).
enum class Durability { Synced, Relaxed };

// Opens a named connection. SQLite: WAL, the durability asked for, foreign keys on,
// busy timeout; the folder is created. One connection per thread, as Qt Sql requires.
Result<QSqlDatabase> open(const DatabaseUrl &url, const QString &connectionName, int busyTimeoutMs = 5000,
                          Durability durability = Durability::Synced);
// Closes and forgets a connection, with the statements kept for it on this thread.
void close(const QString &connectionName);

DbEngine engineOf(const QSqlDatabase &db);

// A driver error as our error: unique-key clashes become Conflict, foreign-key
// failures InvalidArgument, anything else DatabaseError. `what` says what we tried.
Error toError(const QSqlError &error, const QString &what);

// The result of exec(): a query positioned before its first row. Statements with
// binds are prepared once per connection and kept (SQLite and PostgreSQL both parse
// and plan at prepare time, which was most of a small statement's cost); a Query
// borrows the kept statement and hands it back, finished, when it goes out of scope,
// so keep it no longer than its rows are needed. Should the same SQL be running
// already (a nested use), the second gets a statement of its own. On PostgreSQL Qt
// streams forward-only results: read one to the end before the next statement on
// the same connection, or its remaining rows are lost.
class SqliteStatement;

class Query
{
public:
    explicit Query(QSqlQuery owned);
    Query(QSqlQuery *borrowed, bool *busy);
    explicit Query(std::unique_ptr<SqliteStatement> owned);
    explicit Query(SqliteStatement *borrowed);
    Query(Query &&other) noexcept;
    Query &operator=(Query &&) = delete;
    Query(const Query &) = delete;
    ~Query();

    bool next();
    QVariant value(int index) const;
    QVariant value(const QString &name) const;
    int numRowsAffected() const;
    QVariant lastInsertId() const; // the connection's last rowid after an INSERT (SQLite)

private:
    friend Result<Query> exec(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds);

    // Qt's query (PostgreSQL; on SQLite, statements without binds) or, on SQLite, a
    // statement of our own on the connection's handle (db/SqliteStatement.h).
    std::unique_ptr<QSqlQuery> m_owned;
    QSqlQuery *m_query = nullptr;
    bool *m_busy = nullptr;
    std::unique_ptr<SqliteStatement> m_ownedStatement;
    SqliteStatement *m_statement = nullptr;
};

// Prepares (or reuses), binds by name and runs `sql`. Statements without binds run
// directly and are not kept: PostgreSQL cannot PREPARE DDL or LOCK.
Result<Query> exec(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds = {});
// The first column of the first row as a number (a COUNT, a MAX), 0 when no row.
Result<qint64> scalar(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds = {});
// Runs `insert`, an INSERT of one row written without RETURNING into a table keyed by
// an integer `id` (INTEGER PRIMARY KEY on SQLite, BIGSERIAL on PostgreSQL), and gives
// the new row's id. PostgreSQL appends RETURNING id. SQLite reads the connection's last
// rowid instead: it runs every RETURNING through a temporary table of its own (a b-tree
// and a pager opened, a page zeroed, all closed again, for each statement run), which
// was a tenth of the event worker's instructions.
Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &insert, const QVariantMap &binds);

// A transaction that rolls back when it goes out of scope uncommitted. On SQLite it
// starts with BEGIN IMMEDIATE so that two writers queue on the busy timeout instead
// of one failing at once when it upgrades its read lock.
// On SQLite the outermost transaction also takes the file's WriteGate, so writers of
// this process take turns instead of sleeping in SQLite's busy handler.
// Transactions nest: inside an open one, begin() takes a SAVEPOINT, so a repository
// method can always write its row and its change-feed entry atomically, whether or
// not its caller (say, the webhook worker) already holds a wider transaction.
// A Background transaction (the event worker's) queues behind Foreground ones for the
// SQLite write lock and should commit early when foregroundWaiting() says someone is.
class Transaction
{
public:
    static Result<Transaction> begin(const QSqlDatabase &db, WritePriority priority = WritePriority::Foreground);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    ~Transaction();

    Status commit();
    // True when a Foreground writer waits for this (outermost, SQLite) transaction.
    bool foregroundWaiting() const { return m_gate && m_gate->foregroundWaiting(); }

private:
    Transaction(QSqlDatabase db, int depth, WriteGate *gate, bool elided = false, qint64 writesAtBegin = 0);
    Status finish(bool commit);

    QSqlDatabase m_db;
    WriteGate *m_gate = nullptr; // held from BEGIN to COMMIT/ROLLBACK on SQLite
    int m_depth = 0; // 0 = outermost, n = SAVEPOINT nomo_sp_n
    bool m_active = false;
    bool m_elided = false;      // no SAVEPOINT of its own (SavepointElision)
    qint64 m_writesAtBegin = 0; // the connection's writes when it began (SavepointElision)
};

// Optimistic savepoints for a unit of work that is all or nothing anyway. While one is
// alive on a connection, transactions begun deeper than the one open when it started
// take no SAVEPOINT and release none: they are part of the enclosing one. That is the
// same as long as none of them is undone after writing and no statement fails — the
// two cases where only a savepoint of their own could have kept the rest; then
// poisoned() says so, and the caller must roll back its own transaction and do the
// work again without elision. The event worker runs each event this way: on
// PostgreSQL the savepoints were over a third of its round trips (a repository write
// takes one, so that it is atomic whoever calls it), on SQLite a sixth of its
// statements.
class SavepointElision
{
public:
    explicit SavepointElision(const QSqlDatabase &db);
    ~SavepointElision();
    SavepointElision(const SavepointElision &) = delete;
    SavepointElision &operator=(const SavepointElision &) = delete;

    bool poisoned() const;

private:
    QString m_connection;
};

} // namespace nomo::db
