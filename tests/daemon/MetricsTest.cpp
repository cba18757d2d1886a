// GET /metrics on a real daemon: behind its token, in Prometheus's text format (as
// promtool reads it), counting what happened: requests by route, webhooks, commits,
// jobs, and the process's own figures.
#include "support/RawHttp.h"
#include "support/ServerProcess.h"

#include "security/WebhookSignature.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

const QByteArray kToken = "scrape-token-5b1e";
const QByteArray kSecret = "nomo-metrics-secret";

class MetricsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_daemon.setEnv(u"NOMO_METRICS_TOKEN"_s, QString::fromLatin1(kToken));
        m_daemon.setEnv(u"NOMO_SALLA_WEBHOOK_SECRET"_s, QString::fromLatin1(kSecret));
        ASSERT_TRUE(m_daemon.start()) << m_daemon.stderrText().toStdString();
    }
    HttpReply scrape(const QByteArray &token = kToken)
    {
        return RawHttp::request(m_daemon.port(), "GET", "/metrics", {}, {{"Authorization", "Bearer " + token}});
    }
    // The value of one sample line, as "name{labels}" starts it; -1 when absent.
    static double sample(const QByteArray &text, const QByteArray &series)
    {
        const QByteArray prefix = series + ' ';
        for (const QByteArray &line : text.split('\n'))
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).toDouble();
        return -1;
    }

    DaemonProcess m_daemon;
};

} // namespace

TEST_F(MetricsTest, AskForTheirTokenAndAreOffWithoutOne)
{
    EXPECT_EQ(RawHttp::get(m_daemon.port(), "/metrics").status, 401);
    EXPECT_EQ(scrape("wrong-token-00000").status, 401);
    const HttpReply ok = scrape();
    EXPECT_EQ(ok.status, 200);
    EXPECT_TRUE(ok.headers.value("content-type").startsWith("text/plain; version=0.0.4"));

    DaemonProcess off;
    ASSERT_TRUE(off.start()) << off.stderrText().toStdString();
    const HttpReply refused = RawHttp::get(off.port(), "/metrics");
    EXPECT_EQ(refused.status, 404);
    EXPECT_TRUE(refused.body.contains("metrics.token"));
}

TEST_F(MetricsTest, CountWhatHappenedInPrometheusTextFormat)
{
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(RawHttp::get(m_daemon.port(), "/healthz").status, 200);
    const QByteArray event = R"({"event":"customer.created","merchant":77,"created_at":"2025-11-23T09:00:00Z","data":{"id":5}})";
    const HttpReply stored = RawHttp::request(m_daemon.port(), "POST", "/webhooks/salla", event,
                                              {{"Content-Type", "application/json"},
                                               {"X-Salla-Security-Strategy", "Signature"},
                                               {"X-Salla-Signature", nomo::WebhookSignature::sign(kSecret, event)}});
    ASSERT_EQ(stored.status, 200);
    ASSERT_EQ(RawHttp::request(m_daemon.port(), "POST", "/webhooks/salla", event, {{"Content-Type", "application/json"}}).status, 401);

    QByteArray text;
    // The event is processed by the worker after the 200, and the periodic purge runs once
    // at start among the other periodic jobs: wait for those facts.
    ASSERT_TRUE(QTest::qWaitFor([&] {
        text = scrape().body;
        return sample(text, R"(nomo_events_pending)") == 0 && sample(text, R"(nomo_events_processed_total{status="processed"})") >= 0
            && text.contains("nomo_events_processed_total")
            && sample(text, R"(nomo_jobs_finished_total{kind="merchants.purge",status="pending"})") >= 1;
    }, 15000)) << text.toStdString();
    EXPECT_EQ(sample(text, R"(nomo_http_requests_total{method="GET",route="/healthz",status="200"})"), 3);
    EXPECT_EQ(sample(text, R"(nomo_webhooks_received_total{outcome="stored"})"), 1);
    EXPECT_EQ(sample(text, R"(nomo_webhooks_received_total{outcome="refused_unauthorized"})"), 1);
    EXPECT_GE(sample(text, R"(nomo_db_commit_seconds_count{engine="sqlite"})"), 1);
    EXPECT_EQ(sample(text, "nomo_webhook_commit_seconds_count"), 1) << "one group: the refused webhook never reached the intake thread";
    EXPECT_GT(sample(text, "nomo_webhook_commit_seconds_sum"), 0);
    EXPECT_EQ(sample(text, R"(nomo_jobs{kind="merchants.purge",status="pending"})"), 1) << "the periodic purge waits for its next hour";
    EXPECT_GE(sample(text, R"(nomo_jobs_finished_total{kind="merchants.purge",status="pending"})"), 1) << "it ran once at start";
    EXPECT_GT(sample(text, "process_resident_memory_bytes"), 1e6);
    EXPECT_GT(sample(text, "process_open_fds"), 3);
    EXPECT_GE(sample(text, R"(nomo_http_request_duration_seconds_bucket{method="GET",route="/healthz",le="+Inf"})"), 3);

    // The format, as Prometheus's own tool reads it (Debian ships promtool; scripts/setup
    // takes it out of the package). Without it, every line must at least look right.
    const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
    if (!promtool.isEmpty()) {
        QProcess check;
        check.start(promtool, {u"check"_s, u"metrics"_s});
        ASSERT_TRUE(check.waitForStarted());
        check.write(text);
        check.closeWriteChannel();
        ASSERT_TRUE(check.waitForFinished(30000));
        EXPECT_EQ(check.exitCode(), 0) << check.readAllStandardOutput().toStdString() << check.readAllStandardError().toStdString();
    } else {
        static const QRegularExpression line(
            uR"(^(# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .*|[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*",?)*\})? -?[0-9.eE+Inf-]+)$)"_s);
        for (const QByteArray &l : text.split('\n')) {
            if (!l.isEmpty()) {
                EXPECT_TRUE(line.match(QString::fromUtf8(l)).hasMatch()) << l.toStdString();
            }
        }
    }
}
