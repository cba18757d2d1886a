#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace nomo {

// Numbered schema migrations, embedded in the binary (common/db/migrations/NNNN_name.sql
// as Qt resources). Each runs once, inside its own transaction, and is recorded in
// schema_migrations. A database that records a version this binary does not know is
// refused: an older binary must not write to a newer schema.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql; // with dialect tokens still in place
    };

    Migrator();
    // For tests: a custom list (e.g. a deliberately broken migration).
    explicit Migrator(QList<Migration> migrations);

    int latestVersion() const;
    const QList<Migration> &migrations() const { return m_migrations; }

    // The highest version applied, 0 for an empty database.
    Result<int> currentVersion(const QSqlDatabase &db) const;

    // Applies what is missing; returns how many migrations ran.
    Result<int> migrate(const QSqlDatabase &db) const;

    // Ok when the database is exactly at latestVersion().
    Status checkCurrent(const QSqlDatabase &db) const;

    // The statements of one migration for an engine, tokens replaced: {{pk}}, {{blob}},
    // and {{sqlite}} before a statement that PostgreSQL skips.
    static QStringList statementsFor(const QString &sql, bool postgres);

private:
    QList<Migration> m_migrations;
};

} // namespace nomo
