// The storefront's visits, live counter, toast and scripts against a real daemon and
// the Salla simulator: a shopper's page views and events land (with no address kept)
// and count live; bots, prefetches, other origins and bad beacons get nowhere; the
// loader carries only the tools that are on and is cached by ETag; the toast's
// orders are the simulator's real ones and say nothing personal beyond a first name
// and a city.
#include "support/ConsoleStack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

const QByteArray kOrigin = "https://shop.example";
const QByteArray kIphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Mobile/15E148 Safari/604.1";
const QByteArray kDesktop = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

class StorefrontVisitsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_stack.daemon().setEnv(u"NOMO_STOREFRONT_EXTRA_ORIGINS"_s, QString::fromLatin1(kOrigin));
        m_stack.daemon().setEnv(u"NOMO_STOREFRONT_SETTINGS_REFRESH_SECONDS"_s, u"0"_s);
        m_stack.daemon().setEnv(u"NOMO_STOREFRONT_BEACONS_PER_MINUTE_PER_STORE"_s, u"40"_s);
        QString why;
        ASSERT_TRUE(m_stack.start(1, &why)) << why.toStdString();
        m_store = m_stack.storeIds().constFirst();
        m_token = m_stack.issueToken(m_store).first;
    }
    void turn(const QByteArray &feature, bool enabled, const QJsonObject &settings = {})
    {
        ASSERT_TRUE(m_stack.turnFeature(m_token, feature, enabled, settings));
    }
    QByteArray storePath(const char *tail) const { return u"/s/%1"_s.arg(m_store).toUtf8() + tail; }
    HttpReply collect(const QJsonObject &body, const QByteArray &agent = kIphone, QList<std::pair<QByteArray, QByteArray>> headers = {},
                      const QByteArray &origin = kOrigin)
    {
        using Header = std::pair<QByteArray, QByteArray>;
        headers.append(Header("Content-Type", "text/plain;charset=UTF-8"));
        headers.append(Header("Origin", origin));
        headers.append(Header("User-Agent", agent));
        return RawHttp::request(m_stack.daemon().port(), "POST", storePath("/collect"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                                headers);
    }
    HttpReply get(const QByteArray &path, QList<std::pair<QByteArray, QByteArray>> headers = {{"Origin", kOrigin}})
    {
        return RawHttp::request(m_stack.daemon().port(), "GET", path, {}, headers);
    }
    static QJsonObject view(const QString &path, qint64 product = 0)
    {
        QJsonObject event{{u"type"_s, u"pageview"_s}, {u"path"_s, path}};
        if (product)
            event.insert(u"product"_s, product);
        return event;
    }
    int count(const QString &sql) { return m_stack.queryValue(sql).toInt(); }

    ConsoleStack m_stack;
    qint64 m_store = 0;
    QString m_token;
};

} // namespace

TEST_F(StorefrontVisitsTest, AShoppersVisitLandsWithoutTheirAddressAndCountsLive)
{
    turn("visitor_data", true);
    turn("visitor_counter", true, {{u"minimum_visitors"_s, 1}, {u"pages"_s, u"all"_s}});
    const HttpReply landed = collect({{u"lang"_s, u"ar"_s},
                                      {u"referrer"_s, u"https://www.google.com/search?q=oud"_s},
                                      {u"utm_source"_s, u"instagram"_s},
                                      {u"utm_campaign"_s, u"ramadan"_s},
                                      {u"events"_s, QJsonArray{view(u"/oud/p77?ref=x"_s, 77),
                                                               QJsonObject{{u"type"_s, u"event"_s}, {u"name"_s, u"cart_add"_s},
                                                                           {u"path"_s, u"/oud/p77"_s}, {u"product"_s, 77}}}}});
    EXPECT_EQ(landed.status, 202) << landed.body.constData();
    EXPECT_EQ(landed.headers.value("access-control-allow-origin"), kOrigin);
    EXPECT_EQ(landed.headers.value("content-length"), "0") << "framed: a browser does not wait for the connection to close";
    ASSERT_TRUE(QTest::qWaitFor([&] { return count(u"SELECT COUNT(*) FROM page_views"_s) == 2; }, 10000));
    EXPECT_EQ(m_stack.queryValue(u"SELECT referrer || '|' || utm_source || '|' || utm_campaign || '|' || device || '|' || language || '|' || "
                                 "current_product || '|' || landing_path FROM visitor_sessions"_s)
                  .toString(),
              u"google.com|instagram|ramadan|mobile|ar|77|/oud/p77"_s);
    EXPECT_TRUE(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(m_stack.queryValue(u"SELECT visitor_id FROM visitor_sessions"_s).toString()).hasMatch());
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM page_views WHERE kind = 'event' AND name = 'cart_add' AND product_id = 77"_s), 1);

    // A second shopper elsewhere; the first one's ping keeps them counted and stores no view.
    EXPECT_EQ(collect({{u"events"_s, QJsonArray{view(u"/"_s)}}}, kDesktop).status, 202);
    EXPECT_EQ(collect({{u"events"_s, QJsonArray{QJsonObject{{u"type"_s, u"ping"_s}, {u"path"_s, u"/oud/p77"_s}, {u"product"_s, 77}}}}}).status,
              202);
    ASSERT_TRUE(QTest::qWaitFor([&] { return count(u"SELECT COUNT(*) FROM visitor_sessions"_s) == 2; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return get(storePath("/live?product=77")).json() == QJsonObject{{u"store"_s, 2}, {u"product"_s, 1}}; }, 10000))
        << get(storePath("/live?product=77")).body.constData();
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM page_views"_s), 3) << "the ping is presence, not a view";
    EXPECT_EQ(count(u"SELECT page_count FROM visitor_sessions WHERE current_product = 77"_s), 1);
    EXPECT_EQ(get(storePath("/live")).json(), (QJsonObject{{u"store"_s, 2}}));

    // Nothing of the address anywhere in what was stored.
    const QString everything = m_stack.queryValue(u"SELECT GROUP_CONCAT(visitor_id || COALESCE(referrer, '') || COALESCE(device, '')) "
                                                  "FROM visitor_sessions"_s).toString();
    EXPECT_FALSE(everything.contains(u"127.0.0.1"_s));

    // Below the merchant's minimum the counter shows nothing, and the endpoint says 0.
    turn("visitor_counter", true, {{u"minimum_visitors"_s, 3}, {u"pages"_s, u"all"_s}});
    EXPECT_EQ(get(storePath("/live?product=77")).json(), (QJsonObject{{u"store"_s, 0}, {u"product"_s, 0}}));
}

