// The console token in a real Secret Service: scripts/test runs the suite inside
// dbus-run-session with an unlocked gnome-keyring (PLATFORM.md §5).
#include "auth/TokenStore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

#include "support/KeychainCall.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::TokenStore;

namespace {
using nomo::test::waitForKeychain;
} // namespace

TEST(TokenStore, WritesReadsAndDeletesAnArabicTokenInTheKeychain)
{
    const bool required = qEnvironmentVariable("NOMO_TEST_REQUIRE_KEYCHAIN") == u"1";
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        if (required)
            FAIL() << "no D-Bus session, but scripts/test provides one with gnome-keyring";
        GTEST_SKIP() << "no D-Bus session: run under dbus-run-session with gnome-keyring (scripts/test)";
    }
    TokenStore store(u"http://127.0.0.1:8080/"_s);
    const QString token = u"tok-%1-رمز"_s.arg(QDateTime::currentMSecsSinceEpoch());
    TokenStore::Outcome wrote = TokenStore::Outcome::Failed;
    waitForKeychain([&](auto done) { store.write(token, &store, [&, done](TokenStore::Outcome o, const QString &) { wrote = o; done(); }); });
    if (wrote == TokenStore::Outcome::NoKeychain) {
        if (required)
            FAIL() << "the session bus has no Secret Service, but scripts/test starts gnome-keyring";
        GTEST_SKIP() << "the session bus has no Secret Service";
    }
    ASSERT_EQ(wrote, TokenStore::Outcome::Ok);

    TokenStore again(u"http://127.0.0.1:8080"_s); // same daemon, trailing slash or not
    QString read;
    TokenStore::Outcome readOutcome = TokenStore::Outcome::Failed;
    waitForKeychain([&](auto done) {
        again.read(&again, [&, done](TokenStore::Outcome o, const QString &t, const QString &) { readOutcome = o; read = t; done(); });
    });
    EXPECT_EQ(readOutcome, TokenStore::Outcome::Ok);
    EXPECT_EQ(read, token);

    TokenStore::Outcome removed = TokenStore::Outcome::Failed;
    waitForKeychain([&](auto done) { again.remove(&again, [&, done](TokenStore::Outcome o, const QString &) { removed = o; done(); }); });
    EXPECT_EQ(removed, TokenStore::Outcome::Ok);
    waitForKeychain([&](auto done) {
        again.read(&again, [&, done](TokenStore::Outcome o, const QString &, const QString &) { readOutcome = o; done(); });
    });
    EXPECT_EQ(readOutcome, TokenStore::Outcome::NotFound);
}

TEST(TokenStore, KeepsOneEntryPerDaemon)
{
    EXPECT_NE(TokenStore(u"http://127.0.0.1:8080"_s).entryKey(), TokenStore(u"https://shop.example"_s).entryKey());
    EXPECT_EQ(TokenStore::service(), u"nomo-flow"_s);
}

TEST(TokenStore, SaysSoWhenThereIsNoKeychain)
{
    // Each test runs in its own process (ctest), so pointing this one at a bus that is
    // not there takes the keychain away whatever the session has.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/nomo-no-bus");
    TokenStore store(u"http://127.0.0.1:8080"_s);
    TokenStore::Outcome outcome = TokenStore::Outcome::Ok;
    waitForKeychain([&](auto done) {
        store.read(&store, [&, done](TokenStore::Outcome o, const QString &, const QString &) { outcome = o; done(); });
    });
    EXPECT_EQ(outcome, TokenStore::Outcome::NoKeychain);
}
