// The storefront widgets in a real browser: Debian's Chromium, headless, driven by
// playwright-core (tests/browser/storefront_flow.js) on a demo page shaped like a Salla
// Twilight store that runs the App Snippet from docs/storefront/, against a real
// daemon and the Salla simulator's real orders. Every tool on: the loader loads only
// what is on, beacons land, the counter shows and moves, the toast shows a real order,
// the collector signs the shopper up with consent, and an attack in every merchant and
// shopper text renders as text. Every tool off: nothing but the loader loads. Push on:
// offered only after an action, accepted in our own window, the subscription kept.
#include "support/ConsoleStack.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {
const QString kBrowserDir = QStringLiteral(NOMO_SOURCE_DIR "/tests/browser");
const QString kAttack = u"<img src=x onerror=\"window.__xss=1\">"_s;

class StorefrontBrowserTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const bool haveBrowser = QFileInfo::exists(u"/usr/bin/chromium"_s) && QFileInfo::exists(kBrowserDir + u"/node_modules/playwright-core"_s);
        if (!haveBrowser) {
            if (qEnvironmentVariable("NOMO_TEST_REQUIRE_BROWSER") == u"1")
                FAIL() << "chromium or tests/browser/node_modules is missing (scripts/setup installs both)";
            GTEST_SKIP() << "no Chromium/playwright-core here; scripts/test installs them";
        }
        m_stack.daemon().setEnv(u"NOMO_STOREFRONT_EXTRA_ORIGINS"_s, u"https://demo-store.example"_s);
        m_stack.daemon().setEnv(u"NOMO_STOREFRONT_SETTINGS_REFRESH_SECONDS"_s, u"0"_s);
        QString why;
        ASSERT_TRUE(m_stack.start(1, &why)) << why.toStdString();
        m_store = m_stack.storeIds().constFirst();
        m_token = m_stack.issueToken(m_store).first;
    }
    void turn(const QByteArray &feature, bool enabled, QJsonObject settings = {})
    {
        // The browser is the page's one visitor, and its user agent changes with
        // Chromium's version: no control group here, or a new Chromium could put it
        // in one (StorefrontScriptsTest pins what a held-back visitor gets).
        if (feature != "visitor_data" && !settings.contains(u"holdout_percent"_s))
            settings.insert(u"holdout_percent"_s, 0);
        ASSERT_TRUE(m_stack.turnFeature(m_token, feature, enabled, settings));
    }
    QJsonObject run(const QString &scenario, const QHash<QString, QString> &more = {})
    {
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DAEMON_URL"_s, u"http://127.0.0.1:%1"_s.arg(m_stack.daemon().port()));
        env.insert(u"STORE_ID"_s, QString::number(m_store));
        env.insert(u"STORE_NAME"_s, m_stack.queryValue(u"SELECT name FROM merchants WHERE id = %1"_s.arg(m_store)).toString());
        env.insert(u"PRODUCT_ID"_s, u"1562093847"_s);
        env.insert(u"SCENARIO"_s, scenario);
        env.insert(u"SUBSCRIBER"_s, u"noura.shopper@example.com"_s);
        for (auto it = more.cbegin(); it != more.cend(); ++it)
            env.insert(it.key(), it.value());
        if (qEnvironmentVariableIsSet("NOMO_SCREENSHOT_DIR")) // docs/screenshots, when refreshing them
            env.insert(u"SCREENSHOT_DIR"_s, qEnvironmentVariable("NOMO_SCREENSHOT_DIR"));
        node.setProcessEnvironment(env);
        node.setWorkingDirectory(kBrowserDir);
        node.start(u"node"_s, {u"storefront_flow.js"_s});
        if (!node.waitForFinished(150000)) {
            ADD_FAILURE() << "the browser run did not finish";
            return {};
        }
        const QByteArray out = node.readAllStandardOutput();
        const QJsonObject result = QJsonDocument::fromJson(out.trimmed().split('\n').constLast()).object();
        EXPECT_TRUE(result[u"ok"_s].toBool()) << out.toStdString() << node.readAllStandardError().toStdString()
                                               << m_stack.daemon().stderrText().right(3000).toStdString();
        return result;
    }
    int count(const QString &sql) { return m_stack.queryValue(sql).toInt(); }

    ConsoleStack m_stack;
    qint64 m_store = 0;
    QString m_token;
};

} // namespace

