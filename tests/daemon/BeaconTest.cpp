// What a storefront page may send as a beacon, and what is kept of it: the
// referrer's host only, paths without their query, bounded sizes, known event names;
// and which requests are not a person at all (crawlers, monitors, headless browsers,
// scripts, prefetches).
#include "storefront/Beacon.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
QJsonObject pageView(const QString &path)
{
    return {{u"type"_s, u"pageview"_s}, {u"path"_s, path}};
}
QString fieldAtFault(const QJsonObject &object)
{
    auto read = Beacon::read(body(object));
    EXPECT_FALSE(read);
    return read ? QString() : read.error().field;
}
} // namespace

TEST(Beacon, KeepsTheReferrersHostAndThePathWithoutItsQuery)
{
    auto read = Beacon::read(body({{u"lang"_s, u"ar-SA"_s},
                                   {u"referrer"_s, u"https://www.google.com/search?q=sara%40example.com"_s},
                                   {u"utm_source"_s, u"instagram"_s},
                                   {u"utm_medium"_s, u"social"_s},
                                   {u"utm_campaign"_s, u"ramadan"_s},
                                   {u"events"_s, QJsonArray{QJsonObject{{u"type"_s, u"pageview"_s}, {u"path"_s, u"/oud/p77?email=x@y.z#top"_s},
                                                                        {u"product"_s, 77}},
                                                            QJsonObject{{u"type"_s, u"event"_s}, {u"name"_s, u"cart_add"_s}, {u"path"_s, u"/oud/p77"_s}}}}}));
    ASSERT_TRUE(read) << read.error().detail.toStdString();
    EXPECT_EQ(read->language, u"ar"_s);
    EXPECT_EQ(read->referrerHost, u"google.com"_s) << "not the search, which can hold anything";
    EXPECT_EQ(read->utmSource, u"instagram"_s);
    EXPECT_EQ(read->utmCampaign, u"ramadan"_s);
    ASSERT_EQ(read->events.size(), 2);
    EXPECT_EQ(read->events[0].path, u"/oud/p77"_s);
    EXPECT_EQ(read->events[0].product, 77);
    EXPECT_EQ(read->events[1].kind, BeaconEvent::Kind::Event);
    EXPECT_EQ(read->events[1].name, u"cart_add"_s);
}

TEST(Beacon, RefusesWhatIsNotABeaconNamingTheField)
{
    EXPECT_EQ(Beacon::read("{\"events\":").error().code, ErrorCode::ParseError);
    EXPECT_EQ(fieldAtFault({}), u"events"_s);
    EXPECT_EQ(fieldAtFault({{u"events"_s, QJsonArray{}}}), u"events"_s);
    QJsonArray many;
    for (int i = 0; i <= Beacon::kMaxEvents; ++i)
        many.append(pageView(u"/"_s));
    EXPECT_EQ(fieldAtFault({{u"events"_s, many}}), u"events"_s);
    EXPECT_EQ(fieldAtFault({{u"events"_s, QJsonArray{pageView(u"no-slash"_s)}}}), u"events[0].path"_s);
    EXPECT_EQ(fieldAtFault({{u"events"_s, QJsonArray{pageView(u"/"_s + QString(400, u'a'))}}}), u"events[0].path"_s);
    EXPECT_EQ(fieldAtFault({{u"events"_s, QJsonArray{pageView(u"/a\u0001b"_s)}}}), u"events[0].path"_s);
    EXPECT_EQ(fieldAtFault({{u"events"_s, QJsonArray{pageView(u"/"_s), QJsonObject{{u"type"_s, u"click"_s}, {u"path"_s, u"/"_s}}}}}),
              u"events[1].type"_s);
    EXPECT_EQ(fieldAtFault({{u"events"_s, QJsonArray{QJsonObject{{u"type"_s, u"event"_s}, {u"name"_s, u"<img src=x>"_s}, {u"path"_s, u"/"_s}}}}}),
              u"events[0].name"_s);
    QJsonObject badProduct = pageView(u"/"_s);
    badProduct.insert(u"product"_s, 1.5);
    EXPECT_EQ(fieldAtFault({{u"events"_s, QJsonArray{badProduct}}}), u"events[0].product"_s);
    badProduct.insert(u"product"_s, u"77"_s);
    EXPECT_EQ(fieldAtFault({{u"events"_s, QJsonArray{badProduct}}}), u"events[0].product"_s);
    EXPECT_EQ(fieldAtFault({{u"referrer"_s, u"javascript:alert(1)"_s}, {u"events"_s, QJsonArray{pageView(u"/"_s)}}}), u"referrer"_s);
    EXPECT_EQ(fieldAtFault({{u"utm_source"_s, QString(101, u'x')}, {u"events"_s, QJsonArray{pageView(u"/"_s)}}}), u"utm_source"_s);
    EXPECT_EQ(fieldAtFault({{u"utm_medium"_s, 5}, {u"events"_s, QJsonArray{pageView(u"/"_s)}}}), u"utm_medium"_s);
    EXPECT_FALSE(Beacon::read(QByteArray(Beacon::kMaxBytes + 1, ' ')));
}

TEST(Beacon, TellsPeopleFromCrawlersMonitorsScriptsAndPrefetches)
{
    const QByteArray iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Mobile/15E148 Safari/604.1";
    const QByteArray chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
    EXPECT_FALSE(isAutomatedVisit(iphone, {}, {}));
    EXPECT_FALSE(isAutomatedVisit(chrome, {}, {}));
    for (const QByteArray &agent : {QByteArray("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
                                   QByteArray("Mozilla/5.0 (compatible; bingbot/2.0)"),
                                   QByteArray("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/126.0 Safari/537.36"),
                                   QByteArray("Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"),
                                   QByteArray("facebookexternalhit/1.1"), QByteArray("curl/7.88.1"), QByteArray("python-requests/2.31"),
                                   QByteArray("Go-http-client/1.1"), QByteArray()})
        EXPECT_TRUE(isAutomatedVisit(agent, {}, {})) << agent.constData();
    EXPECT_TRUE(isAutomatedVisit(chrome, "prefetch", {}));
    EXPECT_TRUE(isAutomatedVisit(chrome, {}, "prefetch;prerender"));

    EXPECT_EQ(deviceClassOf(iphone), u"mobile"_s);
    EXPECT_EQ(deviceClassOf(chrome), u"desktop"_s);
    EXPECT_EQ(deviceClassOf("Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15"), u"tablet"_s);
    EXPECT_EQ(deviceClassOf("Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 Chrome/126.0 Safari/537.36"), u"tablet"_s);
    EXPECT_EQ(deviceClassOf("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36"), u"mobile"_s);
}
