#include "cache/CacheDatabase.h"

#include "core/ConsoleLogging.h"

#include <QAtomicInt>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <iterator>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

// Version 1, as it first shipped (kept as it was: a cache of any age is brought up
// step by step). Money is integer halalas, times UTC epoch milliseconds, like the daemon.
// The indexes exist for the dashboard's aggregates: each card's figure is one indexed
// range scan, so a cache of 100,000 orders still paints at once.
const char *const kVersion1[] = {
    "CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS features (key TEXT PRIMARY KEY, enabled INTEGER NOT NULL, settings_json TEXT NOT NULL,"
    " version INTEGER NOT NULL, updated_at INTEGER)",
    "CREATE TABLE IF NOT EXISTS orders (id INTEGER PRIMARY KEY, salla_id INTEGER, reference_id TEXT, customer_id INTEGER,"
    " status TEXT, total_halalas INTEGER NOT NULL DEFAULT 0, discount_halalas INTEGER NOT NULL DEFAULT 0,"
    " coupon_code TEXT NOT NULL DEFAULT '', payment_method TEXT, city TEXT, item_count INTEGER NOT NULL DEFAULT 0,"
    " ordered_at INTEGER NOT NULL, updated_at INTEGER)",
    "CREATE INDEX IF NOT EXISTS orders_by_time ON orders (ordered_at, coupon_code, total_halalas)",
    "CREATE TABLE IF NOT EXISTS customers (id INTEGER PRIMARY KEY, salla_id INTEGER, first_name TEXT, last_name TEXT,"
    " city TEXT, updated_at INTEGER)",
    "CREATE TABLE IF NOT EXISTS coupons (id INTEGER PRIMARY KEY, code TEXT NOT NULL, type TEXT, amount INTEGER,"
    " status TEXT, usage_count INTEGER NOT NULL DEFAULT 0, sync_state TEXT, version INTEGER, updated_at INTEGER)",
    "CREATE TABLE IF NOT EXISTS carts (id INTEGER PRIMARY KEY, customer_id INTEGER, total_halalas INTEGER NOT NULL DEFAULT 0,"
    " status TEXT NOT NULL, abandoned_at INTEGER, updated_at INTEGER)",
    "CREATE INDEX IF NOT EXISTS carts_by_status ON carts (status, total_halalas)",
    "CREATE TABLE IF NOT EXISTS page_views (id INTEGER PRIMARY KEY, viewed_at INTEGER NOT NULL, path TEXT)",
    "CREATE INDEX IF NOT EXISTS page_views_by_time ON page_views (viewed_at)",
    "CREATE TABLE IF NOT EXISTS activity (id INTEGER PRIMARY KEY, event TEXT NOT NULL, source TEXT, status TEXT,"
    " attempts INTEGER NOT NULL DEFAULT 0, error TEXT, received_at INTEGER, processed_at INTEGER)",
    // Feature edits waiting for the daemon (version 2 made this any mutation).
    "CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, entity_key TEXT NOT NULL,"
    " body_json TEXT NOT NULL, base_version INTEGER NOT NULL, idempotency_key TEXT NOT NULL UNIQUE,"
    " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, created_at INTEGER NOT NULL)",
};

// Version 2: the outbox carries any mutation, not just feature edits: each row has its
// method, path, If-Match (optional) and body. The idempotency key is made once, with
// the row, and sent on every retry, so a retry after a lost answer never applies
// twice. Rows of version 1 were all feature edits and become exactly the request they
// stood for, key included. The console also keeps the store's device list.
const char *const kVersion2[] = {
    "CREATE TABLE outbox_v2 (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, entity_key TEXT NOT NULL,"
    " method TEXT NOT NULL, path TEXT NOT NULL, if_match TEXT, idempotency_key TEXT NOT NULL UNIQUE, body_json TEXT,"
    " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, created_at INTEGER NOT NULL)",
    "INSERT INTO outbox_v2 (id, kind, entity_key, method, path, if_match, idempotency_key, body_json, attempts, last_error,"
    " created_at) SELECT id, kind, entity_key, 'PUT', '/api/v1/features/' || entity_key, CAST(base_version AS TEXT),"
    " idempotency_key, body_json, attempts, last_error, created_at FROM outbox ORDER BY id",
    "DROP TABLE outbox",
    "ALTER TABLE outbox_v2 RENAME TO outbox",
    "CREATE INDEX outbox_by_entity ON outbox (kind, entity_key)",
    "CREATE TABLE devices (id INTEGER PRIMARY KEY, name TEXT NOT NULL, created_at INTEGER, last_used_at INTEGER,"
    " current INTEGER NOT NULL DEFAULT 0)",
};

// Version 3: coupons as the daemon now keeps them (issue "Coupons end to end"): the
// terms whole (the editor's), what each brought in, its state with Salla. The old table
// could hold nothing (no daemon made coupons before), so it is made again.
const char *const kVersion3[] = {
    "DROP TABLE IF EXISTS coupons",
    "CREATE TABLE coupons (id INTEGER PRIMARY KEY, code TEXT NOT NULL, type TEXT NOT NULL, amount INTEGER NOT NULL,"
    " status TEXT NOT NULL, is_group INTEGER NOT NULL DEFAULT 0, expires_at INTEGER, uses INTEGER NOT NULL DEFAULT 0,"
    " customers INTEGER NOT NULL DEFAULT 0, discount_halalas INTEGER NOT NULL DEFAULT 0,"
    " revenue_halalas INTEGER NOT NULL DEFAULT 0, sync_state TEXT NOT NULL, version INTEGER NOT NULL,"
    " coupon_json TEXT NOT NULL, updated_at INTEGER)",
    "CREATE INDEX coupons_by_code ON coupons (code)",
};

