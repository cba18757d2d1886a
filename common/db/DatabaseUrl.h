#pragma once

#include "core/Result.h"

#include <QString>

namespace nomo {

enum class DbEngine { Sqlite, Postgres };

// Where the data lives, as one URL:
//   sqlite:///var/lib/nomo-flow/nomo.db        (absolute path after the third slash)
//   postgresql://user:secret@host:5432/nomo?connect_timeout=5
// Anything libpq reads from PG* variables (PGPASSWORD, ...) may be left out.
struct DatabaseUrl
{
    DbEngine engine = DbEngine::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // libpq options, "key=value;key=value" as QPSQL wants them

    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqlite(const QString &path);

    // The URL with any password masked, for logs and --check-config.
    QString redacted() const;
};

} // namespace nomo
