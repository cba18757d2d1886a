// The sign-in pages in a real browser: Debian's Chromium, headless, driven by
// playwright-core (tests/browser/signin_flow.js) against a real daemon, the Salla
// simulator and the SMTP double. The script plays the console (PKCE, loopback
// listener, token exchange) and the merchant (form, emailed link).
#include "support/ConsoleStack.h"
#include "support/SmtpSink.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {
const QString kBrowserDir = QStringLiteral(NOMO_SOURCE_DIR "/tests/browser");
} // namespace

TEST(SignInBrowser, AMerchantSignsInThroughTheArabicPageAndTheEmailedLink)
{
    const bool haveBrowser = QFileInfo::exists(u"/usr/bin/chromium"_s) && QFileInfo::exists(kBrowserDir + u"/node_modules/playwright-core"_s);
    if (!haveBrowser) {
        if (qEnvironmentVariable("NOMO_TEST_REQUIRE_BROWSER") == u"1")
            FAIL() << "chromium or tests/browser/node_modules is missing (scripts/setup installs both)";
        GTEST_SKIP() << "no Chromium/playwright-core here; scripts/test installs them";
    }
    SmtpSink smtp;
    ASSERT_TRUE(smtp.start()) << smtp.stderrText().toStdString();
    ConsoleStack stack;
    smtp.configure(stack.daemon());
    QString why;
    ASSERT_TRUE(stack.start(1, &why)) << why.toStdString();
    const qint64 store = stack.storeIds().constFirst();

    QProcess node;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DAEMON_URL"_s, u"http://127.0.0.1:%1"_s.arg(stack.daemon().port()));
    env.insert(u"STORE_EMAIL"_s, stack.merchantEmail(store));
    env.insert(u"MAIL_DIR"_s, smtp.mailDir());
    if (qEnvironmentVariableIsSet("NOMO_SCREENSHOT_DIR")) // docs/screenshots, when refreshing them
        env.insert(u"SCREENSHOT_DIR"_s, qEnvironmentVariable("NOMO_SCREENSHOT_DIR"));
    node.setProcessEnvironment(env);
    node.setWorkingDirectory(kBrowserDir);
    node.start(u"node"_s, {u"signin_flow.js"_s});
    ASSERT_TRUE(node.waitForFinished(90000)) << "the browser run did not finish";
    const QByteArray out = node.readAllStandardOutput();
    const QJsonObject result = QJsonDocument::fromJson(out.trimmed().split('\n').constLast()).object();
    ASSERT_TRUE(result[u"ok"_s].toBool()) << out.toStdString() << node.readAllStandardError().toStdString();

    EXPECT_EQ(result[u"dir_ar"_s].toString(), u"rtl"_s);
    EXPECT_EQ(result[u"direction_ar"_s].toString(), u"rtl"_s);
    EXPECT_EQ(result[u"dir_en"_s].toString(), u"ltr"_s);
    EXPECT_EQ(result[u"title_ar"_s].toString(), u"تسجيل الدخول إلى نمو فلو"_s);
    EXPECT_EQ(result[u"after_submit"_s].toString(), u"تحقق من بريدك"_s);
    EXPECT_TRUE(result[u"state_matches"_s].toBool());
    // The token the browser flow ended in works.
    const HttpReply devices = stack.api("GET", "/api/v1/devices", result[u"access_token"_s].toString());
    EXPECT_EQ(devices.status, 200);
    EXPECT_TRUE(devices.body.contains("Browser test"));
}
