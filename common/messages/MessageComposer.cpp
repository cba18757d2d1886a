#include "messages/MessageComposer.h"

#include "messages/EmailLayout.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
using templates::Compiled;
using templates::Escape;
using templates::Template;
using templates::TemplateSchema;

bool arabic(const QString &language)
{
    return language.startsWith(u"ar"_s);
}

// A name inside a sentence of the other direction, isolated (ARABIC.md §1).
QString isolated(const QString &text)
{
    return u"\u2068"_s + text + u"\u2069"_s;
}

QString footer(const MessageTemplate &tmpl, const QString &store)
{
    const bool marketing = isMarketing(tmpl.automation);
    if (tmpl.automation == QStringView(automations::kConfirmSubscription))
        return arabic(tmpl.language)
            ? u"وصلتك هذه الرسالة لأن عنوانك كُتب في نموذج الاشتراك لدى «%1». إن لم تكن أنت، فتجاهلها ولن تُضاف إلى القائمة."_s.arg(isolated(store))
            : u"You are receiving this because your address was entered in %1's sign-up form. If it was not you, ignore it: you will not be added to the list."_s.arg(store);
    if (arabic(tmpl.language))
        return marketing ? u"وصلتك هذه الرسالة من «%1» لأنك اشتركت في رسائله."_s.arg(isolated(store))
                         : u"وصلتك هذه الرسالة من «%1» بخصوص طلبك."_s.arg(isolated(store));
    return marketing ? u"You are receiving this from %1 because you subscribed to its messages."_s.arg(store)
                     : u"You are receiving this from %1 about your order."_s.arg(store);
}

QString actionUrl(const MessageTemplate &tmpl, const templates::MessageContext &context)
{
    if (tmpl.automation == QStringView(automations::kConfirmSubscription) && !context.links.confirm.isEmpty())
        return context.links.confirm;
    if (tmpl.automation.startsWith(QStringView(automations::kAbandonedCart)) && context.cart)
        return context.cart->url;
    if (tmpl.automation == QStringView(automations::kOrderUpdate) && context.order && !context.order->url.isEmpty())
        return context.order->url;
    return context.links.store;
}

struct Texts
{
    std::optional<Template> subject, body, action;
};

Result<Texts> compileAll(const MessageTemplate &tmpl, QList<TemplateFieldProblem> *problems)
{
    const TemplateSchema schema = TemplateSchema::forAutomation(tmpl.automation);
    Texts texts;
    const auto one = [&](const QString &field, const QString &source, std::optional<Template> &into) {
        Compiled compiled = Template::compile(source, schema, tmpl.language);
        for (const templates::Problem &problem : std::as_const(compiled.problems))
            problems->append({field, problem});
        into = compiled.result;
    };
    one(u"subject"_s, tmpl.subject, texts.subject);
    one(u"body"_s, tmpl.body, texts.body);
    one(u"action"_s, tmpl.action, texts.action);
    if (!problems->isEmpty())
        return fail(ErrorCode::InvalidArgument, problems->front().problem.key,
                    u"%1: %2"_s.arg(problems->front().field, problems->front().problem.detail));
    return texts;
}
} // namespace

QList<TemplateFieldProblem> MessageComposer::check(const MessageTemplate &tmpl)
{
    QList<TemplateFieldProblem> problems;
    (void)compileAll(tmpl, &problems);
    if (tmpl.body.trimmed().isEmpty())
        problems.append({u"body"_s, {1, 1, u"template.empty_body"_s, {}, u"the message has no text"_s}});
    if ((tmpl.channel == QStringView(channels::kEmail) || tmpl.channel == QStringView(channels::kPush))
        && tmpl.subject.trimmed().isEmpty())
        problems.append({u"subject"_s, {1, 1, u"template.empty_subject"_s, {}, u"the message has no subject"_s}});
    if (tmpl.channel == QStringView(channels::kWhatsapp)) {
        // The subject names the approved template on Meta (lower case, digits, _).
        static const QRegularExpression kName(u"^[a-z0-9_]{1,512}$"_s);
        if (!kName.match(tmpl.subject.trimmed()).hasMatch())
            problems.append({u"subject"_s, {1, 1, u"template.whatsapp_name"_s, {},
                                            u"the name of the approved WhatsApp template: lower-case letters, digits and _"_s}});
        const templates::Compiled body = Template::compile(tmpl.body, TemplateSchema::forAutomation(tmpl.automation), tmpl.language);
        if (body.ok() && !body.result->flat())
            problems.append({u"body"_s, {1, 1, u"template.whatsapp_section"_s, {},
                                         u"a WhatsApp template is fixed text with values: sections cannot be approved by Meta"_s}});
    }
    return problems;
}

