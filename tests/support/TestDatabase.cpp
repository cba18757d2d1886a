#include "support/TestDatabase.h"

#include "db/Database.h"
#include "db/Migrator.h"
#include "repositories/WebhookInbox.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace nomo::test {

namespace {

QAtomicInt s_counter;

QString nextName(const QString &prefix)
{
    return u"%1_%2_%3"_s.arg(prefix).arg(QCoreApplication::applicationPid()).arg(s_counter.fetchAndAddRelaxed(1));
}

// Runs one statement on the server's maintenance database (CREATE/DROP DATABASE
// cannot run inside a transaction or on the database being dropped).
bool onAdminDatabase(const DatabaseUrl &admin, const QString &statement, QString *why)
{
    const QString connection = nextName(u"admin"_s);
    bool ok = false;
    {
        auto db = db::open(admin, connection);
        if (!db) {
            *why = db.error().toString();
        } else {
            QSqlQuery query(*db);
            ok = query.exec(statement);
            if (!ok)
                *why = query.lastError().text();
        }
    }
    db::close(connection);
    return ok;
}

} // namespace

std::string engineName(const ::testing::TestParamInfo<TestEngine> &info)
{
    return info.param == TestEngine::Sqlite ? "Sqlite" : "Postgres";
}

bool TestDatabase::postgresRequired()
{
    return qEnvironmentVariableIntValue("NOMO_TEST_REQUIRE_PG") == 1;
}

std::unique_ptr<TestDatabase> TestDatabase::create(TestEngine engine, QString *why, bool migrate)
{
    std::unique_ptr<TestDatabase> test(new TestDatabase);
    test->m_engine = engine;
    test->m_connection = nextName(u"test"_s);
    if (engine == TestEngine::Sqlite) {
        test->m_dir = std::make_unique<QTemporaryDir>();
        test->m_url = DatabaseUrl::sqlite(test->m_dir->filePath(u"nomo.db"_s));
    } else {
        const QString adminText = qEnvironmentVariable("NOMO_TEST_PG_URL");
        if (adminText.isEmpty()) {
            *why = u"NOMO_TEST_PG_URL is not set: no PostgreSQL server for this test (scripts/test starts one)"_s;
            return nullptr;
        }
        auto admin = DatabaseUrl::parse(adminText);
        if (!admin) {
            *why = admin.error().toString();
            return nullptr;
        }
        test->m_pgName = nextName(u"nomo_test"_s);
        if (!onAdminDatabase(*admin, u"CREATE DATABASE %1"_s.arg(test->m_pgName), why))
            return nullptr;
        test->m_url = *admin;
        test->m_url.databaseName = test->m_pgName;
    }
    auto db = db::open(test->m_url, test->m_connection);
    if (!db) {
        *why = db.error().toString();
        return nullptr;
    }
    if (migrate) {
        auto migrated = Migrator().migrate(*db);
        if (!migrated) {
            *why = migrated.error().toString();
            return nullptr;
        }
    }
    return test;
}

TestDatabase::~TestDatabase()
{
    for (const QString &name : std::as_const(m_extraConnections))
        db::close(name);
    db::close(m_connection);
    if (!m_pgName.isEmpty()) {
        DatabaseUrl admin = m_url;
        admin.databaseName = DatabaseUrl::parse(qEnvironmentVariable("NOMO_TEST_PG_URL"))->databaseName;
        QString why;
        if (!onAdminDatabase(admin, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgName), &why))
            ADD_FAILURE() << "could not drop " << m_pgName.toStdString() << ": " << why.toStdString();
    }
}

QSqlDatabase TestDatabase::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

QSqlDatabase TestDatabase::openAnother(const QString &suffix) const
{
    const QString name = m_connection + u'_' + suffix;
    m_extraConnections.append(name);
    auto db = db::open(m_url, name);
    EXPECT_TRUE(db.has_value()) << (db ? "" : db.error().toString().toStdString());
    return db ? *db : QSqlDatabase();
}

qint64 unprocessedEvents(const QSqlDatabase &db)
{
    auto pending = db::scalar(db, u"SELECT COUNT(*) FROM events WHERE status = 'pending'"_s);
    if (!pending)
        return -1;
    if (db::engineOf(db) != DbEngine::Sqlite)
        return *pending;
    if (!WebhookInbox::attach(db))
        return -1;
    auto waiting = WebhookInbox::waiting(db);
    return waiting ? *pending + waiting->count : -1;
}

} // namespace nomo::test
