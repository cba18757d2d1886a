// The console's SignInFlow against the real daemon: its /signin page, the emailed
// one-time link through a real SMTP exchange (the SMTP double), the daemon's 302 to the
// console's loopback receiver, and the PKCE exchange. The "browser" is a thread that
// walks the pages as a merchant would; the flow runs on this thread's event loop.
#include "api/ApiClient.h"
#include "auth/SignInFlow.h"
#include "support/ConsoleStack.h"
#include "support/SmtpSink.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrl>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

TEST(RealDaemonSignIn, TheConsoleSignsInThroughTheDaemonsPageAndTheEmailedLink)
{
    SmtpSink smtp;
    ASSERT_TRUE(smtp.start()) << smtp.stderrText().toStdString();
    ConsoleStack stack;
    smtp.configure(stack.daemon());
    QString why;
    ASSERT_TRUE(stack.start(1, &why)) << why.toStdString();
    const qint64 store = stack.storeIds().constFirst();
    const QString email = stack.merchantEmail(store);
    const quint16 daemonPort = stack.daemon().port();

    ApiClient api(QUrl(u"http://127.0.0.1:%1"_s.arg(daemonPort)));
    SignInFlow flow(api);
    flow.setDeviceName(u"مكتب المتجر"_s);
    std::thread browser;
    std::atomic<int> browserStatus = 0; // the last HTTP status the browser saw
    flow.setBrowserOpener([&](const QUrl &url) {
        browser = std::thread([&, url] {
            const QByteArray path = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
            const HttpReply page = RawHttp::get(daemonPort, path);
            const QString request = QRegularExpression(u"name=\"request\" value=\"([^\"]+)\""_s).match(QString::fromUtf8(page.body)).captured(1);
            const HttpReply sent = RawHttp::request(daemonPort, "POST", "/signin/email",
                                                    "request=" + QUrl::toPercentEncoding(request) + "&email=" + QUrl::toPercentEncoding(email),
                                                    {{"Content-Type", "application/x-www-form-urlencoded"}});
            const QString mail = smtp.waitForMessage(0);
            const QString link = QRegularExpression(u"(/signin/link\\?token=[A-Za-z0-9_-]+)"_s).match(mail).captured(1);
            const HttpReply approved = RawHttp::get(daemonPort, link.toLatin1());
            const QUrl back(QString::fromLatin1(approved.headers.value("location")));
            const HttpReply home = RawHttp::get(static_cast<quint16>(back.port()), back.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
            browserStatus = page.status == 200 && sent.status == 200 && approved.status == 302 ? home.status : -1;
        });
        return true;
    });
    QSignalSpy signedIn(&flow, &SignInFlow::signedIn);
    QSignalSpy failed(&flow, &SignInFlow::failed);
    ASSERT_TRUE(flow.start());
    const bool done = signedIn.wait(20000);
    if (browser.joinable())
        browser.join();
    ASSERT_TRUE(done) << "failed signals: " << failed.size();
    EXPECT_EQ(browserStatus.load(), 200) << "the loopback page answered the browser";

    const QString token = signedIn[0].at(0).toString();
    EXPECT_TRUE(token.startsWith(u"nomo_"_s));
    const HttpReply devices = stack.api("GET", "/api/v1/devices", token);
    ASSERT_EQ(devices.status, 200);
    EXPECT_TRUE(QString::fromUtf8(devices.body).contains(u"مكتب المتجر"_s));
}