QString MessageComposer::whatsappForm(const MessageTemplate &tmpl)
{
    const templates::Compiled body = Template::compile(tmpl.body, TemplateSchema::forAutomation(tmpl.automation), tmpl.language);
    return body.ok() ? body.result->positional().trimmed() : QString();
}

QString MessageComposer::smsOptOutLine(const QString &language, const QString &unsubscribeUrl)
{
    return (arabic(language) ? u"لإلغاء الاشتراك: "_s : u"Opt out: "_s) + unsubscribeUrl;
}

Result<ComposedMessage> MessageComposer::compose(const MessageTemplate &tmpl, const templates::MessageContext &context)
{
    QList<TemplateFieldProblem> problems;
    auto texts = compileAll(tmpl, &problems);
    if (!texts)
        return fail(texts.error());
    const templates::Value value = context.toValue(tmpl.language);

    ComposedMessage message;
    message.actionUrl = actionUrl(tmpl, context);
    auto subject = texts->subject->render(value, Escape::Plain);
    auto body = texts->body->render(value, Escape::Plain);
    if (!subject)
        return fail(subject.error());
    if (!body)
        return fail(body.error());
    message.subject = subject->simplified(); // a header is one line
    message.text = body->trimmed();

    const bool marketing = isMarketing(tmpl.automation);
    if (tmpl.channel == QStringView(channels::kSms) && marketing)
        message.text += u'\n' + smsOptOutLine(tmpl.language, context.links.unsubscribe);

    if (tmpl.channel == QStringView(channels::kWhatsapp)) {
        if (!texts->body->flat())
            return fail(ErrorCode::InvalidArgument, u"template.whatsapp_section"_s,
                        u"body: a WhatsApp template is fixed text with values, without sections"_s);
        auto values = texts->body->values(value);
        if (!values)
            return fail(values.error());
        message.parameters = *values;
        // The template's button is registered as <public URL>/r/{{1}}: its value is the token.
        if (const qsizetype at = message.actionUrl.lastIndexOf(u"/r/"_s); !tmpl.action.trimmed().isEmpty() && at >= 0)
            message.buttonParameter = message.actionUrl.mid(at + 3);
    }

    if (tmpl.channel == QStringView(channels::kEmail)) {
        auto html = texts->body->render(value, Escape::Html);
        auto action = texts->action->render(value, Escape::Plain);
        if (!html)
            return fail(html.error());
        if (!action)
            return fail(action.error());
        EmailLayout layout{tmpl.language, context.store.name, message.subject, *html, action->trimmed(), message.actionUrl,
                           footer(tmpl, context.store.name), marketing ? context.links.unsubscribe : QString(),
                           context.links.openPixel};
        message.html = layout.html();
        if (!action->trimmed().isEmpty())
            message.text += u"\n\n"_s + action->trimmed() + u": "_s + message.actionUrl;
        message.text += u"\n\n-- \n"_s + footer(tmpl, context.store.name);
        if (marketing)
            message.text += u'\n' + (arabic(tmpl.language) ? u"إلغاء الاشتراك: "_s : u"Unsubscribe: "_s) + context.links.unsubscribe;
    }
    return message;
}

} // namespace nomo
