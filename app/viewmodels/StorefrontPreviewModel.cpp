#include "viewmodels/StorefrontPreviewModel.h"

#include "cache/CacheDatabase.h"
#include "cache/FeatureStore.h"
#include "cache/SyncStateStore.h"
#include "core/Time.h"

#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nomo {

StorefrontPreviewModel::StorefrontPreviewModel(const CacheDatabase &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    reload();
}

void StorefrontPreviewModel::reload()
{
    const FeatureStore features(m_cache);
    for (const char16_t *key : {u"visitor_counter", u"email_collector", u"latest_purchase"}) {
        const FeatureRecord record = features.effective(QString::fromUtf16(key));
        m_tools.insert(QString::fromUtf16(key), Tool{record.enabled, record.settings});
    }
    const FeatureRecord notifications = features.effective(u"notifications"_s);
    m_pushOn = notifications.enabled && notifications.settings.value(u"push"_s).toBool();
    m_welcomes = notifications.enabled && notifications.settings.value(u"email"_s).toBool()
                 && notifications.settings.value(u"welcome_message"_s).toBool(true);
    m_phoneChannels.clear();
    for (const QString &channel : {u"sms"_s, u"whatsapp"_s})
        if (notifications.enabled && notifications.settings.value(channel).toBool())
            m_phoneChannels.append(channel);
    const auto status = SyncStateStore(m_cache).status();
    m_storeName = status ? status->merchantName : QString();
    QSqlQuery q(m_cache.database());
    m_recentCity = q.exec(u"SELECT city FROM orders WHERE city IS NOT NULL AND city <> '' ORDER BY ordered_at DESC LIMIT 1"_s) && q.next()
                       ? q.value(0).toString()
                       : QString();
    m_subscribers.clear();
    if (q.exec(u"SELECT id, email, name, source, language, consent_at, unsubscribed_at, created_at FROM subscribers "
               "ORDER BY created_at DESC, id DESC LIMIT %1"_s.arg(kListed)))
        while (q.next()) {
            EmailSubscriber s;
            s.id = q.value(0).toLongLong();
            s.email = q.value(1).toString();
            s.name = q.value(2).toString();
            s.source = q.value(3).toString();
            s.language = q.value(4).toString();
            s.consentAt = time::fromStorage(q.value(5).toLongLong());
            s.unsubscribed = !q.value(6).isNull();
            if (s.unsubscribed)
                s.unsubscribedAt = time::fromStorage(q.value(6).toLongLong());
            s.createdAt = time::fromStorage(q.value(7).toLongLong());
            m_subscribers.append(s);
        }
    Q_EMIT changed();
}

StorefrontPreviewModel::Tool StorefrontPreviewModel::tool(const QString &key) const
{
    return m_tools.value(key);
}

int StorefrontPreviewModel::rewardPercent() const
{
    const QJsonObject collector = tool(u"email_collector"_s).settings;
    return m_welcomes && collector.value(u"offer_coupon"_s).toBool() ? int(collector.value(u"coupon_percent"_s).toInteger(10)) : 0;
}

QString StorefrontPreviewModel::number(qint64 n, bool arabic)
{
    return arabic ? QLocale(QLocale::Arabic, QLocale::SaudiArabia).toString(n) : QString::number(n);
}

QString StorefrontPreviewModel::counterWords(qint64 n, bool arabic, bool onProduct)
{
    const QString x = number(n, arabic);
    if (!arabic) {
        if (n == 1)
            return onProduct ? u"1 person is viewing this product now"_s : u"1 person is browsing the store now"_s;
        return x + (onProduct ? u" people are viewing this product now"_s : u" people are browsing the store now"_s);
    }
    // Arabic's plural forms, as Intl.PluralRules('ar') picks them.
    const qint64 hundred = n % 100;
    if (onProduct) {
        if (n == 1) return u"شخص واحد يشاهد هذا المنتج الآن"_s;
        if (n == 2) return u"شخصان يشاهدان هذا المنتج الآن"_s;
        if (hundred >= 3 && hundred <= 10) return x + u" أشخاص يشاهدون هذا المنتج الآن"_s;
        if (hundred >= 11) return x + u" شخصًا يشاهدون هذا المنتج الآن"_s;
        return x + u" شخص يشاهدون هذا المنتج الآن"_s;
    }
    if (n == 1) return u"شخص واحد يتصفح المتجر الآن"_s;
    if (n == 2) return u"شخصان يتصفحان المتجر الآن"_s;
    if (hundred >= 3 && hundred <= 10) return x + u" أشخاص يتصفحون المتجر الآن"_s;
    if (hundred >= 11) return x + u" شخصًا يتصفحون المتجر الآن"_s;
    return x + u" شخص يتصفحون المتجر الآن"_s;
}

