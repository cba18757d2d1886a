#pragma once

#include <memory>
#include <utility>

#include <QHash>
#include <QList>
#include <QSqlError>
#include <QString>
#include <QVariant>
#include <QVariantMap>

struct sqlite3;
struct sqlite3_stmt;

namespace nomo::db {

// One prepared statement run on a SQLite connection's own handle, beside Qt Sql, for
// what db::exec keeps. Qt's driver, at every exec of a kept statement, copies its
// bound values, binds text as UTF-16 for SQLite to convert back, and rebuilds the
// result's field list (every column's name, table and declared type, as QStrings)
// before it hands out the first row. For the event worker, which runs about fifteen
// small statements per event, that was as much work as SQLite's own.
//
// Binds by name, only the names the statement has; its others are NULL. Values bind
// as Qt's driver binds them, but for a null QString, which binds as '' (db::exec's
// rule: a null variant, QVariant(QMetaType), means NULL). Columns read as the driver
// reads them: INTEGER qlonglong, REAL double, TEXT QString, BLOB QByteArray, NULL a
// null variant.
class SqliteStatement
{
public:
    // The handle of an open SQLite connection, or nullptr.
    static sqlite3 *handleOf(const QVariant &driverHandle);
    // Closes a handle Qt gave up on: its own close failed while statements of ours
    // were open (Qt calls sqlite3_close, which refuses then, not sqlite3_close_v2).
    static void closeOrphan(sqlite3 *handle);
    static std::unique_ptr<SqliteStatement> prepare(sqlite3 *handle, const QString &sql, QSqlError *error);
    const QString &sql() const { return m_sql; }
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Binds and takes the first step: a write is done when this returns, a SELECT
    // stands before its first row.
    bool start(const QVariantMap &binds, QSqlError *error);
    bool next();
    QVariant value(int column) const;
    int columnOf(const QString &name) const; // -1 when the result has no such column
    int changes() const { return m_changes; }
    qint64 lastInsertRowid() const { return m_lastRowid; }
    // Ends the run: no read lock or half-read result stays behind.
    void reset();

    bool busy = false; // borrowed by a db::Query now

private:
    SqliteStatement(sqlite3 *handle, sqlite3_stmt *statement, QString sql);
    bool bind(const QVariantMap &binds);
    int bindValue(int at, const QVariant &value); // an SQLite result code

    sqlite3 *m_handle;
    sqlite3_stmt *m_statement;
    QString m_sql;
    QHash<QString, int> m_parameters;      // bind name → position, 0 when not in the statement
    // The last run's bind names, in order, with their positions: a call site binds the
    // same names every run, and comparing a name with the last run's costs less than
    // hashing it.
    QList<std::pair<QString, int>> m_lastNames;
    mutable QHash<QString, int> m_columns; // result column name → position, built when first asked
    bool m_pending = false;                // the first row, stepped by start(), not yet handed out
    bool m_onRow = false;
    bool m_done = true;
    int m_changes = 0;
    qint64 m_lastRowid = 0;
};

} // namespace nomo::db
