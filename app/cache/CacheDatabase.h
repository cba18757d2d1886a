#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace nomo {

// The console's local cache: one SQLite file in the merchant's data folder with its
// own small schema (not the daemon's). The window opens from it with no network, so
// everything the dashboard shows must be answerable from here, by indexed aggregates.
// One named connection, used on the GUI thread only: every query is small.
class CacheDatabase
{
public:
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    // Opens (creating if needed) `<dataDir>/console-cache.sqlite` and brings its schema
    // up to date. `connectionName` must be unique per open cache in the process.
    static Result<std::unique_ptr<CacheDatabase>> open(const QString &dataDir, const QString &connectionName = QString());

    // Where the cache lives: --data-dir, else NOMO_CONSOLE_DATA_DIR, else AppDataLocation.
    static QString defaultDataDir();

    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }
    QString filePath() const { return m_filePath; }

    static constexpr int kSchemaVersion = 7;

private:
    CacheDatabase(QString connectionName, QString filePath);
    Status migrate();

    QString m_connectionName;
    QString m_filePath;
};

} // namespace nomo
