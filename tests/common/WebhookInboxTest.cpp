#include "core/Time.h"
#include "db/Database.h"
#include "repositories/ActivityRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/WebhookInbox.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;

// The SQLite webhook inbox: the intake's side (its own file, the database attached)
// and the worker's (the database, the inbox attached), on real files.
namespace {
constexpr qint64 kStore = 1487302251;
constexpr qint64 kReceivedAt = 1764000000000;

class WebhookInboxTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        NOMO_OPEN_TEST_DATABASE(test::TestEngine::Sqlite);
        openIntake();
        ASSERT_TRUE(WebhookInbox::attach(db()).value_or(false));
    }
    void TearDown() override { db::close(u"inbox-intake"_s); }

    QSqlDatabase db() const { return m_database->db(); }
    QString databasePath() const { return m_database->url().sqlitePath; }
    QSqlDatabase intake() const { return QSqlDatabase::database(u"inbox-intake"_s, false); }
    void openIntake()
    {
        auto opened = db::open(DatabaseUrl::sqlite(WebhookInbox::fileFor(databasePath())), u"inbox-intake"_s);
        ASSERT_TRUE(opened) << opened.error().toString().toStdString();
        auto prepared = WebhookInbox::prepareIntake(*opened);
        ASSERT_TRUE(prepared) << prepared.error().toString().toStdString();
        ASSERT_TRUE(WebhookInbox::tuneIntakeConnection(*opened));
    }

    static IncomingEvent event(const QString &key)
    {
        return IncomingEvent{kStore, key, u"order.created"_s, u"webhook"_s, "{\"key\":\"" + key.toUtf8() + "\"}"};
    }
    // One group commit of the intake.
    QList<bool> store(const QList<IncomingEvent> &events)
    {
        auto transaction = db::Transaction::begin(intake());
        EXPECT_TRUE(transaction);
        auto stored = WebhookInbox::store(intake(), db(), events, kReceivedAt);
        EXPECT_TRUE(stored) << stored.error().toString().toStdString();
        EXPECT_TRUE(transaction->commit());
        return stored.value_or(QList<bool>());
    }
    // One move of the worker's, committed.
    int load(int atMost)
    {
        auto transaction = db::Transaction::begin(db());
        EXPECT_TRUE(transaction);
        auto moved = WebhookInbox::load(db(), atMost);
        EXPECT_TRUE(moved) << moved.error().toString().toStdString();
        EXPECT_TRUE(transaction->commit());
        return moved.value_or(-1);
    }
    qint64 scalar(const QSqlDatabase &on, const QString &sql) { return db::scalar(on, sql).value_or(-1); }
    qint64 waiting() { return WebhookInbox::waiting(db()).value_or(WebhookInbox::Waiting{-1, 0}).count; }
    QStringList eventKeys()
    {
        QStringList keys;
        auto rows = db::exec(db(), u"SELECT delivery_key FROM events ORDER BY id"_s);
        while (rows && rows->next())
            keys.append(rows->value(0).toString());
        return keys;
    }

    std::unique_ptr<test::TestDatabase> m_database;
};
} // namespace

TEST_F(WebhookInboxTest, WhatTheIntakeStoresReachesEventsInArrivalOrderOnce)
{
    QList<IncomingEvent> group;
    for (int i = 0; i < 40; ++i)
        group.append(event(u"k%1"_s.arg(i)));
    EXPECT_EQ(store(group), QList<bool>(40, true));
    EXPECT_EQ(scalar(db(), u"SELECT COUNT(*) FROM events"_s), 0) << "the intake never writes the database";
    EXPECT_EQ(waiting(), 40);
    const auto oldest = WebhookInbox::waiting(db());
    ASSERT_TRUE(oldest);
    EXPECT_EQ(oldest->oldestReceivedAt, kReceivedAt);

    EXPECT_EQ(load(32), 32);
    EXPECT_EQ(waiting(), 8);
    EXPECT_EQ(load(32), 8);
    EXPECT_EQ(load(32), 0);
    QStringList arrival;
    for (int i = 0; i < 40; ++i)
        arrival.append(u"k%1"_s.arg(i));
    EXPECT_EQ(eventKeys(), arrival);
    EXPECT_EQ(scalar(db(), u"SELECT COUNT(*) FROM events WHERE status = 'pending' AND source = 'webhook' AND received_at = 1764000000000"_s),
              40);
    EXPECT_EQ(scalar(db(), u"SELECT COUNT(*) FROM events WHERE CAST(body AS TEXT) = '{\"key\":\"k7\"}'"_s), 1) << "the exact bytes";
}

