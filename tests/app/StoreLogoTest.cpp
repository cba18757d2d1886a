// The store's logo for the header: fetched once from Salla's address, kept in the
// data folder and shown from there offline; what is not an image changes nothing.
#include "api/StoreLogo.h"
#include "support/WebhookReceiver.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;
using nomo::test::WebhookReceiver;

namespace {
const QByteArray kLogo = R"(<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="32" fill="#7A3E9D"/></svg>)";
}

TEST(StoreLogo, IsFetchedOnceAndShownFromTheDataFolderAfterwards)
{
    WebhookReceiver server;
    server.scriptAnswers({WebhookReceiver::Answer{200, {{"Content-Type", "image/svg+xml"}}, kLogo, false, false}});
    QTemporaryDir data;
    const QString url = u"http://127.0.0.1:%1/logo.svg"_s.arg(server.port());
    {
        StoreLogo logo(data.path());
        QSignalSpy changed(&logo, &StoreLogo::changed);
        logo.show(url);
        ASSERT_TRUE(changed.wait(10000));
        EXPECT_FALSE(logo.current().isNull());
        EXPECT_EQ(logo.current().width(), 64);
    }
    ASSERT_EQ(server.received().size(), 1);
    // Next start, the same address: from the folder, with no request (offline works too).
    StoreLogo again(data.path());
    QSignalSpy changed(&again, &StoreLogo::changed);
    again.show(url);
    ASSERT_EQ(changed.size(), 1) << "shown at once from the data folder";
    EXPECT_FALSE(again.current().isNull());
    EXPECT_EQ(server.received().size(), 1);
}

TEST(StoreLogo, WhatIsNotAnImageOrNotHttpLeavesTheMonogram)
{
    WebhookReceiver server;
    server.scriptAnswers({WebhookReceiver::Answer{200, {}, "{\"not\": \"an image\"}", false, false}});
    QTemporaryDir data;
    StoreLogo logo(data.path());
    QSignalSpy changed(&logo, &StoreLogo::changed);
    QSignalSpy refused(&logo, &StoreLogo::notShown);
    logo.show(u"http://127.0.0.1:%1/logo.png"_s.arg(server.port()));
    ASSERT_TRUE(refused.wait(10000));
    EXPECT_EQ(refused.takeFirst().at(0).toString(), u"not an image"_s);
    EXPECT_EQ(changed.size(), 0) << "nothing to show";
    EXPECT_TRUE(logo.current().isNull());
    logo.show(u"file:///etc/passwd"_s);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_TRUE(logo.current().isNull());
    EXPECT_EQ(server.received().size(), 1) << "a file: address is never fetched";
}