QString StorefrontPreviewModel::consentWords(const QString &store, bool arabic)
{
    return arabic ? u"أوافق على أن يراسلني "_s + store
                        + u" بالعروض والأخبار على بريدي الإلكتروني، ويمكنني إلغاء الاشتراك متى شئت. تُعالَج بياناتي وفق نظام حماية البيانات الشخصية."_s
                  : u"I agree that "_s + store
                        + u" may email me offers and news, and I can unsubscribe at any time. My data is handled under the Personal Data Protection Law."_s;
}

QString StorefrontPreviewModel::rewardWords(int percent, bool arabic)
{
    // Intl.NumberFormat's percent: "١٠٪؜" in ar-SA, "10%" in English.
    if (arabic)
        return u"خصم "_s + number(percent, true) + u"٪؜ على طلبك الأول، يصلك رمزه في رسالة الترحيب."_s;
    return QString::number(percent) + u"% off your first order: the code comes in your welcome email."_s;
}

QString StorefrontPreviewModel::phoneWords(const QString &store, const QStringList &channels, bool arabic)
{
    QStringList names;
    for (const QString &channel : channels)
        names << (channel == u"sms" ? (arabic ? u"الرسائل النصية"_s : u"SMS"_s) : (arabic ? u"واتساب"_s : u"WhatsApp"_s));
    const QString list = names.join(arabic ? u" و"_s : u" and "_s);
    if (arabic)
        return u"أوافق على أن يراسلني "_s + store + u" بالعروض عبر "_s + list + u" على هذا الرقم، ويمكنني إيقافها متى شئت بالرد «إيقاف»."_s;
    return u"I agree that "_s + store + u" may send me offers by "_s + list + u" on this number, and I can stop them at any time by replying STOP."_s;
}

QString StorefrontPreviewModel::toastWho(const QString &firstName, const QString &city, bool arabic)
{
    const QString name = firstName.isEmpty() ? (arabic ? u"عميل"_s : u"A shopper"_s) : firstName;
    if (city.isEmpty())
        return name;
    return name + (arabic ? u" من "_s : u" from "_s) + city;
}

QString StorefrontPreviewModel::toastAgo(int minutes, bool arabic)
{
    // Intl.RelativeTimeFormat(…, {numeric: 'auto'}) for minutes, after "Bought".
    if (arabic) {
        const QString m = number(minutes, true);
        QString ago = u"قبل "_s + m + u" دقيقة"_s;
        if (minutes == 1)
            ago = u"قبل دقيقة واحدة"_s;
        else if (minutes == 2)
            ago = u"قبل دقيقتين"_s;
        else if (minutes % 100 >= 3 && minutes % 100 <= 10)
            ago = u"قبل "_s + m + u" دقائق"_s;
        return u"اشتُري "_s + ago;
    }
    return u"Bought "_s + (minutes == 1 ? u"1 minute ago"_s : QString(QString::number(minutes) + u" minutes ago"_s));
}

QString StorefrontPreviewModel::pushOffer(const QString &store, bool arabic)
{
    return arabic ? u"هل تريد أن يُعلمك "_s + store + u" بالعروض وأخبار طلبك بإشعار على هذا الجهاز؟"_s
                  : u"Would you like "_s + store + u" to let you know about offers and your order with a notification on this device?"_s;
}

QString StorefrontPreviewModel::words(const QJsonObject &settings, const QString &field, bool arabic)
{
    return settings.value(field + (arabic ? u"_ar"_s : u"_en"_s)).toString();
}

} // namespace nomo
