#pragma once

class QSqlDatabase;

namespace nomo {

// After a burst, what the daemon took for it goes back to the system, so that its
// resident memory returns near where it started: SQLite's page cache of `db` (on
// SQLite; PRAGMA shrink_memory) and the C library's free heap (malloc_trim: glibc
// keeps freed blocks of every thread's arena otherwise). Called on the connection's
// own thread, outside a transaction, when its work has run out: cheap enough then
// (a few milliseconds), and the next burst fills the cache again.
void releaseIdleMemory(const QSqlDatabase &db);

} // namespace nomo
