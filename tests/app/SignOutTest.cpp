// Signing this computer out, against the real daemon and the real keychain (scripts/test
// runs the suite with a Secret Service): the device is revoked on the daemon, so its
// token is refused from the next request on, and the token leaves the keychain.
#include "app/ConsoleController.h"
#include "auth/TokenStore.h"
#include "sync/SyncEngine.h"
#include "support/ConsoleStack.h"
#include "ui/DashboardWindow.h"

#include <QEventLoop>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "support/KeychainCall.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {
using nomo::test::waitForKeychain;
} // namespace

TEST(SignOut, RevokesThisDeviceOnTheDaemonAndRemovesTheTokenFromTheKeychain)
{
    const bool required = qEnvironmentVariable("NOMO_TEST_REQUIRE_KEYCHAIN") == u"1";
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        if (required)
            FAIL() << "no D-Bus session, but scripts/test provides one with gnome-keyring";
        GTEST_SKIP() << "no D-Bus session: run under dbus-run-session with gnome-keyring (scripts/test)";
    }
    ConsoleStack stack;
    QString why;
    ASSERT_TRUE(stack.start(1, &why)) << why.toStdString();
    const QString token = stack.issueToken(stack.storeIds().constFirst(), u"the laptop"_s).first;
    ASSERT_FALSE(token.isEmpty());
    const QUrl daemon(u"http://127.0.0.1:%1"_s.arg(stack.daemon().port()));

    // Signed in on this computer: the token is in the keychain, as a browser sign-in leaves it.
    TokenStore keychain(daemon.toString());
    TokenStore::Outcome wrote = TokenStore::Outcome::Failed;
    waitForKeychain([&](auto done) { keychain.write(token, &keychain, [&, done](TokenStore::Outcome o, const QString &) { wrote = o; done(); }); });
    if (wrote == TokenStore::Outcome::NoKeychain) {
        if (required)
            FAIL() << "the session bus has no Secret Service, but scripts/test starts gnome-keyring";
        GTEST_SKIP() << "the session bus has no Secret Service";
    }
    ASSERT_EQ(wrote, TokenStore::Outcome::Ok);

    QTemporaryDir data;
    auto controller = ConsoleController::create({daemon, data.path(), true});
    ASSERT_TRUE(controller.has_value());
    QSignalSpy synced(&(*controller)->engine(), &SyncEngine::passFinished);
    (*controller)->start(); // reads the keychain, syncs (the devices list included)
    ASSERT_TRUE(synced.wait(15000));
    ASSERT_EQ(stack.api("GET", "/api/v1/status", token).status, 200);

    // The account page's button, as the merchant presses it.
    DashboardWindow &window = (*controller)->window();
    window.show();
    ASSERT_TRUE(window.showPage(u"account"_s));
    auto *signOut = window.findChild<QPushButton *>(u"signOutButton"_s);
    ASSERT_NE(signOut, nullptr);
    EXPECT_TRUE(signOut->isVisible());
    bool finished = false;
    (*controller)->signOut([&finished] { finished = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished; }, 15000));

    EXPECT_EQ(stack.api("GET", "/api/v1/status", token).status, 401) << "the daemon still takes the signed-out token";
    TokenStore::Outcome read = TokenStore::Outcome::Ok;
    waitForKeychain([&](auto done) { keychain.read(&keychain, [&, done](TokenStore::Outcome o, const QString &, const QString &) { read = o; done(); }); });
    EXPECT_EQ(read, TokenStore::Outcome::NotFound) << "the token is still in the keychain";
    EXPECT_FALSE(window.notice().isEmpty()) << "the window says it is signed out";
    EXPECT_FALSE(signOut->isVisible()) << "nothing left to sign out";
    EXPECT_EQ((*controller)->engine().status().connection, SyncStatus::Connection::SignedOut);
}
