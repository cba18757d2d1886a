// Background work as jobs, against a real daemon and the Salla simulator: a store's
// profile read that fails is the queue's to retry (it used to wait for the next
// start), and the job says how it went.
#include "support/RawHttp.h"
#include "support/ServerProcess.h"

#include "db/Database.h"

#include <QJsonDocument>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {
const QByteArray kSecret = "nomo-jobs-test-secret";

class BackgroundJobsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_sim.start()) << m_sim.stderrText().toStdString();
        m_daemon.setEnv(u"NOMO_SALLA_WEBHOOK_SECRET"_s, QString::fromLatin1(kSecret));
        m_daemon.setEnv(u"NOMO_SALLA_API_URL"_s, m_sim.baseUrl() + u"/admin/v2"_s);
        m_daemon.setEnv(u"NOMO_SALLA_ACCOUNTS_URL"_s, m_sim.baseUrl());
        m_daemon.setEnv(u"NOMO_JOBS_POLL_INTERVAL_MS"_s, u"50"_s);
        ASSERT_TRUE(m_daemon.start()) << m_daemon.stderrText().toStdString();
        ASSERT_EQ(control("webhooks/target", {{u"url"_s, u"http://127.0.0.1:%1/webhooks/salla"_s.arg(m_daemon.port())},
                                              {u"secret"_s, QString::fromLatin1(kSecret)}}).status, 200);
    }
    void TearDown() override { db::close(u"jobs-reader"_s); }
    HttpReply control(const QByteArray &path, const QJsonObject &body)
    {
        return RawHttp::request(m_sim.port(), "POST", "/_sim/" + path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QVariant value(const QString &sql)
    {
        QSqlDatabase db = QSqlDatabase::database(u"jobs-reader"_s, false);
        if (!db.isValid())
            db = *db::open(DatabaseUrl::sqlite(m_daemon.dataDir() + u"/nomo.db"_s), u"jobs-reader"_s);
        auto query = db::exec(db, sql);
        return query && query->next() ? query->value(0) : QVariant();
    }

    SimulatorProcess m_sim;
    DaemonProcess m_daemon;
};
} // namespace

TEST_F(BackgroundJobsTest, AFailedProfileReadIsRetriedByTheQueueUntilItWorks)
{
    // Salla's user-info is down for longer than one call's own retries (three).
    ASSERT_EQ(control("faults", {{u"fail_next"_s, 4}, {u"fail_prefix"_s, u"/oauth2/user"_s}}).status, 200);
    ASSERT_EQ(control("install", {}).status, 200);
    ASSERT_TRUE(QTest::qWaitFor([&] { return value(u"SELECT status FROM jobs WHERE kind = 'salla.profile'"_s).toString() == u"done"; },
                                30000))
        << value(u"SELECT status FROM jobs WHERE kind = 'salla.profile'"_s).toString().toStdString() << " "
        << value(u"SELECT last_error FROM jobs WHERE kind = 'salla.profile'"_s).toString().toStdString();
    EXPECT_EQ(value(u"SELECT attempts FROM jobs WHERE kind = 'salla.profile'"_s).toInt(), 2) << "one failed run, then one that worked";
    EXPECT_FALSE(value(u"SELECT email FROM merchants"_s).toString().isEmpty()) << "the profile was read in the end";
    // The failed run's log line names its job, the way a request's lines name the request.
    const QByteArray jobId = value(u"SELECT id FROM jobs WHERE kind = 'salla.profile'"_s).toByteArray();
    const QByteArray label = QByteArray("[job ") + jobId + " salla.profile]";
    bool named = false;
    for (const QByteArray &line : m_daemon.stderrText().split('\n'))
        named = named || (line.contains("failed") && line.contains(label));
    EXPECT_TRUE(named) << m_daemon.stderrText().toStdString();
}
