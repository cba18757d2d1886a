#include "messages/DefaultTemplates.h"
#include "messages/MessageComposer.h"
#include "messages/SmsLength.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;
using templates::MessageContext;

namespace {
std::string describe(const QList<TemplateFieldProblem> &problems)
{
    QStringList lines;
    for (const TemplateFieldProblem &p : problems)
        lines << p.field + u": "_s + p.problem.detail;
    return lines.join(u"; "_s).toStdString();
}

ComposedMessage composed(const MessageTemplate &tmpl, const MessageContext &context)
{
    auto message = MessageComposer::compose(tmpl, context);
    EXPECT_TRUE(message.has_value()) << (message ? std::string() : message.error().toString().toStdString());
    return message.value_or(ComposedMessage());
}
} // namespace

TEST(DefaultTemplates, EveryAutomationHasEveryChannelInArabicAndEnglish)
{
    const QStringList automations{u"abandoned_cart"_s, u"abandoned_cart_last"_s, u"order_update"_s, u"welcome"_s, u"win_back"_s, u"broadcast"_s};
    for (const QString &automation : automations)
        for (const QString &channel : {u"email"_s, u"sms"_s, u"whatsapp"_s, u"push"_s})
            for (const QString &language : {u"ar"_s, u"en"_s})
                EXPECT_FALSE(defaultTemplate(automation, channel, language).body.isEmpty())
                    << automation.toStdString() << " " << channel.toStdString() << " " << language.toStdString();
}

TEST(DefaultTemplates, EveryOneCompilesAndComposesWithAndWithoutTheOptionalFacts)
{
    for (const MessageTemplate &tmpl : defaultTemplates()) {
        const std::string name = QString(tmpl.automation + u' ' + tmpl.channel + u' ' + tmpl.language).toStdString();
        EXPECT_TRUE(MessageComposer::check(tmpl).isEmpty()) << name << ": " << describe(MessageComposer::check(tmpl));

        MessageContext full = MessageContext::example(tmpl.language);
        MessageContext bare = full; // no coupon, no first name, items without names
        bare.coupon.reset();
        bare.shopper.firstName.clear();
        for (auto &line : bare.cart->items)
            line.name.clear();
        for (const MessageContext &context : {full, bare}) {
            const ComposedMessage message = composed(tmpl, context);
            EXPECT_FALSE(message.text.isEmpty()) << name;
            EXPECT_FALSE(message.text.contains(u"{{"_s)) << name;
            EXPECT_FALSE(message.text.contains(u"\n\n\n"_s)) << name << ": " << message.text.toStdString();
            if (tmpl.channel != u"sms") {
                EXPECT_FALSE(message.subject.isEmpty()) << name;
            }
        }
    }
}

TEST(DefaultTemplates, ArabicSmsFitTwoPartsBeforeTheOptOutLine)
{
    for (const MessageTemplate &tmpl : defaultTemplates()) {
        if (tmpl.channel != u"sms" || tmpl.language != u"ar")
            continue;
        MessageContext context = MessageContext::example(u"ar"_s);
        context.links.unsubscribe.clear();
        const ComposedMessage message = composed(tmpl, context);
        const QString text = message.text.section(u'\n', 0, 0); // the opt-out line is measured apart
        EXPECT_LE(SmsLength::of(text).parts, 2) << tmpl.automation.toStdString() << ": " << text.toStdString();
        EXPECT_EQ(SmsLength::of(text).encoding, SmsLength::Encoding::Ucs2);
    }
}

TEST(MessageComposer, MarketingSmsEndsWithTheOptOutAndServiceSmsDoesNot)
{
    const MessageContext context = MessageContext::example(u"ar"_s);
    const ComposedMessage cart = composed(defaultTemplate(u"abandoned_cart"_s, u"sms"_s, u"ar"_s), context);
    EXPECT_TRUE(cart.text.endsWith(u"\nلإلغاء الاشتراك: https://nomo.example/u/example"_s)) << cart.text.toStdString();
    const ComposedMessage order = composed(defaultTemplate(u"order_update"_s, u"sms"_s, u"ar"_s), context);
    EXPECT_FALSE(order.text.contains(u"لإلغاء الاشتراك"_s));
    EXPECT_EQ(order.text, u"عطور نورة: حالة طلبك رقم 218403 الآن: تم التنفيذ."_s);
}

