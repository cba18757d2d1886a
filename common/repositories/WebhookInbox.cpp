#include "repositories/WebhookInbox.h"

#include "core/Clock.h"
#include "core/Time.h"
#include "db/Database.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
const QString kMark = u"webhook_inbox_loaded"_s;

// Deleted with each group at most: the rows moved since, in steady flow about as many
// as the group brings, so the inbox stays as small as the worker's lag.
constexpr int kPurgePerGroup = 256;

// AUTOINCREMENT: ids never go back, even when every row has been deleted, so the mark
// can never pass a row that has not been moved. There is one writer (the intake's
// thread), so rows commit in the order of their ids.
const QString kSchema[] = {
    u"CREATE TABLE IF NOT EXISTS inbox (id INTEGER PRIMARY KEY AUTOINCREMENT, merchant_id INTEGER NOT NULL, "
    "delivery_key TEXT NOT NULL UNIQUE, event_type TEXT NOT NULL, source TEXT NOT NULL, body BLOB NOT NULL, "
    "received_at INTEGER NOT NULL)"_s,
    u"CREATE TABLE IF NOT EXISTS inbox_identity (id TEXT NOT NULL)"_s,
};

Status raw(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return fail(db::toError(query.lastError(), sql));
    return {};
}

// Where the worker got to for the inbox whose identity is `identity`: rows up to this
// id have been moved. Read from `facts` (installation_facts, schema-qualified for the
// side asking).
Result<qint64> markFor(const QSqlDatabase &db, const QString &facts, const QString &identity)
{
    auto row = db::exec(db, u"SELECT value FROM %1 WHERE name = :name"_s.arg(facts), {{u"name"_s, kMark}});
    if (!row)
        return fail(row.error());
    if (!row->next())
        return 0;
    // "<identity> <last id>"; another identity's mark says nothing of this inbox.
    const QStringList parts = row->value(0).toString().split(u' ');
    return parts.size() == 2 && parts[0] == identity ? parts[1].toLongLong() : 0;
}

Status writeMark(const QSqlDatabase &db, const QString &identity, qint64 last)
{
    auto marked = db::exec(db,
                           u"INSERT INTO installation_facts (name, value, updated_at) VALUES (:name, :value, :now) "
                           "ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"_s,
                           {{u"name"_s, kMark},
                            {u"value"_s, QString(identity + u' ' + QString::number(last))},
                            {u"now"_s, time::toStorage(Clock::system().nowUtc())}});
    if (!marked)
        return fail(marked.error());
    return {};
}

Result<QString> identityOf(const QSqlDatabase &db, const QString &schema)
{
    auto row = db::exec(db, u"SELECT id FROM %1inbox_identity LIMIT 1"_s.arg(schema));
    if (!row)
        return fail(row.error());
    return row->next() ? row->value(0).toString() : QString();
}

Result<bool> isAttached(const QSqlDatabase &db)
{
    QSqlQuery list(db);
    if (!list.exec(u"PRAGMA database_list"_s))
        return fail(db::toError(list.lastError(), u"list attached databases"_s));
    while (list.next())
        if (list.value(1).toString() == u"inbox")
            return true;
    return false;
}

// The attached inbox's identity, empty when there is none: not attached (no intake has
// made the file yet), or without its tables.
Result<QString> attachedIdentity(const QSqlDatabase &db)
{
    auto attached = isAttached(db);
    if (!attached)
        return fail(attached.error());
    if (!*attached)
        return QString();
    auto tables = db::exec(db, u"SELECT COUNT(*) FROM inbox.sqlite_master WHERE name = 'inbox_identity'"_s);
    if (!tables)
        return fail(tables.error());
    if (!tables->next() || tables->value(0).toInt() == 0)
        return QString();
    return identityOf(db, u"inbox."_s);
}

// Deletes up to `atMost` of the oldest rows the worker's mark has passed; how many.
Result<int> deleteMoved(const QSqlDatabase &inbox, const QSqlDatabase &database, int atMost)
{
    auto identity = identityOf(inbox, QString());
    if (!identity)
        return fail(identity.error());
    auto mark = markFor(database, u"installation_facts"_s, *identity);
    if (!mark)
        return fail(mark.error());
    if (*mark <= 0)
        return 0;
    auto deleted = db::exec(inbox, u"DELETE FROM inbox WHERE id <= :last AND id < (SELECT MIN(id) FROM inbox) + :most"_s,
                            {{u"last"_s, *mark}, {u"most"_s, atMost}});
    if (!deleted)
        return fail(deleted.error());
    return deleted->numRowsAffected();
}

