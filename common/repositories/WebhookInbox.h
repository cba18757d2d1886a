#pragma once

#include "core/Result.h"
#include "repositories/EventRepository.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace nomo {

// SQLite only: the webhook intake's own file beside the database ("nomo.db" has
// "nomo.db-inbox"), with its own WAL, write lock and sync. The intake commits each
// group of deliveries there and answers 200 once that commit is on disk; the event
// worker moves what arrived into `events` in the database, in order, and records how
// far it got in the same transaction. So the intake never waits for the worker's
// write lock, nor the worker for the intake's (docs/architecture.md, "Webhook inbox").
// PostgreSQL has row locks and needs none of this: there the intake writes `events`.
//
// How far the worker got is kept in the database (installation_facts
// "webhook_inbox_loaded": the inbox file's identity and the last id moved), so a
// crash between the two files loses and doubles nothing: a row is moved exactly when
// that mark passes it, and the intake deletes only rows the mark has passed. A new
// inbox file (the old one lost or replaced) has a new identity, and then everything
// in it is moved, the delivery keys telling what `events` has already.
//
// The intake's thread has two connections: the inbox file, where it writes, and the
// database, which it only reads (a transaction on a connection with the database
// attached would take the database's write lock too). Every other connection (the
// worker's, the HTTP thread's) is to the database with the inbox attached read-only
// as "inbox" (attach()).
class WebhookInbox
{
public:
    static QString fileFor(const QString &databasePath);

    // --- the intake's side ---
    // Creates the inbox's tables and identity if new.
    static Status prepareIntake(const QSqlDatabase &inbox);
    // Settings of the intake's own connection to the inbox. Debian builds SQLite with
    // secure_delete on, which overwrote each moved row's body with zeros when the
    // intake deleted it: a second copy of every body through the WAL and its sync, for
    // data that lives on in `events`. Off here; compact() clears what is left instead.
    static Status tuneIntakeConnection(const QSqlDatabase &inbox);
    // Inside the caller's transaction on `inbox`: stores each event unless its delivery
    // key is in the inbox or in `events` (read on `database`) already; per event,
    // whether it was new. Also deletes rows the worker has moved, a few hundred at
    // most, so a group's commit stays short.
    static Result<QList<bool>> store(const QSqlDatabase &inbox, const QSqlDatabase &database, const QList<IncomingEvent> &events,
                                     qint64 receivedAt);
    // Inside the caller's transaction on `inbox`: deletes up to `atMost` of the rows the
    // worker has moved (the oldest first). A group does this for a few hundred; the
    // intake calls it alone when no group comes, so that after a burst the bodies the
    // worker moved do not stay in the file until the next webhook.
    struct Purged
    {
        int deleted = 0;
        bool empty = false; // no row left at all, moved or not
    };
    static Result<Purged> purgeMoved(const QSqlDatabase &inbox, const QSqlDatabase &database, int atMost);
    // Outside a transaction, once purgeMoved() found the inbox empty: when the file
    // keeps more free pages than `freePagesAtMost` (the peak of a past burst), rebuilds
    // it (VACUUM) and empties its WAL, so the disk is given back and no deleted body
    // stays in free pages. True when it did.
    static Result<bool> compact(const QSqlDatabase &inbox, int freePagesAtMost);

    // --- a connection to the database ---
    // Attaches the inbox file as "inbox", read-only, unless it is already; false when
    // there is no inbox file yet (try again later). Outside a transaction. The other
    // calls below treat an inbox not attached as an empty one.
    static Result<bool> attach(const QSqlDatabase &db);
    // Inside the caller's transaction (which should be synced: the intake deletes what
    // it marks as moved): moves up to `atMost` of the oldest rows not moved yet into
    // `events` and advances the mark. Returns how many inbox rows it passed (moved, or
    // left out as known to `events` already): fewer than `atMost` when none wait.
    static Result<int> load(const QSqlDatabase &db, int atMost);
    // Rows stored but not moved into `events` yet: pending events the table does not
    // show yet (none when there is no inbox, or on PostgreSQL), of every store or of
    // one, and when the oldest and the newest of them came.
    struct Waiting
    {
        qint64 count = 0;
        qint64 oldestReceivedAt = 0; // epoch ms, 0 when none
        qint64 newestReceivedAt = 0;
    };
    static Result<Waiting> waiting(const QSqlDatabase &db, std::optional<qint64> merchantId = std::nullopt);
    // Whether a row not moved yet has a delivery key LIKE `pattern` for the store.
    static Result<bool> holds(const QSqlDatabase &db, qint64 merchantId, const QString &keyPattern);

    // For a copy of the database taken while a daemon runs (nomo-daemon backup). Taken
    // before the copy, it holds a read of the inbox as it was then; addTo() puts into
    // the copy the rows the copy's mark has not passed. So the copy has every event
    // answered before it began, once: a row the worker moved (and the intake deleted)
    // in between is in the copy already.
    class Snapshot
    {
    public:
        // Null when the database has no inbox (yet).
        static Result<std::unique_ptr<Snapshot>> take(const QString &databasePath);
        ~Snapshot();
        Snapshot(const Snapshot &) = delete;
        Snapshot &operator=(const Snapshot &) = delete;
        // Adds to the copy at `copyPath` what it lacks; returns how many events.
        Result<int> addTo(const QString &copyPath);

    private:
        Snapshot(QString connection, QString identity);
        Result<int> addRows(const QString &copyPath);
        QString m_connection;
        QString m_identity;
    };
};

} // namespace nomo
