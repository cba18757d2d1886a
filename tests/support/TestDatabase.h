#pragma once

#include "db/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>

namespace nomo::test {

enum class TestEngine { Sqlite, Postgres };
inline std::ostream &operator<<(std::ostream &out, TestEngine engine)
{
    return out << (engine == TestEngine::Sqlite ? "Sqlite" : "Postgres");
}
// For INSTANTIATE_TEST_SUITE_P names: "Sqlite", "Postgres".
std::string engineName(const ::testing::TestParamInfo<TestEngine> &info);

// A fresh, fully migrated database for one test: a SQLite file in a temporary
// folder, or a new database on the PostgreSQL server named by NOMO_TEST_PG_URL
// (scripts/test starts a throwaway one). Dropped again afterwards.
class TestDatabase
{
public:
    // Null when PostgreSQL is asked for but not configured; `why` says so.
    static std::unique_ptr<TestDatabase> create(TestEngine engine, QString *why, bool migrate = true);
    ~TestDatabase();

    QSqlDatabase db() const;
    const DatabaseUrl &url() const { return m_url; }
    TestEngine engine() const { return m_engine; }

    // A second connection to the same database (another "thread" or "instance").
    QSqlDatabase openAnother(const QString &suffix) const;

    static bool postgresRequired(); // NOMO_TEST_REQUIRE_PG=1: a missing server fails, not skips

private:
    TestDatabase() = default;

    TestEngine m_engine = TestEngine::Sqlite;
    DatabaseUrl m_url;
    QString m_connection;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pgName;
    mutable QStringList m_extraConnections;
};

// Stored Salla events not processed yet: pending in `events`, and on SQLite what the
// daemon's webhook inbox holds for its worker (answered 200, not moved into `events`
// yet). -1 when it cannot be read. What "the daemon has caught up" waits for.
qint64 unprocessedEvents(const QSqlDatabase &db);

} // namespace nomo::test

// In a fixture's SetUp: creates m_database (migrated unless told otherwise) or skips
// when PostgreSQL is not configured — fails instead when it is required.
#define NOMO_OPEN_TEST_DATABASE(engine) NOMO_OPEN_TEST_DATABASE_MIGRATED(engine, true)
#define NOMO_OPEN_TEST_DATABASE_MIGRATED(engine, migrate)                                                              \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        m_database = ::nomo::test::TestDatabase::create((engine), &why_, (migrate));                                   \
        if (!m_database) {                                                                                             \
            if (::nomo::test::TestDatabase::postgresRequired() || (engine) == ::nomo::test::TestEngine::Sqlite)        \
                FAIL() << why_.toStdString();                                                                          \
            GTEST_SKIP() << why_.toStdString();                                                                        \
        }                                                                                                              \
    } while (false)