// Keys of `keys` that `table` holds, a few statements for any number of them.
Result<QSet<QString>> keysIn(const QSqlDatabase &db, const QString &table, const QStringList &keys)
{
    QSet<QString> found;
    for (qsizetype from = 0; from < keys.size();) {
        const qsizetype rows = rowsForNextStatement(keys.size() - from);
        QString sql = u"SELECT delivery_key FROM %1 WHERE delivery_key IN ("_s.arg(table);
        QVariantMap binds;
        for (qsizetype row = 0; row < rows; ++row) {
            sql += (row ? u", :k"_s : u":k"_s) + QString::number(row);
            binds.insert(u"k"_s + QString::number(row), keys.at(from + row));
        }
        auto query = db::exec(db, sql + u')', binds);
        if (!query)
            return fail(query.error());
        while (query->next())
            found.insert(query->value(0).toString());
        from += rows;
    }
    return found;
}
} // namespace

QString WebhookInbox::fileFor(const QString &databasePath)
{
    return databasePath + u"-inbox"_s;
}

Status WebhookInbox::prepareIntake(const QSqlDatabase &inbox)
{
    for (const QString &statement : kSchema)
        if (auto made = raw(inbox, statement); !made)
            return made;
    auto identity = identityOf(inbox, QString());
    if (!identity)
        return fail(identity.error());
    if (!identity->isEmpty())
        return {};
    auto made = db::exec(inbox, u"INSERT INTO inbox_identity (id) VALUES (:id)"_s, {{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}});
    if (!made)
        return fail(made.error());
    return {};
}

Status WebhookInbox::tuneIntakeConnection(const QSqlDatabase &inbox)
{
    return raw(inbox, u"PRAGMA secure_delete = OFF"_s);
}

Result<bool> WebhookInbox::compact(const QSqlDatabase &inbox, int freePagesAtMost)
{
    auto free = db::scalar(inbox, u"PRAGMA freelist_count"_s);
    if (!free)
        return fail(free.error());
    if (*free <= freePagesAtMost)
        return false;
    // AUTOINCREMENT's counter (sqlite_sequence) survives VACUUM: ids still never go back.
    if (auto vacuumed = raw(inbox, u"VACUUM"_s); !vacuumed)
        return fail(vacuumed.error());
    // The WAL holds the old frames until it is written over: truncated, when no reader
    // holds an old snapshot (else the next compaction does it).
    QSqlQuery checkpoint(inbox);
    (void)checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return true;
}

Result<QList<bool>> WebhookInbox::store(const QSqlDatabase &inbox, const QSqlDatabase &database, const QList<IncomingEvent> &events,
                                        qint64 receivedAt)
{
    // First the inbox: its UNIQUE key answers for what waits or was moved but not yet
    // deleted, and the insert takes the inbox's write lock, so no row is deleted until
    // this commits. Then `events` for the rest, read after that: a row deleted before
    // the insert was moved before it, so `events` shows it (a delivery sent again long
    // after the first).
    auto inserted = insertEvents(inbox, u"inbox"_s, events, receivedAt);
    if (!inserted)
        return fail(inserted.error());
    QSet<QString> known;
    if (!inserted->isEmpty()) {
        auto found = keysIn(database, u"events"_s, QStringList(inserted->cbegin(), inserted->cend()));
        if (!found)
            return fail(found.error());
        known = *found;
        for (const QString &key : std::as_const(known)) // delivered and moved long ago: nothing for the worker
            if (auto removed = db::exec(inbox, u"DELETE FROM inbox WHERE delivery_key = :key"_s, {{u"key"_s, key}}); !removed)
                return fail(removed.error());
    }
    // What the worker has moved goes, a few hundred rows at most per group.
    if (auto purged = deleteMoved(inbox, database, kPurgePerGroup); !purged)
        return fail(purged.error());
    QList<bool> fresh;
    fresh.reserve(events.size());
    for (const IncomingEvent &event : events)
        fresh.append(inserted->remove(event.deliveryKey) && !known.contains(event.deliveryKey));
    return fresh;
}

