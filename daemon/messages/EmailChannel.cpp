#include "messages/EmailChannel.h"

#include "mail/MailTransport.h"


using namespace Qt::StringLiterals;

namespace nomo {

EmailChannel::EmailChannel(MailTransport &transport, QString fromAddress)
    : m_transport(transport)
    , m_from(std::move(fromAddress))
{
}

bool EmailChannel::ready() const
{
    return m_transport.configured();
}

QString EmailChannel::newMessageId() const
{
    return MailMessage::makeMessageId(m_from);
}

void EmailChannel::send(const Message &message, const Envelope &envelope, std::function<void(SendOutcome)> done)
{
    MailMessage mail;
    mail.fromAddress = m_from;
    mail.fromName = envelope.storeName;
    mail.replyTo = envelope.storeEmail;
    mail.to = message.recipient;
    mail.subject = message.subject;
    mail.text = message.bodyText;
    mail.html = message.bodyHtml;
    mail.messageId = message.providerMessageId; // fixed at compose time
    if (message.marketing)
        mail.listUnsubscribe = envelope.unsubscribeUrl;
    m_transport.send(std::move(mail), [done = std::move(done)](const MailTransport::Result &result) {
        SendOutcome outcome;
        using Outcome = MailTransport::Result::Outcome;
        switch (result.outcome) {
        case Outcome::Sent: outcome.kind = SendOutcome::Kind::Sent; break;
        case Outcome::Temporary: outcome.kind = SendOutcome::Kind::Temporary; break;
        case Outcome::Rejected: outcome.kind = SendOutcome::Kind::Rejected; break;
        case Outcome::Configuration: outcome.kind = SendOutcome::Kind::Configuration; break;
        }
        outcome.code = result.smtpCode ? QString::number(result.smtpCode) : QString();
        outcome.detail = result.detail;
        outcome.providerMessageId = result.messageId;
        done(outcome);
    });
}

} // namespace nomo
