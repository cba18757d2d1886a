// Web Push end to end: an abandoned cart's reminder reaches the shopper's browser through
// its push service (the loopback double), encrypted to the subscription's keys and
// signed with the daemon's VAPID key — both read back by an implementation that shares
// no code with the daemon (Python's cryptography) — and a subscription the service says
// is gone (410) is ended and never written to again.
#include "support/ConsoleStack.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

class PushService : public ServerProcess
{
public:
    PushService()
        : ServerProcess(u"/usr/bin/python3"_s, u"listening"_s)
    {
    }
    bool start(const QStringList &gone = {})
    {
        QStringList args{QStringLiteral(NOMO_SOURCE_DIR "/tests/doubles/push/push_service.py"), dataDir() + u"/push"_s};
        for (const QString &name : gone)
            args << u"--gone"_s << name;
        return ServerProcess::start(args);
    }
    QList<QJsonObject> requests() const { return jsonLines(dataDir() + u"/push/requests.jsonl"_s); }
};

QByteArray check(const QStringList &arguments)
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s, QStringList{QStringLiteral(NOMO_SOURCE_DIR "/tests/doubles/push/webpush_check.py")} + arguments);
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        return "ERROR " + python.readAllStandardError();
    return python.readAllStandardOutput().trimmed();
}

// The browser's keys: RFC 8291 Appendix A's receiver.
QJsonObject browser()
{
    QFile file(QStringLiteral(NOMO_SOURCE_DIR "/tests/data/push/rfc8291_appendix_a.json"));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

class PushMessagesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_stack.daemon().setEnv(u"NOMO_MAIL_FROM"_s, u"messages@nomo.test"_s);
        m_stack.daemon().setEnv(u"NOMO_STOREFRONT_SETTINGS_REFRESH_SECONDS"_s, u"0"_s);
        QString why;
        ASSERT_TRUE(m_stack.start(1, &why)) << why.toStdString();
        m_store = m_stack.storeIds().constFirst();
        const QString token = m_stack.issueToken(m_store).first;
        const QByteArray body = QJsonDocument(QJsonObject{{u"enabled"_s, true},
                                                          {u"settings"_s, QJsonObject{{u"email"_s, false}, {u"push"_s, true},
                                                                                      {u"second_reminder_hours"_s, 0},
                                                                                      {u"quiet_hours_start"_s, 0}, {u"quiet_hours_end"_s, 0}}}})
                                    .toJson(QJsonDocument::Compact);
        ASSERT_EQ(m_stack.api("PUT", "/api/v1/features/notifications", token, body, {{"If-Match", "\"0\""}}).status, 200);
        ASSERT_EQ(m_stack.simControl("events", {{u"store_id"_s, m_store}, {u"event"_s, u"customer.created"_s}}).status, 200);
        ASSERT_TRUE(m_stack.settle());
        m_shopper = m_stack.queryValue(u"SELECT salla_id FROM customers ORDER BY id DESC LIMIT 1"_s).toLongLong();
    }
    // The shopper's browser subscribed at `endpoint`, through the storefront's opt-in
    // page's call (StorefrontPushTest pins the call itself).
    void subscribe(const QString &endpoint)
    {
        const QJsonObject keys = browser();
        const QJsonObject body{{u"subscription"_s, QJsonObject{{u"endpoint"_s, endpoint},
                                                                {u"keys"_s, QJsonObject{{u"p256dh"_s, keys.value(u"ua_public"_s)},
                                                                                        {u"auth"_s, keys.value(u"auth_secret"_s)}}}}},
                               {u"consent"_s, true}, {u"wording"_s, u"أوافق على إشعارات المتجر."_s}, {u"language"_s, u"ar"_s},
                               {u"customer"_s, m_shopper}};
        const HttpReply created = RawHttp::request(m_stack.daemon().port(), "POST", u"/s/%1/push"_s.arg(m_store).toUtf8(),
                                                   QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                   {{"Content-Type", "application/json"}, {"Sec-Fetch-Site", "same-origin"}});
        ASSERT_EQ(created.status, 201) << created.body.constData();
    }
    void abandonCart()
    {
        ASSERT_EQ(m_stack.simControl("events", {{u"store_id"_s, m_store}, {u"event"_s, u"abandoned.cart"_s}, {u"customer_id"_s, m_shopper}}).status, 200);
        ASSERT_TRUE(m_stack.settle());
    }
    QString status() { return m_stack.queryValue(u"SELECT status FROM messages WHERE channel = 'push' ORDER BY id DESC LIMIT 1"_s).toString(); }

    ConsoleStack m_stack;
    qint64 m_store = 0;
    qint64 m_shopper = 0;
};

} // namespace

