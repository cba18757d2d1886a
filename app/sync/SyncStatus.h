#pragma once

#include <QDateTime>

namespace nomo {

// What the status strip shows; everything here is known offline too (from the cache).
struct SyncStatus
{
    enum class Connection {
        SignedOut,    // no console token: the cache is shown, nothing is fetched
        Connecting,   // a sync pass is running
        Online,       // the last pass reached the daemon
        Offline,      // the last pass could not reach the daemon; edits wait in the outbox
        Unauthorized, // the daemon refused the token (revoked): sign in again
    };

    Connection connection = Connection::SignedOut;
    QDateTime lastSyncAt;     // last pass that completed; invalid before the first
    bool needsReauth = false; // Salla's authorization must be renewed from the store
    int pendingEdits = 0;     // edits in the outbox
};

} // namespace nomo
