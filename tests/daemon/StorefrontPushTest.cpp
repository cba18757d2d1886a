// The push opt-in: the page a shopper opens from the store (on the daemon's origin,
// where the service worker lives), its script and worker, and the subscription call
// it makes, which keeps the browser's subscription with the shopper's consent. Every
// bad field is refused by name with nothing kept; a call from anywhere but our own
// page, to a store with push off, or past the per-address limit, gets nowhere.
#include "support/ConsoleStack.h"

#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

// A browser's subscription as PushSubscription.toJSON() gives it, with RFC 8291
// Appendix A's receiver keys.
QJsonObject subscription(const QString &endpoint)
{
    QFile file(QStringLiteral(NOMO_SOURCE_DIR "/tests/data/push/rfc8291_appendix_a.json"));
    const QJsonObject rfc = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    return {{u"endpoint"_s, endpoint},
            {u"expirationTime"_s, QJsonValue()},
            {u"keys"_s, QJsonObject{{u"p256dh"_s, rfc.value(u"ua_public"_s)}, {u"auth"_s, rfc.value(u"auth_secret"_s)}}}};
}

class StorefrontPushTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_stack.daemon().setEnv(u"NOMO_STOREFRONT_SETTINGS_REFRESH_SECONDS"_s, u"0"_s);
        QString why;
        ASSERT_TRUE(m_stack.start(1, &why)) << why.toStdString();
        m_store = m_stack.storeIds().constFirst();
        m_token = m_stack.issueToken(m_store).first;
        ASSERT_TRUE(m_stack.turnFeature(m_token, "notifications", true, {{u"push"_s, true}, {u"email"_s, false}}));
        ASSERT_EQ(m_stack.simControl("events", {{u"store_id"_s, m_store}, {u"event"_s, u"customer.created"_s}}).status, 200);
        ASSERT_TRUE(m_stack.settle());
    }
    HttpReply get(const QString &path) { return RawHttp::request(m_stack.daemon().port(), "GET", path.toUtf8(), {}); }
    HttpReply post(const QJsonObject &body, QList<std::pair<QByteArray, QByteArray>> headers = {{"Sec-Fetch-Site", "same-origin"}},
                   qint64 store = 0)
    {
        headers.append(std::pair<QByteArray, QByteArray>{"Content-Type", "application/json"});
        return RawHttp::request(m_stack.daemon().port(), "POST", u"/s/%1/push"_s.arg(store ? store : m_store).toUtf8(),
                                QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
    static QJsonObject optIn(const QString &endpoint = u"https://fcm.googleapis.com/fcm/send/abc:APA91b"_s)
    {
        return {{u"subscription"_s, subscription(endpoint)}, {u"consent"_s, true},
                {u"wording"_s, u"أوافق على أن يرسل لي المتجر إشعارات على هذا المتصفح."_s}, {u"language"_s, u"ar"_s},
                {u"customer"_s, QJsonValue()}};
    }
    int kept() { return m_stack.queryValue(u"SELECT COUNT(*) FROM push_subscriptions"_s).toInt(); }

    ConsoleStack m_stack;
    qint64 m_store = 0;
    QString m_token;
};

} // namespace

