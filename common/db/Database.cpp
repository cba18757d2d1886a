#include "db/Database.h"

#include <optional>
#include <unordered_map>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>

#include "core/Logging.h"
#include "db/SqliteStatement.h"
#include "db/WriteGate.h"
#include "core/Metrics.h"

#include <QElapsedTimer>

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

    // True when ":name" stands in `sql` as a whole placeholder (":now" is not in ":now2").
    bool usesPlaceholder(const QString &sql, const QString &name)
    {
        const QString token = u':' + name;
        for (qsizetype at = sql.indexOf(token); at >= 0; at = sql.indexOf(token, at + 1)) {
            const qsizetype after = at + token.size();
            if (after == sql.size() || !(sql.at(after).isLetterOrNumber() || sql.at(after) == u'_'))
                return true;
        }
        return false;
    }

    Status pragma(const QSqlDatabase &db, const QString &statement)
    {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return fail(toError(query.lastError(), statement));
        return {};
    }

    // Prepared statements kept per connection, on the thread that owns the connection
    // (Qt Sql connections are per thread, so is this). Entries are heap nodes so a
    // borrowed statement's `busy` flag stays put while the map grows.
    struct KeptStatement
    {
        QSqlQuery query;
        bool busy = false;
        // Per bind name, ":name" when the statement uses it, else empty: looked up once,
        // because searching the SQL for every bind of every run was a tenth of the
        // event worker's time (benchmarks/intake, nomo-bench-worker under callgrind).
        QHash<QString, QString> tokens;
        // The placeholders bound at the last run. Qt keeps a kept statement's values
        // between runs, so a placeholder this run's binds leave out would carry the
        // last run's value instead of NULL.
        QStringList bound;
    };
    using StatementCache = std::unordered_map<QString, std::unique_ptr<KeptStatement>>;
    thread_local std::unordered_map<QString, StatementCache> t_statements;
    // Beyond this many distinct statements a connection's SQL is being built on the fly;
    // such statements run prepared but are not kept.
    constexpr size_t kMaxKeptStatements = 256;

    // On SQLite, the kept statements are our own on the connection's handle (see
    // db/SqliteStatement.h). They belong to that handle: should the connection have
    // been opened again under its name (a handle of its own), they go.
    struct SqliteKept
    {
        sqlite3 *handle = nullptr;
        std::unordered_map<QString, std::unique_ptr<SqliteStatement>> statements;
        // The same statements by the address of their SQL, for SQL that is not on the
        // heap (u"..."_s: static text, the same address at every call). Most call
        // sites' SQL is, and comparing it with the statement's own costs less than
        // hashing a few hundred characters of it at every run, which was a fortieth of
        // the event worker's instructions.
        std::unordered_map<const QChar *, SqliteStatement *> byLiteral;

        // The kept statement for `sql`, prepared now if need be. Null when the
        // connection keeps too many already (the caller prepares one of its own) or
        // when it cannot be prepared: then `error` says why.
        SqliteStatement *find(const QString &sql, QSqlError *error)
        {
            const bool literal = !sql.data_ptr().isMutable();
            if (auto byAddress = literal ? byLiteral.find(sql.constData()) : byLiteral.end();
                byAddress != byLiteral.end() && byAddress->second->sql() == sql)
                return byAddress->second;
            auto found = statements.find(sql);
            if (found == statements.end()) {
                if (statements.size() >= kMaxKeptStatements)
                    return nullptr;
                auto fresh = SqliteStatement::prepare(handle, sql, error);
                if (!fresh)
                    return nullptr;
                found = statements.emplace(sql, std::move(fresh)).first;
            }
            if (literal)
                byLiteral.insert_or_assign(sql.constData(), found->second.get());
            return found->second.get();
        }
    };
    thread_local std::unordered_map<QString, SqliteKept> t_sqlite;

    SqliteKept *sqliteKept(const QSqlDatabase &db)
    {
        sqlite3 *handle = db.isOpen() ? SqliteStatement::handleOf(db.driver()->handle()) : nullptr;
        if (!handle)
            return nullptr;
        SqliteKept &kept = t_sqlite[db.connectionName()];
        if (kept.handle != handle) {
            // The connection was closed and opened again without db::close. Qt's
            // sqlite3_close of the old handle failed (our statements were still open),
            // and Qt let go of it: it is ours to close once they are finalized.
            sqlite3 *orphan = kept.statements.empty() ? nullptr : kept.handle;
            kept.byLiteral.clear();
            kept.statements.clear();
            if (orphan)
                SqliteStatement::closeOrphan(orphan);
            kept.handle = handle;
        }
        return &kept;
    }

} // namespace

