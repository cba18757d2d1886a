// The Storefront page's previews say what the storefront's scripts say: every phrase
// the model writes is found in its script (daemon/storefront/widgets/), in both
// languages, so a change to one without the other fails here; and the model reads
// the tools as the cache has them (an edit still waiting laid over), the reward only
// when a welcome email will carry it, push only with notifications' push on.
#include "cache/FeatureStore.h"
#include "cache/SyncStateStore.h"
#include "features/FeatureSchema.h"
#include "support/CacheFixture.h"
#include "viewmodels/StorefrontPreviewModel.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {

QString script(const QString &name)
{
    QFile file(QStringLiteral(NOMO_SOURCE_DIR "/daemon/storefront/widgets/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// What stays of a phrase once the store's name and the figures are taken out: the
// pieces the script writes literally.
QStringList pieces(QString phrase, const QStringList &variables)
{
    for (const QString &v : variables)
        phrase.replace(v, u"\u0001"_s);
    QStringList out;
    for (const QString &piece : phrase.split(u'\u0001', Qt::SkipEmptyParts))
        if (piece.trimmed().size() > 1)
            out << piece;
    return out;
}

class StorefrontPreviewTest : public CacheFixture
{
protected:
    void save(const QString &key, bool enabled, const QJsonObject &settings = {})
    {
        FeatureState state{key, enabled, featureSchema(key)->withDefaults(settings), 1, QDateTime::currentDateTimeUtc()};
        ASSERT_TRUE(FeatureStore(cache()).saveServerCopy(state));
    }
};

} // namespace

TEST(StorefrontPreviewWords, EveryPhraseIsTheScriptsOwnInBothLanguages)
{
    const QString counter = script(u"counter.js"_s), collector = script(u"collector.js"_s), push = script(u"push.js"_s),
                  toast = script(u"toast.js"_s);
    ASSERT_FALSE(counter.isEmpty());
    const QString store = u"متجر نورة"_s;
    struct Case
    {
        QString phrase;
        const QString *source;
        QStringList variables;
    };
    QList<Case> cases;
    for (const qint64 n : {1, 2, 5, 12, 100})
        for (const bool arabic : {true, false})
            for (const bool product : {true, false})
                cases.append({StorefrontPreviewModel::counterWords(n, arabic, product), &counter, {StorefrontPreviewModel::number(n, arabic)}});
    for (const bool arabic : {true, false}) {
        cases.append({StorefrontPreviewModel::consentWords(store, arabic), &collector, {store}});
        cases.append({StorefrontPreviewModel::pushOffer(store, arabic), &push, {store}});
        // The channels' names are joined by the script; the words around them are its own.
        const QString sms = arabic ? u"الرسائل النصية"_s : u"SMS"_s, whatsapp = arabic ? u"واتساب"_s : u"WhatsApp"_s;
        cases.append({StorefrontPreviewModel::phoneWords(store, {u"sms"_s, u"whatsapp"_s}, arabic), &collector,
                      {store, sms + (arabic ? u" و"_s : u" and "_s) + whatsapp}});
        EXPECT_TRUE(collector.contains(sms) && collector.contains(whatsapp));
        // The toast joins who and where as the script does: name, " من ", city.
        cases.append({StorefrontPreviewModel::toastWho(QString(), QString(), arabic), &toast, {}});
        cases.append({StorefrontPreviewModel::toastWho(u"س"_s, u"ص"_s, arabic).mid(1).chopped(1), &toast, {}});
        cases.append({StorefrontPreviewModel::rewardWords(10, arabic), &collector,
                      {StorefrontPreviewModel::number(10, arabic) + (arabic ? u"٪؜"_s : u"%"_s)}});
    }
    for (const Case &c : cases)
        for (const QString &piece : pieces(c.phrase, c.variables))
            EXPECT_TRUE(c.source->contains(piece)) << "«" << piece.toStdString() << "» of «" << c.phrase.toStdString() << "»";
    EXPECT_EQ(StorefrontPreviewModel::counterWords(12, true, true), u"١٢ شخصًا يشاهدون هذا المنتج الآن"_s);
    EXPECT_EQ(StorefrontPreviewModel::counterWords(5, true, true), u"٥ أشخاص يشاهدون هذا المنتج الآن"_s);
    EXPECT_EQ(StorefrontPreviewModel::toastAgo(3, true), u"اشتُري قبل ٣ دقائق"_s);
    EXPECT_EQ(StorefrontPreviewModel::toastAgo(3, false), u"Bought 3 minutes ago"_s);
}

TEST_F(StorefrontPreviewTest, ReadsTheToolsAsTheCacheHasThem)
{
    StoreStatus status;
    status.merchantName = u"متجر نورة للعطور"_s;
    ASSERT_TRUE(SyncStateStore(cache()).setStatus(status));
    save(u"visitor_counter"_s, true, {{u"minimum_visitors"_s, 5}});
    save(u"email_collector"_s, true, {{u"coupon_percent"_s, 15}});
    save(u"notifications"_s, true, {{u"email"_s, true}, {u"push"_s, false}});
    StorefrontPreviewModel model(cache());
    EXPECT_EQ(model.storeName(), u"متجر نورة للعطور"_s);
    EXPECT_TRUE(model.tool(u"visitor_counter"_s).enabled);
    EXPECT_EQ(model.tool(u"visitor_counter"_s).settings.value(u"minimum_visitors"_s).toInt(), 5);
    EXPECT_FALSE(model.tool(u"latest_purchase"_s).enabled);
    EXPECT_EQ(model.tool(u"latest_purchase"_s).settings.value(u"max_per_visit"_s).toInt(), 3) << "defaults filled in";
    EXPECT_EQ(model.rewardPercent(), 15) << "a welcome email carries it";
    EXPECT_FALSE(model.pushOffered());
    EXPECT_EQ(model.phoneChannels(), QStringList()) << "no SMS or WhatsApp: no number asked for";

    save(u"notifications"_s, true, {{u"email"_s, false}, {u"push"_s, true}});
    model.reload();
    EXPECT_EQ(model.rewardPercent(), 0) << "no welcome email: no promise";
    EXPECT_TRUE(model.pushOffered());
    save(u"notifications"_s, true, {{u"sms"_s, true}, {u"whatsapp"_s, true}});
    model.reload();
    EXPECT_EQ(model.phoneChannels(), (QStringList{u"sms"_s, u"whatsapp"_s}));
    save(u"notifications"_s, false, {{u"push"_s, true}});
    model.reload();
    EXPECT_FALSE(model.pushOffered()) << "notifications off: nothing is offered";
}