// Version 4: the store's own message templates (issue "Notifications and automations
// end to end"); where it has none, the gallery's in common/messages is the template.
const char *const kVersion4[] = {
    "CREATE TABLE IF NOT EXISTS templates (key TEXT PRIMARY KEY, automation TEXT NOT NULL, channel TEXT NOT NULL, language TEXT NOT NULL,"
    " subject TEXT NOT NULL, body TEXT NOT NULL, action TEXT NOT NULL, version INTEGER NOT NULL)",
};

// Version 5: the message log's latest page (GET /api/v1/messages) and the broadcasts,
// kept as the wire's objects so they show offline; each answer replaces its list whole.
const char *const kVersion5[] = {
    "CREATE TABLE IF NOT EXISTS message_log (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, json TEXT NOT NULL)",
    // The broadcasts (GET /api/v1/broadcasts), the same way.
    "CREATE TABLE IF NOT EXISTS broadcasts (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, json TEXT NOT NULL)",
};

// Version 6: the storefront's, from the change feed: the email list ("subscriber") and
// the Visitors report's days ("visitor_day", the wire's object kept whole beside the
// figures the cards sum).
const char *const kVersion6[] = {
    "CREATE TABLE IF NOT EXISTS subscribers (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT NOT NULL, source TEXT NOT NULL,"
    " language TEXT NOT NULL, consent_at INTEGER NOT NULL, unsubscribed_at INTEGER, created_at INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS subscribers_by_created ON subscribers (created_at)",
    "CREATE TABLE IF NOT EXISTS visitor_days (day TEXT PRIMARY KEY, visitors INTEGER NOT NULL, sessions INTEGER NOT NULL,"
    " page_views INTEGER NOT NULL, json TEXT NOT NULL)",
};

// Version 7: the Reports page's days ("sales_day"), the wire's object kept whole.
const char *const kVersion7[] = {
    "CREATE TABLE IF NOT EXISTS sales_days (day TEXT PRIMARY KEY, orders INTEGER NOT NULL, revenue INTEGER NOT NULL, json TEXT NOT NULL)",
};

struct Step
{
    int version; // the schema version this step produces
    const char *const *statements;
    std::size_t count;
};
const Step kSteps[] = {
    {1, kVersion1, std::size(kVersion1)},
    {2, kVersion2, std::size(kVersion2)},
    {3, kVersion3, std::size(kVersion3)},
    {4, kVersion4, std::size(kVersion4)},
    {5, kVersion5, std::size(kVersion5)},
    {6, kVersion6, std::size(kVersion6)},
    {7, kVersion7, std::size(kVersion7)},
};
// A step the version number does not reach would run on every start, and fail.
static_assert(std::size(kSteps) == std::size_t(CacheDatabase::kSchemaVersion), "kSchemaVersion is the last step's version");

QAtomicInt s_connectionCounter;

} // namespace

CacheDatabase::CacheDatabase(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
{
}

CacheDatabase::~CacheDatabase()
{
    {
        QSqlDatabase db = database();
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString CacheDatabase::defaultDataDir()
{
    const QString fromEnvironment = qEnvironmentVariable("NOMO_CONSOLE_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<std::unique_ptr<CacheDatabase>> CacheDatabase::open(const QString &dataDir, const QString &connectionName)
{
    if (!QDir().mkpath(dataDir))
        return fail(ErrorCode::DatabaseError, u"cache.folder"_s, u"cannot create %1"_s.arg(dataDir));
    const QString name = connectionName.isEmpty() ? u"nomo-cache-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1))
                                                  : connectionName;
    const QString path = QDir(dataDir).filePath(u"console-cache.sqlite"_s);
    std::unique_ptr<CacheDatabase> cache(new CacheDatabase(name, path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            return fail(ErrorCode::DatabaseError, u"cache.open"_s, db.lastError().text());
        QSqlQuery pragma(db);
        // WAL + NORMAL: a commit survives the process being killed, which is what the
        // "one page, one transaction" rule relies on.
        pragma.exec(u"PRAGMA journal_mode=WAL"_s);
        pragma.exec(u"PRAGMA synchronous=NORMAL"_s);
    }
    if (auto migrated = cache->migrate(); !migrated)
        return fail(migrated.error());
    return cache;
}

Status CacheDatabase::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.exec(u"PRAGMA user_version"_s);
    const int version = query.next() ? query.value(0).toInt() : 0;
    if (version > kSchemaVersion)
        return fail(ErrorCode::SchemaTooNew, u"cache.too_new"_s, u"cache version %1 is newer than %2"_s.arg(version).arg(kSchemaVersion));
    if (version == kSchemaVersion)
        return {};
    // All steps in one transaction: a console killed mid-upgrade opens the old cache
    // again and upgrades it again.
    db.transaction();
    for (const Step &step : kSteps) {
        if (step.version <= version)
            continue;
        for (std::size_t i = 0; i < step.count; ++i) {
            if (!query.exec(QString::fromLatin1(step.statements[i]))) {
                const QString why = query.lastError().text();
                db.rollback();
                return fail(ErrorCode::MigrationError, u"cache.schema"_s, u"step %1: %2"_s.arg(step.version).arg(why));
            }
        }
    }
    query.exec(u"PRAGMA user_version = %1"_s.arg(kSchemaVersion));
    if (!db.commit())
        return fail(ErrorCode::DatabaseError, u"cache.schema"_s, db.lastError().text());
    qCInfo(lcCache) << "cache schema from version" << version << "to" << kSchemaVersion;
    return {};
}

} // namespace nomo
