// The storefront's scripts as the daemon serves them: within their budgets (the
// loader 2 KB gzipped with every tool on, each module 6 KB), the loader naming only
// the modules of the tools that are on, and merchant text carried as JSON data.
#include "reports/Holdout.h"
#include "storefront/StorefrontHoldout.h"
#include "storefront/StorefrontStores.h"
#include "storefront/WidgetScripts.h"

#include "features/FeatureSchema.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
// gzip's size: deflate's stream plus its 18 bytes of header and trailer (qCompress
// adds 4 bytes of length and zlib's 6 instead).
qsizetype gzippedSize(const QByteArray &bytes)
{
    return qCompress(bytes, 9).size() - 4 - 6 + 18;
}

PublicStore storeWith(const QStringList &tools)
{
    PublicStore store;
    store.id = 1487302251;
    store.name = u"متجر نورة للعطور"_s;
    for (const QString &tool : tools)
        store.tools.insert(tool, featureSchema(tool)->withDefaults({}));
    return store;
}

QStringList modulesOf(const QByteArray &loader)
{
    QStringList names;
    static const QRegularExpression module(u"/s/w/([a-z]+)\\.[0-9a-f]{10}\\.js"_s);
    for (auto it = module.globalMatch(QString::fromUtf8(loader)); it.hasNext();)
        names << it.next().captured(1);
    return names;
}
} // namespace

TEST(StorefrontScripts, TheLoaderAndEveryModuleAreWithinTheirBudgets)
{
    const WidgetScripts scripts;
    PublicStore everything = storeWith(StorefrontStores::storefrontTools());
    everything.pushOn = true;
    const QByteArray loader = scripts.loaderFor(everything, StorefrontHoldout{});
    EXPECT_LE(gzippedSize(loader), 2048) << "the loader, every tool on with its default words";
    EXPECT_EQ(modulesOf(loader), (QStringList{u"ui"_s, u"visits"_s, u"counter"_s, u"collector"_s, u"toast"_s, u"push"_s}));
    const QStringList files = scripts.moduleFiles();
    ASSERT_EQ(files.size(), 6);
    for (const QString &file : files) {
        const auto body = scripts.module(file);
        ASSERT_TRUE(body) << file.toStdString();
        EXPECT_LE(gzippedSize(*body), 6 * 1024) << file.toStdString();
        RecordProperty(file.section(u'.', 0, 0).toStdString() + "_gzip_bytes", static_cast<int>(gzippedSize(*body)));
    }
    RecordProperty("loader_gzip_bytes", static_cast<int>(gzippedSize(loader)));
    // Served at fixed addresses, on the daemon's origin.
    EXPECT_LE(gzippedSize(scripts.pushPage()), 6 * 1024);
    EXPECT_LE(gzippedSize(scripts.serviceWorker()), 6 * 1024);
    RecordProperty("push_page_gzip_bytes", static_cast<int>(gzippedSize(scripts.pushPage())));
    RecordProperty("service_worker_gzip_bytes", static_cast<int>(gzippedSize(scripts.serviceWorker())));
}

TEST(StorefrontScripts, TheLoaderNamesOnlyTheModulesOfTheToolsThatAreOn)
{
    const WidgetScripts scripts;
    EXPECT_EQ(modulesOf(scripts.loaderFor(storeWith({}), StorefrontHoldout{})), QStringList{});
    EXPECT_FALSE(scripts.loaderFor(storeWith({}), StorefrontHoldout{}).contains("NomoFlow")) << "nothing runs when every tool is off";
    EXPECT_EQ(modulesOf(scripts.loaderFor(storeWith({u"visitor_data"_s}), StorefrontHoldout{})), QStringList{u"visits"_s}) << "no look to share";
    EXPECT_EQ(modulesOf(scripts.loaderFor(storeWith({u"latest_purchase"_s}), StorefrontHoldout{})), (QStringList{u"ui"_s, u"toast"_s}));
    EXPECT_EQ(modulesOf(scripts.loaderFor(storeWith({u"email_collector"_s, u"visitor_counter"_s}), StorefrontHoldout{})),
              (QStringList{u"ui"_s, u"visits"_s, u"counter"_s, u"collector"_s}));
    PublicStore push = storeWith({});
    push.pushOn = true;
    EXPECT_EQ(modulesOf(scripts.loaderFor(push, StorefrontHoldout{})), (QStringList{u"ui"_s, u"push"_s})) << "notifications with push on offer it";
}

