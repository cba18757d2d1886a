#include "db/Database.h"

#include "core/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace nomo::db {

namespace {

bool isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"23505" || code == u"2067" || code == u"1555"
        || error.databaseText().contains(u"UNIQUE constraint failed"_s);
}

bool isForeignKeyViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"23503" || code == u"787" || error.databaseText().contains(u"FOREIGN KEY constraint failed"_s);
}

Status pragma(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return fail(toError(query.lastError(), statement));
    return {};
}

} // namespace

Error toError(const QSqlError &error, const QString &what)
{
    const QString detail = what + u": "_s + error.text();
    if (isUniqueViolation(error))
        return Error{ErrorCode::Conflict, u"db.duplicate"_s, detail};
    if (isForeignKeyViolation(error))
        return Error{ErrorCode::InvalidArgument, u"db.reference_missing"_s, detail};
    return Error{ErrorCode::DatabaseError, u"db.failed"_s, detail};
}

Result<QSqlDatabase> open(const DatabaseUrl &url, const QString &connectionName, int busyTimeoutMs)
{
    const QString driver = url.engine == DbEngine::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver))
        return fail(ErrorCode::Unavailable,
                    u"db.driver_missing"_s,
                    u"Qt SQL driver %1 is not installed (Debian: %2)"_s.arg(
                        driver, url.engine == DbEngine::Sqlite ? u"libqt6sql6-sqlite"_s : u"libqt6sql6-psql"_s));

    QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
    if (url.engine == DbEngine::Sqlite) {
        const QFileInfo file(url.sqlitePath);
        if (!QDir().mkpath(file.absolutePath()))
            return fail(ErrorCode::Unavailable, u"db.folder"_s, u"cannot create folder %1"_s.arg(file.absolutePath()));
        db.setDatabaseName(url.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setDatabaseName(url.databaseName);
        if (!url.user.isEmpty())
            db.setUserName(url.user);
        if (!url.password.isEmpty())
            db.setPassword(url.password);
        QString options = url.connectOptions;
        if (!options.contains(u"connect_timeout"_s))
            options += (options.isEmpty() ? u""_s : u";"_s) + u"connect_timeout=5"_s;
        db.setConnectOptions(options);
    }
    if (!db.open()) {
        const Error error{ErrorCode::Unavailable, u"db.unreachable"_s,
                          u"cannot open %1: %2"_s.arg(url.redacted(), db.lastError().text())};
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return fail(error);
    }

    if (url.engine == DbEngine::Sqlite) {
        for (const QString &statement : {u"PRAGMA journal_mode=WAL"_s,
                                         u"PRAGMA synchronous=NORMAL"_s,
                                         u"PRAGMA foreign_keys=ON"_s}) {
            if (auto ok = pragma(db, statement); !ok)
                return fail(ok.error());
        }
    } else {
        // Every timestamp we store is epoch milliseconds, but keep the session in UTC
        // so that anything PostgreSQL prints or computes is UTC too.
        if (auto ok = pragma(db, u"SET TIME ZONE 'UTC'"_s); !ok)
            return fail(ok.error());
    }
    return db;
}

void close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

DbEngine engineOf(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL" ? DbEngine::Postgres : DbEngine::Sqlite;
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(toError(query.lastError(), u"prepare"_s));
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bindValue(u':' + it.key(), it.value());
    if (!query.exec())
        return fail(toError(query.lastError(), sql.simplified().left(80)));
    return query;
}

Result<Transaction> Transaction::begin(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    const QString statement = engineOf(db) == DbEngine::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
    if (!query.exec(statement))
        return fail(toError(query.lastError(), statement));
    return Transaction(db);
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_active(true)
{
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db)
    , m_active(std::exchange(other.m_active, false))
{
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    if (!query.exec(u"ROLLBACK"_s))
        qCWarning(lcDb) << "rollback failed:" << query.lastError().text();
}

Status Transaction::commit()
{
    Q_ASSERT(m_active);
    QSqlQuery query(m_db);
    m_active = false;
    if (!query.exec(u"COMMIT"_s)) {
        const Error error = toError(query.lastError(), u"COMMIT"_s);
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        return fail(error);
    }
    return {};
}

} // namespace nomo::db