Result<WebhookInbox::Purged> WebhookInbox::purgeMoved(const QSqlDatabase &inbox, const QSqlDatabase &database, int atMost)
{
    auto deleted = deleteMoved(inbox, database, atMost);
    if (!deleted)
        return fail(deleted.error());
    auto left = db::exec(inbox, u"SELECT EXISTS (SELECT 1 FROM inbox)"_s);
    if (!left)
        return fail(left.error());
    return Purged{*deleted, left->next() && left->value(0).toInt() == 0};
}

Result<bool> WebhookInbox::attach(const QSqlDatabase &db)
{
    auto attached = isAttached(db);
    if (!attached || *attached)
        return attached;
    const QString file = fileFor(db.databaseName());
    if (!QFileInfo::exists(file))
        return false; // no intake has made it yet
    // Read-only: a transaction on this connection (BEGIN IMMEDIATE, as every SQLite
    // write here begins) takes the write lock of every database attached for writing,
    // and then the intake would wait for the worker's lock after all.
    QSqlQuery attach(db);
    attach.prepare(u"ATTACH DATABASE :file AS inbox"_s);
    attach.bindValue(u":file"_s, QString(QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded) + u"?mode=ro"_s));
    if (!attach.exec())
        return fail(db::toError(attach.lastError(), u"attach the webhook inbox"_s));
    return true;
}

Result<int> WebhookInbox::load(const QSqlDatabase &db, int atMost)
{
    auto identity = attachedIdentity(db);
    if (!identity)
        return fail(identity.error());
    if (identity->isEmpty())
        return 0;
    auto mark = markFor(db, u"installation_facts"_s, *identity);
    if (!mark)
        return fail(mark.error());
    int passed = 0;
    qint64 upTo = 0;
    {
        auto next = db::exec(db, u"SELECT COUNT(*), MAX(id) FROM (SELECT id FROM inbox.inbox WHERE id > :last ORDER BY id LIMIT :most)"_s,
                             {{u"last"_s, *mark}, {u"most"_s, atMost}});
        if (!next)
            return fail(next.error());
        if (next->next()) {
            passed = next->value(0).toInt();
            upTo = next->value(1).toLongLong();
        }
    } // handed back before the next statement
    if (passed == 0)
        return 0;
    // In arrival order, so `events` ids keep it; a key `events` has (a reconciled
    // record, a redelivery of a row moved before) is left out.
    auto moved = db::exec(db,
                          u"INSERT INTO events (merchant_id, delivery_key, event_type, source, body, received_at) "
                          "SELECT merchant_id, delivery_key, event_type, source, body, received_at FROM inbox.inbox "
                          "WHERE id > :last AND id <= :upto ORDER BY id ON CONFLICT (delivery_key) DO NOTHING"_s,
                          {{u"last"_s, *mark}, {u"upto"_s, upTo}});
    if (!moved)
        return fail(moved.error());
    if (auto marked = writeMark(db, *identity, upTo); !marked)
        return fail(marked.error());
    return passed;
}

Result<WebhookInbox::Waiting> WebhookInbox::waiting(const QSqlDatabase &db, std::optional<qint64> merchantId)
{
    if (db::engineOf(db) != DbEngine::Sqlite)
        return Waiting{};
    auto identity = attachedIdentity(db);
    if (!identity)
        return fail(identity.error());
    if (identity->isEmpty())
        return Waiting{};
    auto mark = markFor(db, u"installation_facts"_s, *identity);
    if (!mark)
        return fail(mark.error());
    // Only what waits is read (the id range after the mark), however many rows the
    // inbox keeps until the intake deletes them.
    QVariantMap binds{{u"last"_s, *mark}};
    QString sql = u"SELECT COUNT(*), COALESCE(MIN(received_at), 0), COALESCE(MAX(received_at), 0) FROM inbox.inbox WHERE id > :last"_s;
    if (merchantId) {
        sql += u" AND merchant_id = :merchant"_s;
        binds.insert(u"merchant"_s, *merchantId);
    }
    auto row = db::exec(db, sql, binds);
    if (!row)
        return fail(row.error());
    if (!row->next())
        return Waiting{};
    return Waiting{row->value(0).toLongLong(), row->value(1).toLongLong(), row->value(2).toLongLong()};
}

