#include "storefront/StorefrontStores.h"

#include "features/FeatureSchema.h"
#include "logging/Logging.h"
#include "messages/MessageContextBuilder.h"
#include "repositories/FeatureRepository.h"
#include "repositories/MerchantRepository.h"

#include <QJsonArray>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr int kMaxKept = 20000; // stores (and made-up ids) remembered at most
}

StorefrontStores::StorefrontStores(QString connectionName, QStringList extraOrigins, const Clock &clock, qint64 keepMs)
    : m_connection(std::move(connectionName))
    , m_extraOrigins(std::move(extraOrigins))
    , m_clock(clock)
    , m_keepMs(keepMs)
{
}

const QStringList &StorefrontStores::storefrontTools()
{
    static const QStringList tools{u"visitor_data"_s, u"visitor_counter"_s, u"email_collector"_s, u"latest_purchase"_s};
    return tools;
}

std::shared_ptr<const PublicStore> StorefrontStores::find(const QString &storeArg)
{
    bool ok = false;
    const qint64 id = storeArg.toLongLong(&ok);
    if (!ok || id <= 0)
        return nullptr;
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    if (auto kept = m_kept.constFind(id); kept != m_kept.cend() && now - kept->atMs < m_keepMs && now >= kept->atMs)
        return kept->store;
    if (m_kept.size() >= kMaxKept)
        m_kept.clear();
    auto store = read(id);
    m_kept.insert(id, Kept{store, now});
    return store;
}

std::shared_ptr<const PublicStore> StorefrontStores::read(qint64 id) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto merchant = MerchantRepository(db, m_clock).find(id);
    if (!merchant || !*merchant || (*merchant)->status == Merchant::Status::Uninstalled)
        return nullptr;
    auto store = std::make_shared<PublicStore>();
    store->id = id;
    store->name = (*merchant)->name;
    store->address = MessageContextBuilder::storeUrl((*merchant)->domain, (*merchant)->username);
    store->origins = StoreOrigins(store->address, m_extraOrigins);
    auto features = FeatureRepository(db, TenantContext(id), m_clock).list();
    if (!features) {
        // The store is known; its tools are read again at the next interval.
        qCWarning(lcStorefront).noquote() << "could not read store" << id << "features:" << features.error().detail;
        return store;
    }
    bool welcomes = false;
    QJsonArray phoneChannels; // SMS and WhatsApp the store sends: the collector may ask for a number
    for (const FeatureState &feature : *features) {
        if (!feature.enabled)
            continue;
        const FeatureSchema *schema = featureSchema(feature.key);
        const QJsonObject settings = schema ? schema->withDefaults(feature.settings) : feature.settings;
        if (storefrontTools().contains(feature.key))
            store->tools.insert(feature.key, settings);
        else if (feature.key == u"notifications") {
            store->pushOn = settings.value(u"push"_s).toBool();
            welcomes = settings.value(u"email"_s).toBool() && settings.value(u"welcome_message"_s).toBool();
            for (const QString &channel : {u"sms"_s, u"whatsapp"_s})
                if (settings.value(channel).toBool())
                    phoneChannels.append(channel);
        }
    }
    // The collector promises its reward only when a welcome email will carry it.
    if (auto collector = store->tools.find(u"email_collector"_s); collector != store->tools.end())
        collector->insert(u"reward_percent"_s, welcomes && collector->value(u"offer_coupon"_s).toBool()
                                                   ? collector->value(u"coupon_percent"_s).toInteger(10)
                                                   : 0);
    if (auto collector = store->tools.find(u"email_collector"_s); collector != store->tools.end())
        collector->insert(u"phone_channels"_s, phoneChannels);
    return store;
}

} // namespace nomo
