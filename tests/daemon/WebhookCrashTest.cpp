// Nothing Salla was told we accepted is lost: under a steady webhook stream the
// daemon is killed with SIGKILL several times. Afterwards every acknowledged delivery
// is processed exactly once in effect, and every unacknowledged one was redelivered
// by the simulator and processed: counts and sums in SAR match what it sold.
#include "support/RawHttp.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"

#include "db/Database.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QThread>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

qint64 unprocessed(const QString &dataDir)
{
    qint64 value = -1;
    {
        auto db = nomo::db::open(nomo::DatabaseUrl::sqlite(dataDir + u"/nomo.db"_s), u"crash-reader"_s);
        if (db)
            value = nomo::test::unprocessedEvents(*db);
    }
    nomo::db::close(u"crash-reader"_s);
    return value;
}

qint64 scalar(const QString &dataDir, const QString &sql)
{
    qint64 value = -1;
    {
        auto db = nomo::db::open(nomo::DatabaseUrl::sqlite(dataDir + u"/nomo.db"_s), u"crash-reader"_s);
        if (db) {
            auto query = nomo::db::exec(*db, sql);
            if (query && query->next())
                value = query->value(0).toLongLong();
        }
    }
    nomo::db::close(u"crash-reader"_s);
    return value;
}

} // namespace

TEST(WebhookCrash, KillNineUnderAStreamLosesAndDoublesNothing)
{
    SimulatorProcess sim;
    // Retries 400 ms apart, three of them: a daemon back within a second gets every one.
    // Salla tries three more times, minutes apart; compressed to a second so a restart
    // under a loaded machine (ctest -j) still lands inside them.
    ASSERT_TRUE(sim.start({u"--retry-interval-ms"_s, u"1000"_s, u"--seed"_s, u"99"_s})) << sim.stderrText().toStdString();
    const quint16 port = freePort();
    DaemonProcess daemon;
    daemon.setEnv(u"NOMO_HTTP_LISTEN"_s, u"127.0.0.1:%1"_s.arg(port));
    daemon.setEnv(u"NOMO_SALLA_WEBHOOK_SECRET"_s, u"crash-secret"_s);
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    auto control = [&](const QByteArray &path, const QJsonObject &body) {
        return RawHttp::request(sim.port(), "POST", "/_sim/" + path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    ASSERT_EQ(control("webhooks/target",
                      {{u"url"_s, u"http://127.0.0.1:%1/webhooks/salla"_s.arg(port)}, {u"secret"_s, u"crash-secret"_s}})
                  .status,
              200);
    ASSERT_EQ(control("install", {}).status, 200);

    int kills = 0;
    for (int round = 0; round < 12; ++round) {
        ASSERT_EQ(control("tick", {{u"steps"_s, 15}}).status, 200);
        if (round % 3 == 1) {
            // Killed with deliveries in flight, and the store goes on selling while the
            // daemon is down: those deliveries fail until Salla's retries find it back.
            daemon.process().kill(); // SIGKILL: no shutdown code runs
            daemon.process().waitForFinished(5000);
            ++kills;
            ASSERT_EQ(control("tick", {{u"steps"_s, 10}}).status, 200);
            QThread::msleep(100);
            ASSERT_TRUE(daemon.start()) << "restart " << kills << ": " << daemon.stderrText().toStdString();
        } else {
            QThread::msleep(40);
        }
    }
    ASSERT_EQ(kills, 4);

    // Let retries and the worker finish.
    QJsonArray deliveries;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        deliveries = RawHttp::get(sim.port(), "/_sim/deliveries").json()[u"deliveries"_s].toArray();
        const bool settled = std::all_of(deliveries.begin(), deliveries.end(), [](const QJsonValue &d) {
            return d[u"state"_s].toString() == u"delivered" || d[u"state"_s].toString() == u"failed";
        });
        if (settled && unprocessed(daemon.dataDir()) == 0)
            break;
        QThread::msleep(100);
    }
    int delivered = 0;
    int orders = 0;
    int redelivered = 0;
    for (const QJsonValue &delivery : deliveries) {
        redelivered += delivery[u"attempts"_s].toArray().size() > 1;
        EXPECT_EQ(delivery[u"state"_s].toString(), u"delivered"_s) << "delivery " << delivery[u"id"_s].toInt() << " was lost";
        delivered += delivery[u"state"_s].toString() == u"delivered";
        orders += delivery[u"event"_s].toString() == u"order.created";
    }
    ASSERT_GT(delivered, 100);
    EXPECT_GT(redelivered, 0) << "no kill hit the stream: the test proved nothing";
    const QString dir = daemon.dataDir();
    EXPECT_EQ(scalar(dir, u"SELECT COUNT(*) FROM events"_s), delivered); // each once, whatever the redeliveries
    EXPECT_EQ(scalar(dir, u"SELECT COUNT(*) FROM events WHERE status NOT IN ('processed', 'ignored')"_s), 0);
    EXPECT_EQ(scalar(dir, u"SELECT COUNT(*) FROM orders"_s), orders);
    qint64 sold = 0;
    for (const QJsonValue &store : RawHttp::get(sim.port(), "/_sim/state").json()[u"stores"_s].toArray())
        sold += store[u"orders_total_halalas"_s].toInteger();
    EXPECT_EQ(scalar(dir, u"SELECT COALESCE(SUM(total_halalas), 0) FROM orders"_s), sold);
    EXPECT_EQ(scalar(dir, u"SELECT COUNT(*) FROM customers"_s),
              scalar(dir, u"SELECT COUNT(DISTINCT salla_id) FROM customers"_s));
}