TEST(StorefrontScripts, AVisitorHeldBackFromAToolGetsNeitherItsModuleNorItsSettings)
{
    const WidgetScripts scripts;
    const PublicStore store = storeWith({u"email_collector"_s, u"latest_purchase"_s});
    StorefrontHoldout holdout;
    holdout.on = holdout::storefrontBit(u"email_collector"_s) | holdout::storefrontBit(u"latest_purchase"_s);
    holdout.held = holdout::storefrontBit(u"latest_purchase"_s);
    const QByteArray loader = scripts.loaderFor(store, holdout);
    EXPECT_EQ(modulesOf(loader), (QStringList{u"ui"_s, u"collector"_s}));
    EXPECT_FALSE(loader.contains("latest_purchase")) << "the held tool's settings stay out too";
}

TEST(StorefrontScripts, OneVisitorIsAlwaysInTheSameGroupAndAboutTheShareIsHeldBack)
{
    PublicStore store = storeWith({u"email_collector"_s, u"latest_purchase"_s, u"visitor_counter"_s});
    int held = 0;
    int heldBoth = 0;
    const int visitors = 20000;
    for (int i = 0; i < visitors; ++i) {
        const QString client = u"10.%1.%2.%3"_s.arg(i / 65536).arg(i / 256 % 256).arg(i % 256);
        const auto first = StorefrontHoldout::of(store, client, "Mozilla/5.0 (iPhone)");
        const auto again = StorefrontHoldout::of(store, client, "Mozilla/5.0 (iPhone)");
        ASSERT_EQ(first.held, again.held) << "a stable hash, not a draw";
        EXPECT_EQ(first.on, 7);
        held += first.holds(u"email_collector"_s);
        heldBoth += first.holds(u"email_collector"_s) && first.holds(u"latest_purchase"_s);
    }
    // The default 5%: 1,000 of 20,000 expected, σ ≈ 31.
    EXPECT_GT(held, 850);
    EXPECT_LT(held, 1150);
    // Each tool draws its own group: both at once is about 5% of 5%.
    EXPECT_LT(heldBoth, 110);
    QJsonObject none = store.tools.value(u"email_collector"_s);
    none.insert(u"holdout_percent"_s, 0);
    store.tools.insert(u"email_collector"_s, none);
    for (int i = 0; i < 2000; ++i)
        ASSERT_FALSE(StorefrontHoldout::of(store, u"10.0.%1.%2"_s.arg(i / 256).arg(i % 256), "x").holds(u"email_collector"_s))
            << "a share of zero holds nobody back";
}

TEST(StorefrontScripts, MerchantWordsTravelAsDataNotCode)
{
    const WidgetScripts scripts;
    PublicStore store = storeWith({u"email_collector"_s});
    QJsonObject settings = store.tools.value(u"email_collector"_s);
    settings.insert(u"headline_ar"_s, u"</script><script>alert(1)</script>\"});alert(2);({\""_s);
    store.tools.insert(u"email_collector"_s, settings);
    const QByteArray loader = scripts.loaderFor(store, StorefrontHoldout{});
    // The words sit inside one JSON string: its quotes escaped, nothing closes it early.
    const qsizetype start = loader.indexOf("var c = ") + 8;
    const qsizetype end = loader.indexOf(";\n", start);
    const QJsonDocument config = QJsonDocument::fromJson(loader.mid(start, end - start));
    ASSERT_TRUE(config.isObject()) << loader.mid(start, end - start).constData();
    EXPECT_EQ(config[u"tools"_s][u"email_collector"_s][u"headline_ar"_s].toString(), settings.value(u"headline_ar"_s).toString());
    EXPECT_EQ(config[u"name"_s].toString(), u"متجر نورة للعطور"_s);
}
