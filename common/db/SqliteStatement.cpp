#include "db/SqliteStatement.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <sqlite3.h>

#include "core/Logging.h"

using namespace Qt::StringLiterals;

namespace nomo::db {

namespace {
    // The handle's last error, with the extended code as Qt's driver gives it (2067: a
    // unique key, 787: a foreign key), which db::toError reads.
    QSqlError errorOn(sqlite3 *handle, const QString &what)
    {
        return QSqlError(what,
            QString::fromUtf8(sqlite3_errmsg(handle)),
            QSqlError::StatementError,
            QString::number(sqlite3_extended_errcode(handle)));
    }
} // namespace

sqlite3 *SqliteStatement::handleOf(const QVariant &driverHandle)
{
    if (!driverHandle.isValid() || qstrcmp(driverHandle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(driverHandle.constData());
}

void SqliteStatement::closeOrphan(sqlite3 *handle)
{
    if (const int closed = sqlite3_close(handle); closed != SQLITE_OK)
        qCWarning(lcDb).noquote() << "cannot close an abandoned SQLite connection:" << sqlite3_errstr(closed);
}

std::unique_ptr<SqliteStatement> SqliteStatement::prepare(sqlite3 *handle, const QString &sql, QSqlError *error)
{
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    // PERSISTENT: kept for the connection's life, so SQLite takes its memory for the
    // long run rather than from the lookaside meant for statements run once.
    const int result = sqlite3_prepare_v3(handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (result != SQLITE_OK || !statement) {
        *error = errorOn(handle, u"Unable to prepare statement"_s);
        sqlite3_finalize(statement);
        return nullptr;
    }
    std::unique_ptr<SqliteStatement> prepared(new SqliteStatement(handle, statement, sql));
    for (int i = 1, count = sqlite3_bind_parameter_count(statement); i <= count; ++i)
        if (const char *name = sqlite3_bind_parameter_name(statement, i); name && name[0] == ':')
            prepared->m_parameters.insert(QString::fromUtf8(name + 1), i);
    return prepared;
}

SqliteStatement::SqliteStatement(sqlite3 *handle, sqlite3_stmt *statement, QString sql)
    : m_handle(handle)
    , m_statement(statement)
    , m_sql(std::move(sql))
{
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

int SqliteStatement::bindValue(int at, const QVariant &value)
{
    // Text never binds from a null pointer, which SQLite would take for NULL: a null
    // QString means "" here.
    const auto text = [&](const QString &string) {
        const QByteArray utf8 = string.toUtf8();
        return sqlite3_bind_text(
            m_statement, at, utf8.constData() ? utf8.constData() : "", int(utf8.size()), SQLITE_TRANSIENT);
    };
    if (!value.isValid() || value.isNull())
        return sqlite3_bind_null(m_statement, at);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return bytes.isNull()
            ? sqlite3_bind_null(m_statement, at)
            : sqlite3_bind_blob(m_statement, at, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Bool:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(m_statement, at, value.toLongLong());
    case QMetaType::Float:
    case QMetaType::Double:
        return sqlite3_bind_double(m_statement, at, value.toDouble());
    case QMetaType::QDateTime:
    case QMetaType::QDate:
    case QMetaType::QTime: {
        // As Qt's driver writes them (ISO 8601, with milliseconds); an invalid one is NULL.
        const QString written = value.typeId() == QMetaType::QDateTime ? value.toDateTime().toString(Qt::ISODateWithMs)
            : value.typeId() == QMetaType::QDate                       ? value.toDate().toString(Qt::ISODate)
                                                                       : value.toTime().toString(u"hh:mm:ss.zzz"_s);
        return written.isEmpty() ? sqlite3_bind_null(m_statement, at) : text(written);
    }
    default:
        return text(value.toString()); // a QString, or what converts to one
    }
}

bool SqliteStatement::bind(const QVariantMap &binds)
{
    qsizetype nth = 0;
    for (auto it = binds.cbegin(); it != binds.cend(); ++it, ++nth) {
        const QString &name = it.key();
        int at = 0;
        if (nth < m_lastNames.size() && m_lastNames.at(nth).first == name) {
            at = m_lastNames.at(nth).second;
        } else {
            at = m_parameters.value(name, 0);
            if (nth < m_lastNames.size())
                m_lastNames[nth] = {name, at};
            else
                m_lastNames.append({name, at});
        }
        if (at == 0)
            continue; // a name the statement does not have (a map shared by an INSERT and an UPDATE)
        if (bindValue(at, it.value()) != SQLITE_OK)
            return false;
    }
    return true;
}

bool SqliteStatement::start(const QVariantMap &binds, QSqlError *failure)
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_pending = m_onRow = false;
    m_done = true;
    if (!bind(binds)) {
        *failure = errorOn(m_handle, u"Unable to bind parameters"_s);
        return false;
    }
    const int result = sqlite3_step(m_statement);
    if (result != SQLITE_ROW && result != SQLITE_DONE) {
        *failure = errorOn(m_handle, u"Unable to fetch row"_s);
        sqlite3_reset(m_statement);
        return false;
    }
    m_pending = result == SQLITE_ROW;
    m_done = result == SQLITE_DONE;
    // A write (with or without RETURNING) has made all its changes by its first step.
    m_changes = sqlite3_changes(m_handle);
    m_lastRowid = sqlite3_last_insert_rowid(m_handle);
    return true;
}

bool SqliteStatement::next()
{
    if (std::exchange(m_pending, false))
        return m_onRow = true;
    m_onRow = false;
    if (m_done)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return m_onRow = true;
    m_done = true;
    if (result != SQLITE_DONE)
        qCWarning(lcDb).noquote() << "a query stopped early:" << sqlite3_errmsg(m_handle);
    return false;
}

QVariant SqliteStatement::value(int column) const
{
    if (!m_onRow || column < 0 || column >= sqlite3_column_count(m_statement))
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER: return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_NULL: return QVariant(QMetaType::fromType<QString>()); // as Qt's driver gives NULL
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_statement, column)));
    }
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
    }
    }
}

int SqliteStatement::columnOf(const QString &name) const
{
    const int count = sqlite3_column_count(m_statement);
    if (m_columns.isEmpty() && count > 0)
        for (int i = 0; i < count; ++i)
            m_columns.insert(QString::fromUtf8(sqlite3_column_name(m_statement, i)).toLower(), i);
    return m_columns.value(name.toLower(), -1);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    m_pending = m_onRow = false;
    m_done = true;
}

} // namespace nomo::db
