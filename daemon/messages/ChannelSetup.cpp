#include "messages/ChannelSetup.h"

#include "messages/sms/SmsChannel.h"
#include "messages/whatsapp/WhatsAppChannel.h"

using namespace Qt::StringLiterals;

namespace nomo {

bool channelSetUp(const QString &channel, const QJsonObject &settings, const QStringList &secretFields)
{
    if (channel == u"email")
        return true; // the daemon's relay, the store's name
    if (channel == u"sms")
        return SmsChannel::configured(settings, secretFields.contains(u"sms_api_key"_s));
    if (channel == u"whatsapp")
        return WhatsAppChannel::configured(settings, secretFields.contains(u"whatsapp_access_token"_s));
    return channel == u"push"; // push: the daemon's own VAPID key; each shopper's subscription is the address
}

} // namespace nomo