TEST_F(WebhookInboxTest, ARedeliveryIsADuplicateWhileWaitingAfterTheMoveAndAfterThePurge)
{
    EXPECT_EQ(store({event(u"a"_s), event(u"b"_s), event(u"a"_s)}), (QList<bool>{true, true, false}));
    EXPECT_EQ(store({event(u"a"_s)}), QList<bool>{false}) << "waiting in the inbox";
    EXPECT_EQ(load(10), 2);
    EXPECT_EQ(store({event(u"b"_s), event(u"c"_s)}), (QList<bool>{false, true})) << "moved, not deleted yet";
    // That group deleted the moved rows a and b; c waits.
    EXPECT_EQ(scalar(intake(), u"SELECT COUNT(*) FROM inbox"_s), 1);
    EXPECT_EQ(store({event(u"a"_s)}), QList<bool>{false}) << "moved and deleted: `events` knows it";
    EXPECT_EQ(scalar(intake(), u"SELECT COUNT(*) FROM inbox"_s), 1) << "a known key leaves no row for the worker";
    EXPECT_EQ(load(10), 1);
    EXPECT_EQ(eventKeys(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
}

TEST_F(WebhookInboxTest, AKeyTheDatabaseHasFromReconcileIsNotStoredAgain)
{
    ASSERT_TRUE(EventRepository(db()).store({IncomingEvent{kStore, u"r1"_s, u"order.created"_s, u"reconcile"_s, "{}"}}));
    EXPECT_EQ(store({event(u"r1"_s), event(u"w1"_s)}), (QList<bool>{false, true}));
    EXPECT_EQ(waiting(), 1);
    // And should one slip in (reconcile storing it while it waited), the move leaves it out.
    EXPECT_EQ(store({event(u"r2"_s)}), QList<bool>{true});
    ASSERT_TRUE(EventRepository(db()).store({IncomingEvent{kStore, u"r2"_s, u"order.created"_s, u"reconcile"_s, "{}"}}));
    EXPECT_EQ(load(10), 2);
    EXPECT_EQ(eventKeys(), (QStringList{u"r1"_s, u"r2"_s, u"w1"_s}));
    EXPECT_EQ(scalar(db(), u"SELECT COUNT(*) FROM events WHERE delivery_key = 'r2' AND source = 'reconcile'"_s), 1);
}

// The worker's move and its mark commit together: undone, the rows wait still.
TEST_F(WebhookInboxTest, AMoveRolledBackLosesNothing)
{
    store({event(u"x1"_s), event(u"x2"_s)});
    {
        auto transaction = db::Transaction::begin(db());
        ASSERT_TRUE(transaction);
        ASSERT_EQ(WebhookInbox::load(db(), 10).value_or(-1), 2);
    } // not committed
    EXPECT_EQ(scalar(db(), u"SELECT COUNT(*) FROM events"_s), 0);
    EXPECT_EQ(waiting(), 2);
    store({event(u"x3"_s)});
    EXPECT_EQ(scalar(intake(), u"SELECT COUNT(*) FROM inbox"_s), 3) << "nothing deleted that was not moved";
    EXPECT_EQ(load(10), 3);
    EXPECT_EQ(eventKeys(), (QStringList{u"x1"_s, u"x2"_s, u"x3"_s}));
}

// Moved rows are deleted a few hundred per group, so the inbox stays as small as the
// worker's lag, and ids never go back even when it is empty.
TEST_F(WebhookInboxTest, MovedRowsAreDeletedInStepsAndIdsNeverGoBack)
{
    QList<IncomingEvent> many;
    for (int i = 0; i < 600; ++i)
        many.append(event(u"m%1"_s.arg(i)));
    store(many);
    EXPECT_EQ(load(1000), 600);
    store({event(u"n1"_s)});
    EXPECT_EQ(scalar(intake(), u"SELECT COUNT(*) FROM inbox"_s), 600 - 256 + 1);
    store({event(u"n2"_s)});
    store({event(u"n3"_s)});
    EXPECT_EQ(scalar(intake(), u"SELECT COUNT(*) FROM inbox"_s), 3);
    EXPECT_EQ(load(1000), 3);
    store({event(u"n4"_s)}); // deletes n1..n3: the inbox held only n4 after
    EXPECT_EQ(scalar(intake(), u"SELECT COUNT(*) FROM inbox"_s), 1);
    EXPECT_EQ(load(1000), 1);
    store({event(u"n5"_s)});
    EXPECT_EQ(scalar(intake(), u"SELECT COUNT(*) FROM inbox"_s), 1);
    EXPECT_GT(scalar(intake(), u"SELECT MIN(id) FROM inbox"_s), 600) << "an emptied inbox does not start again at 1";
    EXPECT_EQ(load(1000), 1);
    EXPECT_EQ(scalar(db(), u"SELECT COUNT(*) FROM events"_s), 605);
}

// What the idle intake runs: only what the worker moved goes, the oldest first, and it
// says when the inbox is empty.
TEST_F(WebhookInboxTest, APurgeOutsideAGroupDeletesOnlyMovedRows)
{
    const auto purge = [this](int atMost) {
        auto transaction = db::Transaction::begin(intake());
        EXPECT_TRUE(transaction);
        auto purged = WebhookInbox::purgeMoved(intake(), db(), atMost);
        EXPECT_TRUE(purged) << purged.error().toString().toStdString();
        EXPECT_TRUE(transaction->commit());
        return purged.value_or(WebhookInbox::Purged{-1, false});
    };
    QList<IncomingEvent> group;
    for (int i = 0; i < 10; ++i)
        group.append(event(u"p%1"_s.arg(i)));
    store(group);
    auto purged = purge(100);
    EXPECT_EQ(purged.deleted, 0) << "nothing moved yet";
    EXPECT_FALSE(purged.empty);
    EXPECT_EQ(load(6), 6);
    purged = purge(4);
    EXPECT_EQ(purged.deleted, 4);
    EXPECT_FALSE(purged.empty);
    purged = purge(100);
    EXPECT_EQ(purged.deleted, 2);
    EXPECT_FALSE(purged.empty) << "four wait for the worker";
    EXPECT_EQ(scalar(intake(), u"SELECT MIN(id) FROM inbox"_s), 7);
    EXPECT_EQ(waiting(), 4);
    EXPECT_EQ(load(100), 4);
    purged = purge(100);
    EXPECT_EQ(purged.deleted, 4);
    EXPECT_TRUE(purged.empty);
    EXPECT_EQ(scalar(db(), u"SELECT COUNT(*) FROM events"_s), 10);
}

// The console's status counts a store's pending events: those the worker has not moved
// out of the inbox yet are pending too, and only that store's.
TEST_F(WebhookInboxTest, AStoresPendingEventsIncludeWhatWaitsInTheInbox)
{
    store({event(u"s1"_s), event(u"s2"_s), event(u"s3"_s),
           IncomingEvent{kStore + 1, u"other"_s, u"order.created"_s, u"webhook"_s, "{}"}});
    EXPECT_EQ(load(2), 2);
    auto counts = ActivityRepository(db(), TenantContext(kStore)).counts();
    ASSERT_TRUE(counts) << counts.error().toString().toStdString();
    EXPECT_EQ(counts->pending, 3) << "two in events, one in the inbox";
    EXPECT_EQ(counts->lastEventAt, time::fromStorage(kReceivedAt));
    auto other = ActivityRepository(db(), TenantContext(kStore + 1)).counts();
    ASSERT_TRUE(other);
    EXPECT_EQ(other->pending, 1);
}

// Deleting what the worker moved writes a few pages, not the bodies again as zeros
// (Debian's SQLite has secure_delete on unless the connection says otherwise).
TEST_F(WebhookInboxTest, APurgeWritesAFewPagesNotTheBodiesAgain)
{
    QList<IncomingEvent> group;
    for (int i = 0; i < 40; ++i)
        group.append(IncomingEvent{kStore, u"b%1"_s.arg(i), u"order.created"_s, u"webhook"_s, QByteArray(8000, char('a' + i % 26))});
    store(group);
    EXPECT_EQ(load(100), 40);
    const QString wal = WebhookInbox::fileFor(databasePath()) + u"-wal"_s;
    const qint64 before = QFileInfo(wal).size();
    store({event(u"after"_s)}); // deletes the 40 moved rows
    ASSERT_EQ(scalar(intake(), u"SELECT COUNT(*) FROM inbox"_s), 1);
    const qint64 pages = (QFileInfo(wal).size() - before) / 4096;
    EXPECT_LT(pages, 20) << "the 40 bodies of 8 KB (about 80 pages) were written again";
}

// After a burst, the emptied inbox gives its free pages back to the disk, and its ids
// still never go back.
TEST_F(WebhookInboxTest, AnEmptiedInboxIsCompactedAndItsIdsGoOn)
{
    QList<IncomingEvent> group;
    for (int i = 0; i < 200; ++i)
        group.append(IncomingEvent{kStore, u"c%1"_s.arg(i), u"order.created"_s, u"webhook"_s, QByteArray(6000, 'c')});
    store(group);
    EXPECT_EQ(load(1000), 200);
    auto transaction = db::Transaction::begin(intake());
    ASSERT_TRUE(transaction);
    auto purged = WebhookInbox::purgeMoved(intake(), db(), 1000);
    ASSERT_TRUE(purged && purged->empty);
    ASSERT_TRUE(transaction->commit());
    const qint64 free = scalar(intake(), u"PRAGMA freelist_count"_s);
    EXPECT_GT(free, 200);
    EXPECT_EQ(WebhookInbox::compact(intake(), int(free)).value_or(true), false) << "no more free pages than allowed";
    EXPECT_EQ(WebhookInbox::compact(intake(), 10).value_or(false), true);
    EXPECT_EQ(scalar(intake(), u"PRAGMA freelist_count"_s), 0);
    EXPECT_LT(QFileInfo(WebhookInbox::fileFor(databasePath())).size(), 64 * 1024);
    store({event(u"next"_s)});
    EXPECT_GT(scalar(intake(), u"SELECT MIN(id) FROM inbox"_s), 200);
    EXPECT_EQ(load(10), 1);
    EXPECT_EQ(scalar(db(), u"SELECT COUNT(*) FROM events"_s), 201);
}

// An inbox file lost or replaced starts with a new identity: the mark of the old one
// says nothing of it, and everything it holds is moved.
TEST_F(WebhookInboxTest, ANewInboxFileIsMovedWhole)
{
    QList<IncomingEvent> first;
    for (int i = 0; i < 20; ++i)
        first.append(event(u"old%1"_s.arg(i)));
    store(first);
    EXPECT_EQ(load(100), 20);
    db::close(u"inbox-intake"_s);
    QSqlQuery detach(db());
    ASSERT_TRUE(detach.exec(u"DETACH DATABASE inbox"_s));
    const QString file = WebhookInbox::fileFor(databasePath());
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(file + suffix);
    openIntake();
    ASSERT_TRUE(WebhookInbox::attach(db()).value_or(false));
    EXPECT_EQ(store({event(u"new1"_s), event(u"old3"_s)}), (QList<bool>{true, false}));
    EXPECT_EQ(waiting(), 1);
    EXPECT_EQ(load(100), 1);
    EXPECT_EQ(scalar(db(), u"SELECT COUNT(*) FROM events"_s), 21);
    EXPECT_EQ(eventKeys().last(), u"new1"_s);
}

// The worker's transactions (BEGIN IMMEDIATE on a connection with the inbox attached)
// take no lock of the inbox: the intake commits while one is open.
TEST_F(WebhookInboxTest, TheIntakeCommitsWhileAWorkerTransactionIsOpen)
{
    ASSERT_TRUE(WebhookInbox::attach(db()).value_or(false)) << "attaching twice is harmless";
    auto worker = db::Transaction::begin(db(), db::WritePriority::Background);
    ASSERT_TRUE(worker);
    ASSERT_EQ(WebhookInbox::load(db(), 10).value_or(-1), 0);
    QSqlQuery lockedFast(intake());
    ASSERT_TRUE(lockedFast.exec(u"PRAGMA busy_timeout = 0"_s)); // a lock held would fail at once, not wait
    EXPECT_EQ(store({event(u"during"_s)}), QList<bool>{true});
    ASSERT_TRUE(worker->commit());
    EXPECT_EQ(load(10), 1);
}

TEST_F(WebhookInboxTest, TellsWhetherAStoresDeliveryIsOnItsWay)
{
    store({event(u"order.created:1487302251:99:abc"_s)});
    EXPECT_TRUE(WebhookInbox::holds(db(), kStore, u"order.created:1487302251:99:%"_s).value_or(false));
    EXPECT_FALSE(WebhookInbox::holds(db(), kStore, u"order.created:1487302251:98:%"_s).value_or(true));
    EXPECT_FALSE(WebhookInbox::holds(db(), 42, u"order.created:1487302251:99:%"_s).value_or(true));
    load(10);
    EXPECT_FALSE(WebhookInbox::holds(db(), kStore, u"order.created:1487302251:99:%"_s).value_or(true)) << "in `events` now";
}

// A database that never had an intake (a copy, a test's own file): nothing waits.
TEST(WebhookInboxWithoutIntakeTest, NothingWaitsAndNothingMoves)
{
    QString why;
    auto database = test::TestDatabase::create(test::TestEngine::Sqlite, &why);
    ASSERT_TRUE(database) << why.toStdString();
    EXPECT_FALSE(WebhookInbox::attach(database->db()).value_or(true)) << "no inbox file: nothing to attach";
    EXPECT_EQ(WebhookInbox::waiting(database->db()).value_or(WebhookInbox::Waiting{-1, 0}).count, 0);
    EXPECT_EQ(WebhookInbox::load(database->db(), 10).value_or(-1), 0);
}
