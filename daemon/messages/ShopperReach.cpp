#include "messages/ShopperReach.h"

#include "messages/ChannelSetup.h"
#include "repositories/ConsentRepository.h"
#include "repositories/PushSubscriptionRepository.h"

using namespace Qt::StringLiterals;

namespace nomo {

ShopperReach::ShopperReach(const QSqlDatabase &db, qint64 merchantId, QJsonObject settings, QStringList secretFields, ChannelReady ready)
    : m_db(db)
    , m_merchantId(merchantId)
    , m_settings(std::move(settings))
    , m_secretFields(std::move(secretFields))
    , m_ready(std::move(ready))
{
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
