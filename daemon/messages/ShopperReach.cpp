#include "messages/ShopperReach.h"

#include "messages/ChannelSetup.h"
#include "repositories/ConsentRepository.h"

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

Result<QString> ShopperReach::address(const QString &channel, const QString &email, const QString &mobile) const
{
    if (!m_settings.value(channel).toBool() || !m_ready(channel) || !channelSetUp(channel, m_settings, m_secretFields))
        return QString();
    if (channel == u"email")
        return email.trimmed().isEmpty() ? QString() : ConsentRepository::normalize(channel, email);
    if ((channel != u"sms" && channel != u"whatsapp") || mobile.isEmpty())
        return QString(); // push: subscriptions come with the storefront
    auto consent = ConsentRepository(m_db, TenantContext(m_merchantId)).state(channel, mobile);
    if (!consent)
        return fail(consent.error());
    return consent->value_or(false) ? ConsentRepository::normalize(channel, mobile) : QString();
}

Result<std::pair<QString, QString>> ShopperReach::first(const QStringList &channels, const QString &email, const QString &mobile) const
{
    for (const QString &channel : channels) {
        auto to = address(channel, email, mobile);
        if (!to)
            return fail(to.error());
        if (!to->isEmpty())
            return std::pair<QString, QString>{channel, *to};
    }
    return std::pair<QString, QString>{};
}

} // namespace nomo