TEST_F(StorefrontBrowserTest, EveryToolOnAShoppersPageShowsThemAndTheirWorkLands)
{
    // Real orders from the simulator; one shopper's name and city carry an attack.
    ASSERT_EQ(m_stack.simControl("events", {{u"store_id"_s, m_store}, {u"event"_s, u"order.created"_s}, {u"count"_s, 2}}).status, 200);
    ASSERT_TRUE(m_stack.settle());
    ASSERT_TRUE(m_stack.execute(u"UPDATE customers SET first_name = '<svg onload=window.__xss=2>' WHERE id = (SELECT MIN(id) FROM customers)"_s));
    ASSERT_TRUE(m_stack.execute(u"UPDATE orders SET city = '<img src=x onerror=window.__xss=3>'"_s));
    turn("visitor_data", true);
    turn("visitor_counter", true, {{u"minimum_visitors"_s, 1}, {u"pages"_s, u"all"_s}});
    turn("latest_purchase", true, {{u"hide_names"_s, false}, {u"first_delay_seconds"_s, 0}, {u"display_seconds"_s, 30}});
    // Every word the merchant types, in both languages, is an attack too.
    QJsonObject collector{{u"delay_seconds"_s, 1}};
    for (const char *field : {"headline", "body", "button", "thanks"})
        for (const char *lang : {"_ar", "_en"})
            collector.insert(QString(QString::fromLatin1(field) + QString::fromLatin1(lang)), QString(kAttack + QChar::fromLatin1(field[0])));
    turn("email_collector", true, collector);

    const QJsonObject result = run(u"on"_s);
    ASSERT_TRUE(result[u"ok"_s].toBool());
    EXPECT_TRUE(result[u"loader_requested"_s].toBool());
    EXPECT_EQ(result[u"modules"_s].toVariant().toStringList(),
              (QStringList{u"ui"_s, u"visits"_s, u"counter"_s, u"collector"_s, u"toast"_s}));
    EXPECT_EQ(result[u"counter_ar"_s].toString(), u"شخص واحد يشاهد هذا المنتج الآن"_s);
    EXPECT_EQ(result[u"counter_dir"_s].toString(), u"rtl"_s);
    EXPECT_EQ(result[u"counter_ar_after"_s].toString(), u"شخصان يشاهدان هذا المنتج الآن"_s) << "the second shopper is counted";
    EXPECT_EQ(result[u"counter_en"_s].toString(), u"2 people are viewing this product now"_s);
    EXPECT_EQ(result[u"counter_dir_en"_s].toString(), u"ltr"_s);

    // The toast: one of the simulator's orders, as text, linked to its product.
    const QString products = m_stack.queryValue(u"SELECT GROUP_CONCAT(product_name, '|') FROM orders"_s).toString();
    bool real = false;
    for (const QString &name : products.split(u'|'))
        real = real || result[u"toast_ar"_s].toString().contains(name);
    EXPECT_TRUE(real) << result[u"toast_ar"_s].toString().toStdString() << " / " << products.toStdString();
    EXPECT_TRUE(result[u"toast_ar"_s].toString().contains(u"<img src=x onerror=window.__xss=3>"_s)) << "the city, as text";
    EXPECT_TRUE(result[u"toast_ar"_s].toString().contains(u"اشتُري"_s));
    EXPECT_TRUE(result[u"toast_en"_s].toString().contains(u"Bought"_s));
    EXPECT_TRUE(result[u"toast_href"_s].toString().startsWith(u"https://"_s));

    // The collector: the merchant's words as text, consent required, the shopper on the list.
    EXPECT_TRUE(result[u"popup_ar"_s].toString().contains(kAttack + u"h"_s));
    EXPECT_TRUE(result[u"popup_ar"_s].toString().contains(u"نظام حماية البيانات الشخصية"_s));
    EXPECT_EQ(result[u"refused_without_consent"_s].toString(), u"يلزم وضع علامة على الموافقة للاشتراك."_s);
    EXPECT_TRUE(result[u"thanks_ar"_s].toString().contains(kAttack + u"t"_s));
    EXPECT_EQ(result[u"xss_fired"_s].toInt(), 0) << "no merchant or shopper text ran as code";
    EXPECT_EQ(result[u"injected_images"_s].toInt(), 0);
    EXPECT_FALSE(result[u"popup_again"_s].toBool()) << "a subscribed shopper is not asked again";
    EXPECT_EQ(result[u"page_errors"_s].toArray().size(), 0) << QJsonDocument(result[u"all_requests"_s].toArray()).toJson().toStdString();
    EXPECT_EQ(result[u"preview_beacons"_s].toInt(), 0) << "the merchant's own preview counts nothing";
    EXPECT_EQ(m_stack.queryValue(u"SELECT email FROM subscribers"_s).toString(), u"noura.shopper@example.com"_s);
    EXPECT_TRUE(m_stack.queryValue(u"SELECT wording FROM consent_events WHERE channel = 'email'"_s).toString().contains(u"نظام حماية البيانات الشخصية"_s));

    // Beacons: both shoppers' page views, the cart event, and the second visit's.
    ASSERT_TRUE(QTest::qWaitFor([&] { return count(u"SELECT COUNT(*) FROM page_views WHERE kind = 'event' AND name = 'cart_add'"_s) >= 1; }, 10000));
    EXPECT_GE(count(u"SELECT COUNT(*) FROM page_views WHERE kind = 'pageview' AND product_id = 1562093847"_s), 3);
    EXPECT_EQ(count(u"SELECT COUNT(DISTINCT visitor_id) FROM visitor_sessions"_s), 3) << "two shoppers and the cost run's; not the merchant";
    RecordProperty("loader_main_thread_script_ms", result[u"cost"_s][u"script_ms"_s].toInt());
    RecordProperty("loader_main_thread_task_ms", result[u"cost"_s][u"task_ms"_s].toInt());
    RecordProperty("storefront_script_bytes", result[u"cost"_s][u"bytes"_s].toInt());
    std::cout << "storefront cost: " << QJsonDocument(result[u"cost"_s].toObject()).toJson(QJsonDocument::Compact).toStdString() << "\n";
}