TEST_F(PushMessagesTest, AReminderReachesTheBrowserEncryptedToItsKeysAndSignedWithVapid)
{
    PushService service;
    ASSERT_TRUE(service.start()) << service.stderrText().toStdString();
    const QString origin = u"http://127.0.0.1:%1"_s.arg(service.port());
    subscribe(origin + u"/push/sara-chrome"_s);
    abandonCart();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !service.requests().isEmpty(); }, 20000)) << m_stack.daemon().stderrText().toStdString();

    const QJsonObject request = service.requests().constFirst();
    const QJsonObject headers = request.value(u"headers"_s).toObject();
    EXPECT_EQ(headers.value(u"Content-Encoding"_s).toString(), u"aes128gcm"_s);
    EXPECT_EQ(headers.value(u"TTL"_s).toString(), u"86400"_s);
    EXPECT_TRUE(headers.value(u"Topic"_s).toString().startsWith(u"cart-"_s)) << "a later reminder of the cart replaces this one";

    const QJsonObject keys = browser();
    const QByteArray plain = check({u"decrypt"_s, request.value(u"body"_s).toString(), keys.value(u"ua_private"_s).toString(),
                                    keys.value(u"ua_public"_s).toString(), keys.value(u"auth_secret"_s).toString()});
    ASSERT_FALSE(plain.startsWith("ERROR")) << plain.constData();
    const QJsonObject notification = QJsonDocument::fromJson(QByteArray::fromBase64(plain, QByteArray::Base64UrlEncoding)).object();
    EXPECT_EQ(notification.value(u"title"_s).toString(), u"سلتك بانتظارك"_s) << plain.constData();
    EXPECT_EQ(notification.value(u"dir"_s).toString(), u"rtl"_s);
    EXPECT_TRUE(notification.value(u"url"_s).toString().contains(u"/r/"_s)) << "a tap goes through the tracked link";

    const QByteArray claims = check({u"vapid"_s, headers.value(u"Authorization"_s).toString()});
    ASSERT_FALSE(claims.startsWith("ERROR")) << claims.constData();
    const QJsonObject jwt = QJsonDocument::fromJson(claims).object();
    EXPECT_EQ(jwt.value(u"aud"_s).toString(), origin);
    EXPECT_EQ(jwt.value(u"sub"_s).toString(), u"mailto:messages@nomo.test"_s);

    ASSERT_TRUE(QTest::qWaitFor([&] { return status() == u"sent"; }, 20000)) << status().toStdString();
    EXPECT_FALSE(m_stack.queryValue(u"SELECT last_sent_at FROM push_subscriptions"_s).isNull());
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM push_keys"_s).toInt(), 1) << "one VAPID key for the daemon";
}

TEST_F(PushMessagesTest, ASubscriptionThePushServiceSaysIsGoneIsNeverWrittenToAgain)
{
    PushService service;
    ASSERT_TRUE(service.start({u"left-firefox"_s})) << service.stderrText().toStdString();
    subscribe(u"http://127.0.0.1:%1/push/left-firefox"_s.arg(service.port()));
    abandonCart();
    ASSERT_TRUE(QTest::qWaitFor([&] { return status() == u"failed"; }, 20000)) << status().toStdString();
    EXPECT_FALSE(m_stack.queryValue(u"SELECT gone_at FROM push_subscriptions"_s).isNull());
    EXPECT_EQ(service.requests().size(), 1);

    abandonCart(); // another cart: the shopper has no live subscription and no other channel
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return m_stack.queryValue(u"SELECT COUNT(*) FROM jobs WHERE kind = 'automation.abandoned_cart' AND status = 'done'"_s).toInt() == 2;
    }, 20000));
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM messages WHERE channel = 'push'"_s).toInt(), 1);
    EXPECT_EQ(service.requests().size(), 1);
}
