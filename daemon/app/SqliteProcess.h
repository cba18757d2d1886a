#pragma once

namespace nomo {

// SQLite's process-wide settings, before any connection opens (sqlite3_config works
// only before SQLite initialises itself; a later call is said in the log and changes
// nothing). First thing in main().
//
// Statement journals and savepoints' sub-journals stay in memory up to 4 MiB each,
// instead of SQLite's default 64 KiB. The event worker takes a savepoint per event,
// and each page an event first touches is copied into the sub-journal; past 64 KiB it
// had spilled to a temporary file and stayed there, so every event wrote those pages
// again through pwrite: 126,568 of the worker's 159,040 writes for 3,000 events went
// to those files (the WAL took 25,515), and the kernel was a quarter of its time.
// A statement larger than 4 MiB (a store's purge) still spills to disk.
void configureSqliteProcess();

} // namespace nomo
