#include "app/SqliteProcess.h"

#include <sqlite3.h>

#include <cstdio>

namespace nomo {

namespace {
constexpr int kStatementJournalInMemory = 4 * 1024 * 1024;
} // namespace

void configureSqliteProcess()
{
    // Before the logging categories exist, hence stderr.
    if (sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, kStatementJournalInMemory) != SQLITE_OK)
        std::fprintf(stderr, "nomo: SQLite was initialised already; statement journals keep the default spill size\n");
}

} // namespace nomo
