// SIGTERM with work under way: the daemon stops accepting, lets a claimed job finish
// within its grace, hands back what outlasts it, and exits 0 either way.
#include "support/RawHttp.h"
#include "support/ServerProcess.h"

#include "db/Database.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {
const QByteArray kSecret = "nomo-shutdown-secret";

class GracefulShutdownTest : public ::testing::Test
{
protected:
    // A store installs while Salla answers slowly: the profile read is under way when
    // the test sends SIGTERM.
    void startWithASlowProfileRead(int salla_latency_ms, int grace_ms)
    {
        ASSERT_TRUE(m_sim.start()) << m_sim.stderrText().toStdString();
        m_daemon.setEnv(u"NOMO_SALLA_WEBHOOK_SECRET"_s, QString::fromLatin1(kSecret));
        m_daemon.setEnv(u"NOMO_SALLA_API_URL"_s, m_sim.baseUrl() + u"/admin/v2"_s);
        m_daemon.setEnv(u"NOMO_SALLA_ACCOUNTS_URL"_s, m_sim.baseUrl());
        m_daemon.setEnv(u"NOMO_SHUTDOWN_GRACE_MS"_s, QString::number(grace_ms));
        m_daemon.setEnv(u"NOMO_LOG_RULES"_s, u"nomo.daemon.jobs.debug=true"_s); // "running job …"
        ASSERT_TRUE(m_daemon.start()) << m_daemon.stderrText().toStdString();
        ASSERT_EQ(control("webhooks/target", {{u"url"_s, u"http://127.0.0.1:%1/webhooks/salla"_s.arg(m_daemon.port())},
                                              {u"secret"_s, QString::fromLatin1(kSecret)}}).status, 200);
        ASSERT_EQ(control("faults", {{u"latency_ms"_s, salla_latency_ms}}).status, 200);
        ASSERT_EQ(control("install", {}).status, 200);
        ASSERT_TRUE(m_daemon.waitForLog("salla.profile attempt", 1, 20000)) << m_daemon.stderrText().toStdString();
    }
    HttpReply control(const QByteArray &path, const QJsonObject &body)
    {
        return RawHttp::request(m_sim.port(), "POST", "/_sim/" + path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QVariant afterwards(const QString &sql)
    {
        QVariant value;
        {
            auto db = db::open(DatabaseUrl::sqlite(m_daemon.dataDir() + u"/nomo.db"_s), u"shutdown-reader"_s);
            auto query = db::exec(*db, sql);
            if (query && query->next())
                value = query->value(0);
        }
        db::close(u"shutdown-reader"_s);
        return value;
    }

    SimulatorProcess m_sim;
    DaemonProcess m_daemon;
};
} // namespace

TEST_F(GracefulShutdownTest, AJobUnderWayFinishesBeforeTheDaemonExits)
{
    startWithASlowProfileRead(1500, 10000);
    EXPECT_EQ(m_daemon.terminate(20000), 0);
    EXPECT_TRUE(m_daemon.stderrText().contains("everything under way finished")) << m_daemon.stderrText().toStdString();
    EXPECT_EQ(afterwards(u"SELECT status FROM jobs WHERE kind = 'salla.profile'"_s).toString(), u"done"_s);
    EXPECT_FALSE(afterwards(u"SELECT email FROM merchants"_s).toString().isEmpty()) << "the profile read was let finish";
}

TEST_F(GracefulShutdownTest, AJobThatOutlastsTheGraceIsHandedBackAndTheExitIsStillClean)
{
    startWithASlowProfileRead(8000, 300);
    QElapsedTimer took;
    took.start();
    EXPECT_EQ(m_daemon.terminate(20000), 0);
    EXPECT_LT(took.elapsed(), 6000) << "it waited for the slow call instead of its grace";
    EXPECT_TRUE(m_daemon.stderrText().contains("jobs handed back")) << m_daemon.stderrText().toStdString();
    EXPECT_EQ(afterwards(u"SELECT status FROM jobs WHERE kind = 'salla.profile'"_s).toString(), u"pending"_s);
    EXPECT_EQ(afterwards(u"SELECT attempts FROM jobs WHERE kind = 'salla.profile'"_s).toInt(), 0) << "handing back spends no attempt";
}