Error toError(const QSqlError &error, const QString &what)
{
    const QString detail = what + u": "_s + error.text();
    if (isUniqueViolation(error))
        return Error { ErrorCode::Conflict, u"db.duplicate"_s, detail };
    if (isForeignKeyViolation(error))
        return Error { ErrorCode::InvalidArgument, u"db.reference_missing"_s, detail };
    return Error { ErrorCode::DatabaseError, u"db.failed"_s, detail };
}

Result<QSqlDatabase> open(const DatabaseUrl &url, const QString &connectionName, int busyTimeoutMs, Durability durability)
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
        // URIs: the webhook inbox is attached read-only ("file:…?mode=ro").
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_URI"_s.arg(busyTimeoutMs));
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
        const Error error { ErrorCode::Unavailable,
            u"db.unreachable"_s,
            u"cannot open %1: %2"_s.arg(url.redacted(), db.lastError().text()) };
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return fail(error);
    }

    if (url.engine == DbEngine::Sqlite) {
        for (const QString &statement :
            { u"PRAGMA journal_mode=WAL"_s,
                durability == Durability::Synced ? u"PRAGMA synchronous=FULL"_s : u"PRAGMA synchronous=NORMAL"_s,
                u"PRAGMA foreign_keys=ON"_s }) {
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
    t_statements.erase(connectionName);
    t_sqlite.erase(connectionName); // finalized before the handle closes, or it could not
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

namespace {

    void bindAll(QSqlQuery &query, const QString &sql, const QVariantMap &binds, KeptStatement *kept)
    {
        QHash<QString, QString> *tokens = kept ? &kept->tokens : nullptr;
        QStringList bound;
        // Binds only the names the statement uses, so callers can share one map between
        // an INSERT and an UPDATE without drivers complaining of unknown placeholders.
        for (auto it = binds.cbegin(); it != binds.cend(); ++it) {
            QString token;
            if (auto known = tokens ? tokens->constFind(it.key()) : QHash<QString, QString>::const_iterator();
                tokens && known != tokens->cend()) {
                token = *known;
            } else {
                token = usesPlaceholder(sql, it.key()) ? u':' + it.key() : QString();
                if (tokens)
                    tokens->insert(it.key(), token);
            }
            if (token.isEmpty())
                continue;
            // Qt binds a null QString as SQL NULL. A null variant (QVariant(QMetaType))
            // means NULL; a QString that merely happens to be null means "".
            const QVariant &value = it.value();
            const bool emptyText = value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull();
            query.bindValue(token, emptyText ? QVariant(QString(u""_s)) : value);
            bound.append(token);
        }
        if (!kept)
            return;
        for (const QString &token : std::as_const(kept->bound))
            if (!bound.contains(token))
                query.bindValue(token, QVariant(QMetaType::fromType<QString>())); // NULL, as at the first run
        kept->bound = std::move(bound);
    }

Status prepare(QSqlQuery &query, const QString &sql)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(toError(query.lastError(), u"prepare"_s));
    return {};
}

// BEGIN, COMMIT, ROLLBACK and the savepoints' statements. On SQLite they run as kept
// statements, prepared once per connection: the event worker takes a savepoint per
// event and most repository writes take one more, and preparing those few words every
// time cost more than some of the writes they wrap. PostgreSQL cannot PREPARE them;
// they run as they are there.
bool control(const QSqlDatabase &db, const QString &statement, QSqlError *error)
{
    if (SqliteKept *kept = engineOf(db) == DbEngine::Sqlite ? sqliteKept(db) : nullptr) {
        QSqlError failed;
        std::unique_ptr<SqliteStatement> own;
        SqliteStatement *control = kept->find(statement, &failed);
        if (!control && !failed.isValid()) {
            own = SqliteStatement::prepare(kept->handle, statement, &failed);
            control = own.get();
        }
        const bool ran = control && control->start({}, &failed);
        if (control)
            control->reset();
        if (!ran)
            *error = failed;
        return ran;
    }
    QSqlQuery query(db);
    const bool ran = query.exec(statement);
    if (!ran)
        *error = query.lastError();
    return ran;
}

} // namespace

namespace {
    // Open transaction depth per connection. Connections are per thread, so is this.
    // (Here, before exec(), which tells SavepointElision's state what it runs.)
    thread_local QHash<QString, int> t_depth;
    // SavepointElision's state per connection (per thread, as connections are).
    struct Elision
    {
        int fromDepth = 0;    // transactions begun at this depth or deeper are elided
        qint64 writes = 0;    // statements other than SELECT run meanwhile
        bool poisoned = false;
    };
    thread_local QHash<QString, Elision> t_elision;

    void noteForElision(const QSqlDatabase &db, const QString &sql)
    {
        if (t_elision.isEmpty())
            return;
        if (auto elision = t_elision.find(db.connectionName()); elision != t_elision.end()
            && !sql.startsWith(u"SELECT"_s, Qt::CaseInsensitive))
            ++elision->writes;
    }
    // A failed statement: on PostgreSQL the transaction refuses everything until it is
    // rolled back to a savepoint, and an elided one has none of its own.
    void poisonElision(const QSqlDatabase &db)
    {
        if (auto elision = t_elision.find(db.connectionName()); elision != t_elision.end())
            elision->poisoned = true;
    }
} // namespace

Query::Query(QSqlQuery owned)
    : m_owned(std::make_unique<QSqlQuery>(std::move(owned)))
    , m_query(m_owned.get())
{
}

Query::Query(QSqlQuery *borrowed, bool *busy)
    : m_query(borrowed)
    , m_busy(busy)
{
}

Query::Query(std::unique_ptr<SqliteStatement> owned)
    : m_ownedStatement(std::move(owned))
    , m_statement(m_ownedStatement.get())
{
}

Query::Query(SqliteStatement *borrowed)
    : m_statement(borrowed)
{
}

Query::Query(Query &&other) noexcept
    : m_owned(std::move(other.m_owned))
    , m_query(std::exchange(other.m_query, nullptr))
    , m_busy(std::exchange(other.m_busy, nullptr))
    , m_ownedStatement(std::move(other.m_ownedStatement))
    , m_statement(std::exchange(other.m_statement, nullptr))
{
}

bool Query::next()
{
    return m_statement ? m_statement->next() : m_query->next();
}

QVariant Query::value(int index) const
{
    return m_statement ? m_statement->value(index) : m_query->value(index);
}

QVariant Query::value(const QString &name) const
{
    return m_statement ? m_statement->value(m_statement->columnOf(name)) : m_query->value(name);
}

int Query::numRowsAffected() const
{
    return m_statement ? m_statement->changes() : m_query->numRowsAffected();
}

QVariant Query::lastInsertId() const
{
    return m_statement ? QVariant(m_statement->lastInsertRowid()) : m_query->lastInsertId();
}

Query::~Query()
{
    if (m_statement) {
        // Hands a kept statement back reset, so a half-read SELECT holds no read lock.
        m_statement->reset();
        if (!m_ownedStatement)
            m_statement->busy = false;
        return;
    }
    if (!m_busy)
        return;
    // Hands the statement back reset, so a half-read SELECT holds no read lock.
    m_query->finish();
    *m_busy = false;
}

Result<qint64> scalar(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    auto query = exec(db, sql, binds);
    if (!query)
        return fail(query.error());
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<qint64> insertReturningId(const QSqlDatabase &db, const QString &insert, const QVariantMap &binds)
{
    if (engineOf(db) == DbEngine::Postgres) {
        auto query = exec(db, insert + u" RETURNING id"_s, binds);
        if (!query)
            return fail(query.error());
        if (!query->next())
            return fail(ErrorCode::DatabaseError, u"db.failed"_s, u"INSERT returned no id"_s);
        const qint64 id = query->value(0).toLongLong();
        while (query->next()) { } // read to the end (PostgreSQL streams)
        return id;
    }
    auto query = exec(db, insert, binds);
    if (!query)
        return fail(query.error());
    // An INSERT that stored nothing (OR IGNORE, a trigger's RAISE(IGNORE)) leaves the
    // last rowid of an earlier statement: no id rather than someone else's.
    const QVariant id = query->numRowsAffected() == 1 ? query->lastInsertId() : QVariant();
    if (!id.isValid())
        return fail(ErrorCode::DatabaseError, u"db.failed"_s, u"INSERT stored no row"_s);
    return id.toLongLong();
}

namespace {
    // exec() on SQLite: the same rules, with statements of our own.
    Result<Query> execKept(SqliteKept &kept, const QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
    {
        QSqlError error;
        SqliteStatement *known = kept.find(sql, &error);
        if (!known && error.isValid())
            return fail(toError(error, u"prepare"_s));
        std::unique_ptr<SqliteStatement> own;
        SqliteStatement *running = nullptr;
        if (known && !known->busy) {
            running = known;
            running->busy = true;
        } else {
            own = SqliteStatement::prepare(kept.handle, sql, &error);
            if (!own)
                return fail(toError(error, u"prepare"_s));
            running = own.get();
        }
        std::optional<Query> query;
        if (own)
            query.emplace(std::move(own));
        else
            query.emplace(running); // handed back when the Query goes
        noteForElision(db, sql);
        if (!running->start(binds, &error)) {
            poisonElision(db);
            return fail(toError(error, sql.simplified().left(80)));
        }
        return std::move(*query);
    }
} // namespace

Result<Query> exec(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    if (binds.isEmpty()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        noteForElision(db, sql);
        if (!query.exec(sql)) {
            poisonElision(db);
            return fail(toError(query.lastError(), sql.simplified().left(80)));
        }
        return Query(std::move(query));
    }

    if (SqliteKept *sqlite = engineOf(db) == DbEngine::Sqlite ? sqliteKept(db) : nullptr)
        return execKept(*sqlite, db, sql, binds);

    // The kept statement for this SQL, or a statement of its own when that one is
    // running already (a nested use) or the connection keeps too many.
    StatementCache &kept = t_statements[db.connectionName()];
    auto found = kept.find(sql);
    if (found == kept.end() && kept.size() < kMaxKeptStatements) {
        auto fresh = std::make_unique<KeptStatement>();
        fresh->query = QSqlQuery(db);
        if (auto prepared = prepare(fresh->query, sql); !prepared)
            return fail(prepared.error());
        found = kept.emplace(sql, std::move(fresh)).first;
    }
    std::optional<Query> query;
    KeptStatement *keptStatement = nullptr;
    if (found != kept.end() && !found->second->busy) {
        found->second->busy = true;
        query.emplace(&found->second->query, &found->second->busy);
        keptStatement = found->second.get();
    } else {
        QSqlQuery own(db);
        if (auto prepared = prepare(own, sql); !prepared)
            return fail(prepared.error());
        query.emplace(std::move(own));
    }
    QSqlQuery &running = *query->m_query;
    bindAll(running, sql, binds, keptStatement);
    noteForElision(db, sql);
    if (!running.exec()) {
        poisonElision(db);
        return fail(toError(running.lastError(), sql.simplified().left(80)));
    }
    return std::move(*query);
}

namespace {
    QString savepointName(int depth)
    {
        return u"nomo_sp_%1"_s.arg(depth);
    }
} // namespace

Result<Transaction> Transaction::begin(const QSqlDatabase &db, WritePriority priority)
{
    const int depth = t_depth.value(db.connectionName(), 0);
    if (depth > 0)
        if (auto elision = t_elision.find(db.connectionName()); elision != t_elision.end() && depth >= elision->fromDepth) {
            t_depth.insert(db.connectionName(), depth + 1);
            return Transaction(db, depth, nullptr, true, elision->writes);
        }
    const bool sqlite = engineOf(db) == DbEngine::Sqlite;
    const QString statement = depth > 0 ? u"SAVEPOINT "_s + savepointName(depth)
        : sqlite                        ? u"BEGIN IMMEDIATE"_s
                                        : u"BEGIN"_s;
    WriteGate *gate = depth == 0 && sqlite ? &WriteGate::forDatabase(db.databaseName()) : nullptr;
    if (gate) {
        QElapsedTimer waited;
        waited.start();
        gate->lock(priority);
        Metrics::instance().observe(u"nomo_db_write_gate_wait_seconds"_s, u"Time a SQLite writer waited for its turn, by priority"_s,
                                    {{u"priority"_s, priority == WritePriority::Foreground ? u"foreground"_s : u"background"_s}},
                                    waited.nsecsElapsed() / 1e9);
    }
    if (QSqlError error; !control(db, statement, &error)) {
        if (gate)
            gate->unlock();
        return fail(toError(error, statement));
    }
    t_depth.insert(db.connectionName(), depth + 1);
    return Transaction(db, depth, gate);
}

Transaction::Transaction(QSqlDatabase db, int depth, WriteGate *gate, bool elided, qint64 writesAtBegin)
    : m_db(std::move(db))
    , m_gate(gate)
    , m_depth(depth)
    , m_active(true)
    , m_elided(elided)
    , m_writesAtBegin(writesAtBegin)
{
}

SavepointElision::SavepointElision(const QSqlDatabase &db)
    : m_connection(db.connectionName())
{
    Q_ASSERT(t_depth.value(m_connection, 0) > 0); // inside the transaction it belongs to
    t_elision.insert(m_connection, Elision{t_depth.value(m_connection, 0), 0, false});
}

SavepointElision::~SavepointElision()
{
    t_elision.remove(m_connection);
}

bool SavepointElision::poisoned() const
{
    return t_elision.value(m_connection).poisoned;
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db)
    , m_gate(other.m_gate)
    , m_depth(other.m_depth)
    , m_active(std::exchange(other.m_active, false))
    , m_elided(other.m_elided)
    , m_writesAtBegin(other.m_writesAtBegin)
{
}

Transaction::~Transaction()
{
    if (m_active) {
        if (auto ok = finish(false); !ok)
            qCWarning(lcDb) << "rollback failed:" << ok.error().toString();
    }
}

Status Transaction::commit()
{
    Q_ASSERT(m_active);
    return finish(true);
}

Status Transaction::finish(bool commit)
{
    m_active = false;
    // Released however this ends; the transaction is over on the database either way.
    struct Release
    {
        WriteGate *gate;
        ~Release()
        {
            if (gate)
                gate->unlock();
        }
    } release { std::exchange(m_gate, nullptr) };
    t_depth.insert(m_db.connectionName(), m_depth);
    if (m_elided) {
        // Part of the enclosing transaction: an undo after writes cannot be done alone.
        if (auto elision = t_elision.find(m_db.connectionName()); elision != t_elision.end() && !commit
            && elision->writes > m_writesAtBegin)
            elision->poisoned = true;
        return {};
    }
    QSqlError failed;
    if (m_depth > 0) {
        const QString name = savepointName(m_depth);
        if (commit && control(m_db, u"RELEASE SAVEPOINT "_s + name, &failed))
            return {};
        const Error error = toError(failed, u"RELEASE SAVEPOINT"_s);
        QSqlError ignored;
        control(m_db, u"ROLLBACK TO SAVEPOINT "_s + name, &ignored);
        control(m_db, u"RELEASE SAVEPOINT "_s + name, &ignored);
        if (commit)
            return fail(error);
        return {};
    }
    if (commit) {
        QElapsedTimer took;
        took.start();
        const bool committed = control(m_db, u"COMMIT"_s, &failed);
        Metrics::instance().observe(u"nomo_db_commit_seconds"_s, u"Time of a COMMIT (the sync to disk on SQLite)"_s,
                                    {{u"engine"_s, engineOf(m_db) == DbEngine::Postgres ? u"postgresql"_s : u"sqlite"_s}},
                                    took.nsecsElapsed() / 1e9);
        if (committed)
            return {};
    }
    const Error error = toError(failed, commit ? u"COMMIT"_s : u"ROLLBACK"_s);
    QSqlError rollbackFailed;
    const bool rolledBack = control(m_db, u"ROLLBACK"_s, &rollbackFailed);
    if (commit || !rolledBack)
        return fail(error);
    return {};
}

} // namespace nomo::db