TEST_F(StorefrontPushTest, ThePageNamesTheStoreCarriesTheDaemonsKeyAndRunsOnlyOurScript)
{
    const HttpReply page = get(u"/s/%1/push?lang=ar&customer=77"_s.arg(m_store));
    ASSERT_EQ(page.status, 200) << page.body.constData();
    const QString html = QString::fromUtf8(page.body);
    const QString name = m_stack.queryValue(u"SELECT name FROM merchants WHERE id = %1"_s.arg(m_store)).toString();
    EXPECT_TRUE(html.contains(name.toHtmlEscaped()));
    EXPECT_TRUE(html.contains(u"dir=\"rtl\""_s));
    EXPECT_TRUE(html.contains(u"نظام حماية البيانات الشخصية"_s));
    EXPECT_TRUE(html.contains(u"data-customer=\"77\""_s));
    const QString key = m_stack.queryValue(u"SELECT public_key FROM push_keys"_s).toString();
    ASSERT_FALSE(key.isEmpty()) << "the page made the daemon's VAPID key";
    EXPECT_TRUE(html.contains(u"data-key=\"%1\""_s.arg(key)));
    const QByteArray policy = page.headers.value("content-security-policy");
    EXPECT_TRUE(policy.contains("script-src 'self'")) << policy.constData();
    EXPECT_TRUE(policy.contains("frame-ancestors 'none'"));
    EXPECT_FALSE(html.contains(u"<script>"_s)) << "no inline script";

    const HttpReply english = get(u"/s/%1/push?lang=en"_s.arg(m_store));
    EXPECT_TRUE(QString::fromUtf8(english.body).contains(u"Allow notifications"_s));
    EXPECT_TRUE(english.body.contains("data-customer=\"\""));

    const HttpReply script = get(u"/s/push-page.js"_s);
    EXPECT_EQ(script.status, 200);
    EXPECT_TRUE(script.body.contains("pushManager.subscribe"));
    const HttpReply worker = get(u"/s/push-sw.js"_s);
    EXPECT_EQ(worker.status, 200);
    EXPECT_TRUE(worker.headers.value("content-type").startsWith("text/javascript"));
    EXPECT_EQ(worker.headers.value("cache-control"), "no-cache") << "a new worker reaches browsers on their next visit";
    EXPECT_TRUE(worker.body.contains("showNotification"));
}

TEST_F(StorefrontPushTest, AnOptInKeepsTheSubscriptionWithItsConsentAndLinksAShopperTheStoreHas)
{
    const qint64 salla = m_stack.queryValue(u"SELECT salla_id FROM customers ORDER BY id DESC LIMIT 1"_s).toLongLong();
    QJsonObject body = optIn();
    body.insert(u"customer"_s, salla);
    const HttpReply created = post(body);
    ASSERT_EQ(created.status, 201) << created.body.constData();
    EXPECT_EQ(created.json(), (QJsonObject{{u"subscribed"_s, true}})) << "nothing about the store's list is told";
    EXPECT_EQ(kept(), 1);
    EXPECT_EQ(m_stack.queryValue(u"SELECT c.salla_id FROM push_subscriptions p JOIN customers c ON c.id = p.customer_id"_s).toLongLong(), salla);
    const QString id = m_stack.queryValue(u"SELECT id FROM push_subscriptions"_s).toString();
    EXPECT_TRUE(m_stack.queryValue(u"SELECT granted FROM consents WHERE channel = 'push' AND address = '%1'"_s.arg(id)).toBool());
    EXPECT_EQ(m_stack.queryValue(u"SELECT source FROM consent_events WHERE channel = 'push'"_s).toString(), u"storefront_push"_s);
    EXPECT_TRUE(m_stack.queryValue(u"SELECT wording FROM consent_events WHERE channel = 'push'"_s).toString().contains(u"إشعارات"_s));

    // The same browser again (new keys, a shopper the store does not have): one row, still linked.
    QJsonObject again = optIn();
    again.insert(u"customer"_s, 999999999);
    EXPECT_EQ(post(again).status, 201);
    EXPECT_EQ(kept(), 1);
    EXPECT_FALSE(m_stack.queryValue(u"SELECT customer_id FROM push_subscriptions"_s).isNull()) << "an unknown claim unlinks nothing";
}