TEST_F(StorefrontVisitsTest, BotsPrefetchesOtherOriginsAndBadBeaconsGetNowhere)
{
    turn("visitor_data", true);
    const QJsonObject good{{u"events"_s, QJsonArray{view(u"/"_s)}}};
    for (const QByteArray &agent : {QByteArray("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
                                   QByteArray("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/126.0 Safari/537.36"),
                                   QByteArray("curl/7.88.1")})
        EXPECT_EQ(collect(good, agent).status, 202) << "a bot is not told: " << agent.constData();
    EXPECT_EQ(collect(good, kDesktop, {{"Sec-Purpose", "prefetch;prerender"}}).status, 202);

    const HttpReply elsewhere = collect(good, kDesktop, {}, "https://evil.example");
    EXPECT_EQ(elsewhere.status, 403);
    EXPECT_TRUE(elsewhere.headers.value("access-control-allow-origin").isEmpty());
    EXPECT_EQ(RawHttp::request(m_stack.daemon().port(), "POST", "/s/424242/collect", "{}", {{"Origin", kOrigin}}).status, 404);
    EXPECT_EQ(RawHttp::request(m_stack.daemon().port(), "POST", "/s/not-a-store/collect", "{}", {{"Origin", kOrigin}}).status, 404);
    const HttpReply broken = RawHttp::request(m_stack.daemon().port(), "POST", storePath("/collect"), "{\"events\":[",
                                              {{"Origin", kOrigin}, {"User-Agent", kDesktop}});
    EXPECT_EQ(broken.status, 400);
    EXPECT_EQ(broken.headers.value("access-control-allow-origin"), kOrigin) << "the page can read why";
    const HttpReply noSlash = collect({{u"events"_s, QJsonArray{view(u"javascript:alert(1)"_s)}}});
    EXPECT_EQ(noSlash.status, 422);
    EXPECT_EQ(noSlash.json()[u"error"_s][u"field"_s].toString(), u"events[0].path"_s);
    EXPECT_EQ(RawHttp::request(m_stack.daemon().port(), "POST", storePath("/collect"), QByteArray(9000, '['),
                               {{"Origin", kOrigin}, {"User-Agent", kDesktop}}).status / 100, 4);

    // A person's beacon after all of them: once it is in, nothing else is.
    EXPECT_EQ(collect(good, kDesktop).status, 202);
    ASSERT_TRUE(QTest::qWaitFor([&] { return count(u"SELECT COUNT(*) FROM page_views"_s) == 1; }, 10000));
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM visitor_sessions"_s), 1);

    // A flood into one store (40 a minute here) is turned away.
    int limited = 0;
    for (int i = 0; i < 45; ++i)
        limited += collect(good, kDesktop).status == 429;
    EXPECT_GT(limited, 0);

    // Every visit tool off: the beacons are refused.
    turn("visitor_data", false);
    EXPECT_EQ(collect(good, kDesktop).status, 403);
}

TEST_F(StorefrontVisitsTest, TheLoaderCarriesOnlyTheToolsThatAreOnAndIsCachedByItsETag)
{
    const HttpReply off = get(storePath("/widget.js"), {});
    EXPECT_EQ(off.status, 200);
    EXPECT_FALSE(off.body.contains("/s/w/")) << "every tool off: nothing is loaded";

    turn("visitor_counter", true, {{u"minimum_visitors"_s, 5}});
    const HttpReply loader = get(storePath("/widget.js"), {});
    ASSERT_EQ(loader.status, 200);
    EXPECT_TRUE(loader.headers.value("content-type").startsWith("text/javascript"));
    EXPECT_EQ(loader.headers.value("cache-control"), "private, max-age=60") << "a visitor's control groups shape it: no shared cache may keep it";
    const QByteArray etag = loader.headers.value("etag");
    ASSERT_FALSE(etag.isEmpty());
    const QRegularExpression modules(u"/s/w/([a-z]+)\\.[0-9a-f]{10}\\.js"_s);
    QStringList names, files;
    for (auto it = modules.globalMatch(QString::fromUtf8(loader.body)); it.hasNext();) {
        const auto match = it.next();
        names << match.captured(1);
        files << match.captured(0);
    }
    EXPECT_EQ(names, (QStringList{u"ui"_s, u"visits"_s, u"counter"_s})) << "the counter needs the visits, not the collector or the toast";
    EXPECT_TRUE(loader.body.contains("\"minimum_visitors\":5"));

    EXPECT_EQ(get(storePath("/widget.js"), {{"If-None-Match", etag}}).status, 304);
    const HttpReply module = get(files.constLast().toUtf8(), {});
    EXPECT_EQ(module.status, 200);
    EXPECT_EQ(module.headers.value("cache-control"), "public, max-age=31536000, immutable");
    EXPECT_TRUE(module.body.contains("NomoFlow"));
    EXPECT_EQ(get("/s/w/counter.0000000000.js", {}).status, 404) << "an old or made-up hash";

    // A setting changed: a new loader, so shoppers have it within the minute it is cached.
    turn("visitor_counter", true, {{u"minimum_visitors"_s, 8}});
    const HttpReply changed = get(storePath("/widget.js"), {{"If-None-Match", etag}});
    EXPECT_EQ(changed.status, 200);
    EXPECT_NE(changed.headers.value("etag"), etag);
    EXPECT_EQ(get("/s/424242/widget.js", {}).status, 404);
}

TEST_F(StorefrontVisitsTest, TheToastShowsRealOrdersAndNothingPersonalBeyondAFirstNameAndCity)
{
    EXPECT_EQ(get(storePath("/recent-purchases")).status, 403) << "the toast is off";
    turn("latest_purchase", true);
    EXPECT_EQ(get(storePath("/recent-purchases")).json()[u"purchases"_s].toArray().size(), 0) << "no orders yet: nothing invented";
    ASSERT_EQ(m_stack.simControl("events", {{u"store_id"_s, m_store}, {u"event"_s, u"order.created"_s}, {u"count"_s, 3}}).status, 200);
    ASSERT_TRUE(m_stack.settle());
    ASSERT_EQ(count(u"SELECT COUNT(*) FROM orders"_s), 3);
    const HttpReply hidden = get(storePath("/recent-purchases"));
    ASSERT_EQ(hidden.status, 200) << hidden.body.constData();
    const QJsonArray purchases = hidden.json()[u"purchases"_s].toArray();
    ASSERT_GE(purchases.size(), 1);
    for (const QJsonValue &p : purchases) {
        EXPECT_EQ(p.toObject().keys(), (QStringList{u"city"_s, u"image"_s, u"product"_s, u"seconds_ago"_s, u"url"_s}));
        EXPECT_FALSE(p[u"product"_s].toString().isEmpty());
        EXPECT_TRUE(p[u"image"_s].toString().startsWith(u"https://"_s));
    }
    EXPECT_EQ(purchases.size(), count(u"SELECT COUNT(*) FROM orders WHERE status NOT IN ('payment_pending', 'canceled', 'refunded', 'restored', 'restoring')"_s));

    turn("latest_purchase", true, {{u"hide_names"_s, false}});
    const HttpReply named = get(storePath("/recent-purchases"));
    const QString firstNames = m_stack.queryValue(u"SELECT GROUP_CONCAT(first_name, '|') FROM customers"_s).toString();
    for (const QJsonValue &p : named.json()[u"purchases"_s].toArray())
        EXPECT_TRUE(firstNames.split(u'|').contains(p[u"name"_s].toString())) << p[u"name"_s].toString().toStdString();
    // No public answer holds a family name, an email, a phone or an address.
    const QByteArray everything = named.body + get(storePath("/widget.js"), {}).body;
    auto rows = m_stack.queryValue(u"SELECT GROUP_CONCAT(last_name || '|' || email || '|' || mobile, '|') FROM customers"_s).toString();
    for (const QString &secret : rows.split(u'|', Qt::SkipEmptyParts))
        EXPECT_FALSE(everything.contains(secret.toUtf8())) << secret.toStdString();
    EXPECT_FALSE(everything.contains(m_stack.merchantEmail(m_store).toUtf8()));
}