Result<bool> WebhookInbox::holds(const QSqlDatabase &db, qint64 merchantId, const QString &keyPattern)
{
    auto identity = attachedIdentity(db);
    if (!identity)
        return fail(identity.error());
    if (identity->isEmpty())
        return false;
    auto mark = markFor(db, u"installation_facts"_s, *identity);
    if (!mark)
        return fail(mark.error());
    auto found = db::scalar(db,
                            u"SELECT COUNT(*) FROM inbox.inbox WHERE id > :last AND merchant_id = :merchant AND delivery_key LIKE :key"_s,
                            {{u"last"_s, *mark}, {u"merchant"_s, merchantId}, {u"key"_s, keyPattern}});
    if (!found)
        return fail(found.error());
    return *found > 0;
}

namespace {
const QString kSnapshotConnection = u"nomo-backup-inbox"_s;
const QString kCopyConnection = u"nomo-backup-copy"_s;
} // namespace

WebhookInbox::Snapshot::Snapshot(QString connection, QString identity)
    : m_connection(std::move(connection))
    , m_identity(std::move(identity))
{
}

WebhookInbox::Snapshot::~Snapshot()
{
    db::close(m_connection); // ends the read
}

Result<std::unique_ptr<WebhookInbox::Snapshot>> WebhookInbox::Snapshot::take(const QString &databasePath)
{
    const QString file = fileFor(databasePath);
    if (!QFileInfo::exists(file))
        return std::unique_ptr<Snapshot>();
    auto inbox = db::open(DatabaseUrl::sqlite(file), kSnapshotConnection);
    if (!inbox)
        return fail(inbox.error());
    std::unique_ptr<Snapshot> snapshot(new Snapshot(kSnapshotConnection, QString()));
    // The read begins with its first statement and lasts until the connection closes.
    if (auto begun = raw(*inbox, u"BEGIN"_s); !begun)
        return fail(begun.error());
    auto tables = db::scalar(*inbox, u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'inbox_identity'"_s);
    if (!tables)
        return fail(tables.error());
    if (*tables == 0)
        return std::unique_ptr<Snapshot>();
    auto identity = identityOf(*inbox, QString());
    if (!identity)
        return fail(identity.error());
    if (identity->isEmpty())
        return std::unique_ptr<Snapshot>();
    snapshot->m_identity = *identity;
    return snapshot;
}

Result<int> WebhookInbox::Snapshot::addTo(const QString &copyPath)
{
    Result<int> added = addRows(copyPath);
    db::close(kCopyConnection);
    return added;
}

Result<int> WebhookInbox::Snapshot::addRows(const QString &copyPath)
{
    const QSqlDatabase inbox = QSqlDatabase::database(m_connection, false);
    auto opened = db::open(DatabaseUrl::sqlite(copyPath), kCopyConnection);
    if (!opened)
        return fail(opened.error());
    const QSqlDatabase copy = *opened;
    auto transaction = db::Transaction::begin(copy);
    if (!transaction)
        return fail(transaction.error());
    auto mark = markFor(copy, u"installation_facts"_s, m_identity);
    if (!mark)
        return fail(mark.error());
    int added = 0;
    qint64 last = *mark;
    {
        auto rows = db::exec(inbox,
                             u"SELECT id, merchant_id, delivery_key, event_type, source, body, received_at FROM inbox WHERE id > :last "
                             "ORDER BY id"_s,
                             {{u"last"_s, *mark}});
        if (!rows)
            return fail(rows.error());
        while (rows->next()) {
            last = rows->value(0).toLongLong();
            auto inserted = db::exec(copy,
                                     u"INSERT INTO events (merchant_id, delivery_key, event_type, source, body, received_at) "
                                     "VALUES (:m, :k, :t, :s, :b, :at) ON CONFLICT (delivery_key) DO NOTHING"_s,
                                     {{u"m"_s, rows->value(1)},
                                      {u"k"_s, rows->value(2)},
                                      {u"t"_s, rows->value(3)},
                                      {u"s"_s, rows->value(4)},
                                      {u"b"_s, rows->value(5).toByteArray()},
                                      {u"at"_s, rows->value(6)}});
            if (!inserted)
                return fail(inserted.error());
            added += inserted->numRowsAffected();
        }
    }
    if (last > *mark) {
        if (auto marked = writeMark(copy, m_identity, last); !marked)
            return fail(marked.error());
    }
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return added;
}

} // namespace nomo