TEST_F(StorefrontPushTest, EveryBadFieldIsRefusedByNameAndNothingIsKept)
{
    const auto with = [](const QString &path, const QJsonValue &value) {
        QJsonObject body = optIn();
        QJsonObject sub = body.value(u"subscription"_s).toObject();
        QJsonObject keys = sub.value(u"keys"_s).toObject();
        if (path == u"consent" || path == u"wording" || path == u"customer")
            body.insert(path, value);
        else if (path == u"subscription.endpoint")
            sub.insert(u"endpoint"_s, value);
        else
            keys.insert(path.section(u'.', 2), value);
        sub.insert(u"keys"_s, keys);
        body.insert(u"subscription"_s, sub);
        return body;
    };
    const struct
    {
        QString field;
        QJsonValue value;
    } cases[] = {
        {u"consent"_s, false},
        {u"consent"_s, u"yes"_s},
        {u"wording"_s, u"  "_s},
        {u"wording"_s, QString(501, u'x')},
        {u"subscription.endpoint"_s, u"http://push.example.net/x"_s},
        {u"subscription.endpoint"_s, u"ftp://push.example.net/x"_s},
        {u"subscription.endpoint"_s, u"https://user:pw@push.example.net/x"_s},
        {u"subscription.endpoint"_s, QString(u"https://push.example.net/"_s + QString(1000, u'a'))},
        {u"subscription.endpoint"_s, 42},
        {u"subscription.keys.p256dh"_s, u"BCVx"_s},
        {u"subscription.keys.p256dh"_s, u"<script>"_s},
        {u"subscription.keys.p256dh"_s, QString(u"A"_s + QString(86, u'A'))},
        {u"subscription.keys.auth"_s, u"BTBZMqHH6r4Tts7J"_s},
        {u"subscription.keys.auth"_s, QJsonValue()},
        {u"customer"_s, -3},
        {u"customer"_s, u"12"_s},
    };
    for (const auto &bad : cases) {
        const HttpReply refused = post(with(bad.field, bad.value));
        EXPECT_EQ(refused.status, 422) << bad.field.toStdString() << " " << refused.body.constData();
        EXPECT_EQ(refused.json()[u"error"_s][u"field"_s].toString(), bad.field) << refused.body.constData();
    }
    EXPECT_EQ(post({}).status, 422);
    EXPECT_EQ(RawHttp::request(m_stack.daemon().port(), "POST", u"/s/%1/push"_s.arg(m_store).toUtf8(), "{not json",
                               {{"Sec-Fetch-Site", "same-origin"}, {"Content-Type", "application/json"}})
                  .status,
              400);
    EXPECT_EQ(kept(), 0);
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM consent_events WHERE channel = 'push'"_s).toInt(), 0);
}

TEST_F(StorefrontPushTest, OnlyOurOwnPageToAStoreWithPushOnMaySubscribe)
{
    // Another site's page (the browser says cross-site), or one that names another origin.
    EXPECT_EQ(post(optIn(), {{"Sec-Fetch-Site", "cross-site"}}).status, 403);
    EXPECT_EQ(post(optIn(), {{"Origin", "https://evil.example"}}).status, 403);
    EXPECT_EQ(post(optIn(), {}).status, 403) << "no word of where it came from";
    EXPECT_EQ(post(optIn(), {{"Sec-Fetch-Site", "same-origin"}}, 987654321).status, 404);
    EXPECT_EQ(kept(), 0);
    // The test client says Host: 127.0.0.1.
    EXPECT_EQ(post(optIn(), {{"Origin", "http://127.0.0.1"}}).status, 201) << "an older browser: its Origin is ours";

    ASSERT_TRUE(m_stack.turnFeature(m_token, "notifications", true, {{u"push"_s, false}, {u"email"_s, true}}));
    EXPECT_EQ(post(optIn(u"https://fcm.googleapis.com/fcm/send/other"_s)).status, 403);
    EXPECT_EQ(get(u"/s/%1/push"_s.arg(m_store)).status, 404) << "the page says push is not offered";
    EXPECT_EQ(kept(), 1);
}

TEST_F(StorefrontPushTest, OneAddressGetsTenOptInsInTenMinutes)
{
    for (int i = 0; i < 10; ++i)
        ASSERT_EQ(post(optIn(u"https://fcm.googleapis.com/fcm/send/%1"_s.arg(i))).status, 201) << i;
    const HttpReply limited = post(optIn(u"https://fcm.googleapis.com/fcm/send/eleventh"_s));
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.headers.value("retry-after"), "60");
    EXPECT_EQ(kept(), 10);
}