TEST(MessageComposer, AnArabicEmailIsRightToLeftWithTheButtonFooterAndUnsubscribe)
{
    const MessageContext context = MessageContext::example(u"ar"_s);
    const ComposedMessage email = composed(defaultTemplate(u"abandoned_cart"_s, u"email"_s, u"ar"_s), context);
    EXPECT_EQ(email.subject, u"سلتك في عطور نورة بانتظارك"_s);
    EXPECT_TRUE(email.html.contains(u"<html lang=\"ar\" dir=\"rtl\">"_s));
    EXPECT_TRUE(email.html.contains(u"align=\"right\" dir=\"rtl\""_s));
    EXPECT_TRUE(email.html.contains(u"href=\"https://salla.sa/noura-perfumes/checkout/1713390284\""_s));
    EXPECT_TRUE(email.html.contains(u">إكمال الطلب</a>"_s));
    EXPECT_TRUE(email.html.contains(u"href=\"https://nomo.example/u/example\""_s));
    EXPECT_TRUE(email.html.contains(u"تركت في سلتك ٤ منتجات بقيمة ٤٧٧٫٢٥\u00A0ر.س"_s));
    EXPECT_TRUE(email.html.contains(u"• ٢ × بخور المساء"_s));
    EXPECT_TRUE(email.text.startsWith(u"مرحبًا سارة،\n\nتركت في سلتك ٤ منتجات"_s)) << email.text.toStdString();
    EXPECT_TRUE(email.text.contains(u"إكمال الطلب: https://salla.sa/noura-perfumes/checkout/1713390284"_s));
    EXPECT_TRUE(email.text.contains(u"إلغاء الاشتراك: https://nomo.example/u/example"_s));
}

TEST(MessageComposer, AnEmailEscapesTheStoresWordsAndServiceMailHasNoUnsubscribe)
{
    MessageContext context = MessageContext::example(u"en"_s);
    context.store.name = u"<Tom & Jerry>"_s;
    const ComposedMessage order = composed(defaultTemplate(u"order_update"_s, u"email"_s, u"en"_s), context);
    EXPECT_FALSE(order.html.contains(u"<Tom"_s));
    EXPECT_TRUE(order.html.contains(u"&lt;Tom &amp; Jerry&gt;"_s));
    EXPECT_FALSE(order.html.contains(u"Unsubscribe"_s));
    EXPECT_TRUE(order.html.contains(u"<html lang=\"en\" dir=\"ltr\">"_s));
}

TEST(MessageComposer, ATemplateWithAMistakeIsRefusedByFieldBeforeAnythingIsSent)
{
    MessageTemplate tmpl = defaultTemplate(u"welcome"_s, u"email"_s, u"ar"_s);
    tmpl.subject = u"أهلًا {{shopper.nick}}"_s;
    const auto problems = MessageComposer::check(tmpl);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.front().field, u"subject"_s);
    EXPECT_EQ(problems.front().problem.key, u"template.unknown_variable"_s);
    EXPECT_FALSE(MessageComposer::compose(tmpl, MessageContext::example(u"ar"_s)).has_value());
}

TEST(MessageComposer, AWhatsAppTemplateGivesMetasPositionalFormAndItsValuesInOrder)
{
    const MessageTemplate tmpl = defaultTemplate(u"abandoned_cart"_s, u"whatsapp"_s, u"ar"_s);
    EXPECT_EQ(tmpl.subject, u"nomo_abandoned_cart"_s);
    EXPECT_EQ(MessageComposer::whatsappForm(tmpl), u"مرحبًا {{1}}، تركت في سلتك في {{2}} منتجات بقيمة {{3}}، وما زالت محفوظة لك."_s);

    MessageContext context = MessageContext::example(u"ar"_s);
    context.cart->url = u"https://flow.example/r/AbCdEfGhIjKlMnOpQrStUv"_s;
    const ComposedMessage message = composed(tmpl, context);
    ASSERT_EQ(message.parameters.size(), 3);
    EXPECT_EQ(message.parameters.at(0), context.shopper.firstName);
    EXPECT_EQ(message.parameters.at(1), context.store.name);
    EXPECT_TRUE(message.text.contains(message.parameters.at(2))) << "the preview is the same text with the values in";
    EXPECT_EQ(message.subject, u"nomo_abandoned_cart"_s) << "the subject names the approved template";
    EXPECT_EQ(message.buttonParameter, u"AbCdEfGhIjKlMnOpQrStUv"_s);

    context.shopper.firstName.clear();
    EXPECT_EQ(composed(tmpl, context).parameters.at(0), u"عميلنا العزيز"_s) << "a value never goes empty";
}

TEST(MessageComposer, AWhatsAppTemplateMustNameAnApprovedTemplateAndHaveNoSections)
{
    MessageTemplate tmpl = defaultTemplate(u"abandoned_cart"_s, u"whatsapp"_s, u"ar"_s);
    tmpl.subject = u"Abandoned Cart"_s;
    tmpl.body = u"{{#coupon}}خصم {{coupon.discount}}{{/coupon}} في {{store.name}}"_s;
    QStringList keys;
    for (const TemplateFieldProblem &problem : MessageComposer::check(tmpl))
        keys << problem.problem.key;
    EXPECT_TRUE(keys.contains(u"template.whatsapp_name"_s)) << keys.join(u',').toStdString();
    EXPECT_TRUE(keys.contains(u"template.whatsapp_section"_s)) << keys.join(u',').toStdString();
    EXPECT_FALSE(MessageComposer::compose(tmpl, MessageContext::example(u"ar"_s)));
}
