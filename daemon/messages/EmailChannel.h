#pragma once

#include "messages/Channel.h"

namespace nomo {

class MailTransport;

// Shoppers' email through the daemon's SMTP relay (mail/MailTransport): From is the
// daemon's address with the store's name (the relay's domain is the one SPF and DKIM
// vouch for), Reply-To the store's email, and the one-click unsubscribe headers
// (RFC 8058) on marketing. The Message-ID composed for the message's first attempt
// is sent on every retry, so a receiver can tell a resend from a new message.
class EmailChannel final : public Channel
{
public:
    EmailChannel(MailTransport &transport, QString fromAddress);

    QString provider() const override { return QStringLiteral("smtp"); }
    bool ready() const override;
    QString newMessageId() const override;
    void send(const Message &message, const Envelope &envelope, std::function<void(SendOutcome)> done) override;

private:
    MailTransport &m_transport;
    QString m_from;
};

} // namespace nomo
