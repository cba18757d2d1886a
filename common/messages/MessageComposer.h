#pragma once

#include "core/Result.h"
#include "messages/MessageTemplate.h"
#include "templates/MessageContext.h"
#include "templates/Template.h"

#include <QList>
#include <QString>

namespace nomo {

// A message ready for its channel.
struct ComposedMessage
{
    QString subject;   // email: the subject; push: the title
    QString text;      // SMS and WhatsApp: the body; push: its body; email: the plain-text part
    QString html;      // email only: the whole document
    QString actionUrl; // where the button or the notification leads
    // WhatsApp: the approved template's name is the subject; its body's values in order
    // ({{1}}, {{2}}…) and its link button's value (what follows /r/ in actionUrl; empty: no button).
    QStringList parameters;
    QString buttonParameter;
};

// A problem in one of a template's texts.
struct TemplateFieldProblem
{
    QString field; // subject | body | action
    templates::Problem problem;
};

// Turns a template and a message's context into what is sent. The console's preview
// and the daemon's send both call compose(), so what the merchant sees is what the
// shopper gets, byte for byte. compose() adds what every message must carry and a
// merchant must not be able to forget: the sender and the reason in an email's
// footer, and for marketing the unsubscribe link (the email's footer; a last line of
// an SMS, as Saudi promotional SMS rules require).
class MessageComposer
{
public:
    static QList<TemplateFieldProblem> check(const MessageTemplate &tmpl);
    static Result<ComposedMessage> compose(const MessageTemplate &tmpl, const templates::MessageContext &context);

    // WhatsApp: the template's body in Meta's positional form, to submit for approval.
    static QString whatsappForm(const MessageTemplate &tmpl);

    // The line an SMS ends with for marketing, in the template's language.
    static QString smsOptOutLine(const QString &language, const QString &unsubscribeUrl);
};

} // namespace nomo