TEST_F(StorefrontBrowserTest, EveryToolOffNothingButTheLoaderLoads)
{
    const QJsonObject result = run(u"off"_s);
    ASSERT_TRUE(result[u"ok"_s].toBool());
    EXPECT_FALSE(result[u"nomo_defined"_s].toBool());
    EXPECT_EQ(result[u"requests"_s].toVariant().toStringList(), QStringList{u"/s/%1/widget.js"_s.arg(m_store)});
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM visitor_sessions"_s), 0);
}

TEST_F(StorefrontBrowserTest, PushIsOfferedOnlyAfterAnActionAndTheSubscriptionLandsWithTheConsent)
{
    turn("notifications", true, {{u"push"_s, true}, {u"email"_s, false}});
    ASSERT_EQ(m_stack.simControl("events", {{u"store_id"_s, m_store}, {u"event"_s, u"customer.created"_s}}).status, 200);
    ASSERT_TRUE(m_stack.settle());
    const QString shopper = m_stack.queryValue(u"SELECT salla_id FROM customers ORDER BY id DESC LIMIT 1"_s).toString();
    QFile file(QStringLiteral(NOMO_SOURCE_DIR "/tests/data/push/rfc8291_appendix_a.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject keys = QJsonDocument::fromJson(file.readAll()).object();
    const QString endpoint = u"https://fcm.googleapis.com/fcm/send/storefront-browser-test"_s;

    const QJsonObject result = run(u"push"_s, {{u"SHOPPER_ID"_s, shopper}, {u"PUSH_ENDPOINT"_s, endpoint},
                                                {u"PUSH_P256DH"_s, keys.value(u"ua_public"_s).toString()},
                                                {u"PUSH_AUTH"_s, keys.value(u"auth_secret"_s).toString()}});
    ASSERT_TRUE(result[u"ok"_s].toBool());
    const QString name = m_stack.queryValue(u"SELECT name FROM merchants WHERE id = %1"_s.arg(m_store)).toString();
    EXPECT_FALSE(result[u"offered_on_load"_s].toBool()) << "never on page load";
    EXPECT_TRUE(result[u"offer_ar"_s].toString().contains(name)) << result[u"offer_ar"_s].toString().toStdString();
    EXPECT_EQ(result[u"optin_url"_s].toString(), u"/s/%1/push?lang=ar&customer=%2"_s.arg(m_store).arg(shopper));
    EXPECT_EQ(result[u"optin_dir"_s].toString(), u"rtl"_s);
    EXPECT_TRUE(result[u"optin_text"_s].toString().contains(u"نظام حماية البيانات الشخصية"_s));
    EXPECT_EQ(result[u"key_bytes"_s].toInt(), 65) << "the daemon's VAPID key, as the browser takes it";
    EXPECT_TRUE(result[u"user_visible_only"_s].toBool());
    EXPECT_TRUE(result[u"worker"_s].toString().endsWith(u"/s/push-sw.js"_s)) << result[u"worker"_s].toString().toStdString();
    EXPECT_TRUE(result[u"optin_closed"_s].toBool());
    EXPECT_TRUE(result[u"store_told"_s].toString().contains(u"تم!"_s));
    EXPECT_FALSE(result[u"offered_again"_s].toBool()) << "a shopper who said yes is not asked again";
    EXPECT_EQ(result[u"page_errors"_s].toArray().size(), 0) << QJsonDocument(result[u"page_errors"_s].toArray()).toJson().toStdString();

    EXPECT_EQ(m_stack.queryValue(u"SELECT endpoint FROM push_subscriptions"_s).toString(), endpoint);
    EXPECT_EQ(m_stack.queryValue(u"SELECT c.salla_id FROM push_subscriptions p JOIN customers c ON c.id = p.customer_id"_s).toString(), shopper);
    EXPECT_TRUE(m_stack.queryValue(u"SELECT wording FROM consent_events WHERE channel = 'push'"_s).toString().contains(name));
}
