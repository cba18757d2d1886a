#include "messages/ShopperReach.h"

#include "messages/ChannelSetup.h"
#include "features/FeatureSchema.h"
#include "repositories/ConsentRepository.h"
#include "repositories/FeatureRepository.h"
#include "repositories/FeatureSecretRepository.h"
#include "repositories/PushSubscriptionRepository.h"

using namespace Qt::StringLiterals;

namespace nomo {

ShopperReach::ShopperReach(const QSqlDatabase &db, qint64 merchantId, QJsonObject settings, QStringList secretFields, ChannelReady ready,
                           bool enabled)
    : m_db(db)
    , m_merchantId(merchantId)
    , m_settings(std::move(settings))
    , m_secretFields(std::move(secretFields))
    , m_ready(std::move(ready))
    , m_enabled(enabled)
{
}

Result<ShopperReach> ShopperReach::forStore(const QSqlDatabase &db, qint64 merchantId, ChannelReady ready, const TokenCipher &cipher,
                                            const Clock &clock)
{
    const TenantContext tenant(merchantId);
    auto feature = FeatureRepository(db, tenant, clock).get(u"notifications"_s);
    if (!feature)
        return fail(feature.error());
    auto secrets = FeatureSecretRepository(db, tenant, cipher).setFields(u"notifications"_s);
    if (!secrets)
        return fail(secrets.error());
    return ShopperReach(db, merchantId, featureSchema(u"notifications"_s)->withDefaults(feature->settings), *secrets, std::move(ready),
                        feature->enabled);
}

Result<QString> ShopperReach::address(const QString &channel, const QString &email, const QString &mobile,
                                      std::optional<qint64> customerId) const
{
    if (!m_settings.value(channel).toBool() || !m_ready(channel) || !channelSetUp(channel, m_settings, m_secretFields))
        return QString();
    if (channel == u"email")
        return email.trimmed().isEmpty() ? QString() : ConsentRepository::normalize(channel, email);
    if (channel == u"push") { // the browser's permission is the opt-in; a gone subscription is none
        if (!customerId)
            return QString();
        auto subscription = PushSubscriptionRepository(m_db, TenantContext(m_merchantId)).latestFor(*customerId);
        if (!subscription)
            return fail(subscription.error());
        return *subscription ? QString::number((*subscription)->id) : QString();
    }
    if ((channel != u"sms" && channel != u"whatsapp") || mobile.isEmpty())
        return QString();
    auto consent = ConsentRepository(m_db, TenantContext(m_merchantId)).state(channel, mobile);
    if (!consent)
        return fail(consent.error());
    return consent->value_or(false) ? ConsentRepository::normalize(channel, mobile) : QString();
}

Result<std::pair<QString, QString>> ShopperReach::first(const QStringList &channels, const QString &email, const QString &mobile,
                                                        std::optional<qint64> customerId) const
{
    for (const QString &channel : channels) {
        auto to = address(channel, email, mobile, customerId);
        if (!to)
            return fail(to.error());
        if (!to->isEmpty())
            return std::pair<QString, QString>{channel, *to};
    }
    return std::pair<QString, QString>{};
}

} // namespace nomo
