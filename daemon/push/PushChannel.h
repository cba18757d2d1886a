#pragma once

#include "messages/Channel.h"
#include "outbound/OutboundCall.h"

namespace nomo {

class OutboundCaller;

// Shoppers' Web Push (RFC 8030) to the browser's push service at its subscription's
// endpoint: the notification (title, body, the tracked link, language and direction)
// encrypted to the subscription's keys (RFC 8291, aes128gcm), signed with the daemon's
// VAPID key (RFC 8292), with a TTL of a day and a Topic per cart or message, so a
// resend after an unclear failure replaces the earlier notification rather than
// showing twice. 404 and 410 mean the subscription is gone (MessageSender ends it).
class PushChannel final : public Channel
{
public:
    PushChannel(OutboundCaller &caller, QString contact); // contact: "mailto:…" for the push services

    QString provider() const override { return QStringLiteral("push"); }
    bool ready() const override { return true; }
    void send(const Message &message, const Envelope &envelope, std::function<void(SendOutcome)> done) override;

    // What the push service's answer means (public for the tests).
    static SendOutcome outcome(const OutboundReply &reply);

private:
    OutboundCaller &m_caller;
    QString m_contact;
};

} // namespace nomo
