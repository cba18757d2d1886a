#include "templates/MessageContext.h"
#include "templates/Template.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::templates;

namespace {
const TemplateSchema &schema()
{
    return TemplateSchema::message();
}

Template compiled(const QString &source, const QString &language = u"ar"_s, const TemplateSchema &against = schema())
{
    Compiled result = Template::compile(source, against, language);
    EXPECT_TRUE(result.ok()) << (result.problems.isEmpty() ? std::string() : result.problems.front().detail.toStdString());
    return result.result.value_or(Template());
}

QString render(const QString &source, const MessageContext &context, const QString &language = u"ar"_s,
               Escape escape = Escape::Plain)
{
    auto text = compiled(source, language).render(context.toValue(language), escape);
    EXPECT_TRUE(text.has_value()) << (text ? std::string() : text.error().toString().toStdString());
    return text.value_or(QString());
}

QString firstProblemKey(const QString &source, const QString &language = u"ar"_s)
{
    const Compiled result = Template::compile(source, schema(), language);
    return result.problems.isEmpty() ? QString() : result.problems.front().key;
}

MessageContext withCount(qint64 count)
{
    MessageContext context = MessageContext::example(u"ar"_s);
    context.cart->items = {{u"عطر"_s, count, std::nullopt}};
    return context;
}
} // namespace

TEST(Template, PrintsNamesFromTheContextInTheTemplatesLanguage)
{
    const MessageContext ar = MessageContext::example(u"ar"_s);
    EXPECT_EQ(render(u"مرحبًا {{shopper.first_name | default: \"عميلنا\"}}، سلتك في {{store.name}}{{#cart}} بقيمة {{cart.total}}{{/cart}}"_s, ar),
              u"مرحبًا سارة، سلتك في عطور نورة بقيمة ٤٧٧٫٢٥\u00A0ر.س"_s);
    const MessageContext en = MessageContext::example(u"en"_s);
    EXPECT_EQ(render(u"Hi {{shopper.first_name | default: \"there\"}}{{#cart}}, {{cart.total | money}}{{/cart}}"_s, en, u"en"_s),
              u"Hi Sarah, SAR\u00A0477.25"_s);
}

TEST(Template, AnAutomationsSubjectIsAlwaysThere)
{
    const TemplateSchema cart = TemplateSchema::forAutomation(u"abandoned_cart"_s);
    EXPECT_TRUE(Template::compile(u"{{cart.total}} {{cart.url}}"_s, cart, u"ar"_s).ok());
    EXPECT_FALSE(Template::compile(u"{{order.number}}"_s, cart, u"ar"_s).ok());
    const TemplateSchema order = TemplateSchema::forAutomation(u"order_update"_s);
    EXPECT_TRUE(Template::compile(u"{{order.number}} {{order.status}}"_s, order, u"ar"_s).ok());
    EXPECT_FALSE(Template::compile(u"{{coupon.code}}"_s, order, u"ar"_s).ok());
}

TEST(Template, NumbersAndDatesFollowTheLanguageInRiyadhTime)
{
    const MessageContext context = MessageContext::example(u"ar"_s); // order at 21:13 UTC on 1 Dec 2026
    EXPECT_EQ(render(u"{{#order}}{{order.date}}{{/order}}"_s, context), u"الأربعاء ٢ ديسمبر ٢٠٢٦"_s);
    EXPECT_EQ(render(u"{{#order}}{{order.date | date: \"short\"}} {{order.date | date: \"time\"}}{{/order}}"_s, context),
              u"٢/١٢/٢٠٢٦ ١٢:١٣ ص"_s);
    EXPECT_EQ(render(u"{{#order}}{{order.date | date: \"datetime\"}}{{/order}}"_s, context, u"en"_s),
              u"Wednesday 2 December 2026, 00:13"_s);
    EXPECT_EQ(render(u"{{#cart}}{{cart.count}}{{/cart}}"_s, context), u"٤"_s);
}

TEST(Template, ArabicPluralsTakeAllSixForms)
{
    const QString source = u"{{#cart}}{{cart.count | plural: \"لا منتجات\", \"منتج واحد\", \"منتجان\", \"# منتجات\", \"# منتجًا\", \"# منتج\"}}{{/cart}}"_s;
    EXPECT_EQ(render(source, withCount(0)), u"لا منتجات"_s);
    EXPECT_EQ(render(source, withCount(1)), u"منتج واحد"_s);
    EXPECT_EQ(render(source, withCount(2)), u"منتجان"_s);
    EXPECT_EQ(render(source, withCount(3)), u"٣ منتجات"_s);
    EXPECT_EQ(render(source, withCount(11)), u"١١ منتجًا"_s);
    EXPECT_EQ(render(source, withCount(100)), u"١٠٠ منتج"_s);
    EXPECT_EQ(render(source, withCount(103)), u"١٠٣ منتجات"_s);
    EXPECT_EQ(render(source, withCount(115)), u"١١٥ منتجًا"_s);
}

TEST(Template, EnglishPluralsTakeTwoAndTheCountIsCheckedPerLanguage)
{
    MessageContext context = MessageContext::example(u"en"_s);
    context.cart->items = {{u"Oud"_s, 1, std::nullopt}};
    const QString source = u"{{#cart}}{{cart.count | plural: \"# item\", \"# items\"}}{{/cart}}"_s;
    EXPECT_EQ(render(source, context, u"en"_s), u"1 item"_s);
    context.cart->items.front().quantity = 5;
    EXPECT_EQ(render(source, context, u"en"_s), u"5 items"_s);
    // Two forms are not enough for Arabic.
    EXPECT_EQ(firstProblemKey(source, u"ar"_s), u"template.filter_arguments"_s);
}

TEST(Template, VerbsAgreeWithTheShoppersGenderAndFallBackToANeutralForm)
{
    MessageContext context = MessageContext::example(u"ar"_s);
    const QString source = u"{{shopper.gender | gender: \"اشترى\", \"اشترت\", \"تم الشراء\"}}"_s;
    context.shopper.gender = Gender::Male;
    EXPECT_EQ(render(source, context), u"اشترى"_s);
    context.shopper.gender = Gender::Female;
    EXPECT_EQ(render(source, context), u"اشترت"_s);
    context.shopper.gender = Gender::Unknown;
    EXPECT_EQ(render(source, context), u"تم الشراء"_s);
}

TEST(Template, SectionsShowWhatIsPresentAndLoopOverCartItems)
{
    MessageContext context = MessageContext::example(u"ar"_s);
    const QString source = u"{{#coupon}}استخدم {{code}} لخصم {{discount}}.{{/coupon}}{{^coupon}}بلا كوبون.{{/coupon}}"_s;
    EXPECT_EQ(render(source, context), u"استخدم BACK10 لخصم ١٠٪."_s);
    context.coupon.reset();
    EXPECT_EQ(render(source, context), u"بلا كوبون."_s);

    const QString lines = u"{{#cart.items}}{{quantity}} × {{name | default: \"منتج\"}}\n{{/cart.items}}"_s;
    EXPECT_EQ(render(u"{{#cart}}" + lines + u"{{/cart}}"_s, context),
              u"١ × عطر العود الملكي\n٢ × بخور المساء\n١ × زيت الورد الطائفي\n"_s);
}

TEST(Template, ABlockTagAloneOnItsLineLeavesNoBlankLine)
{
    const MessageContext context = MessageContext::example(u"en"_s);
    const QString source = u"Hello\n{{#coupon}}\nCode: {{coupon.code}}\n{{/coupon}}\nBye"_s;
    EXPECT_EQ(render(source, context, u"en"_s), u"Hello\nCode: BACK10\nBye"_s);
    MessageContext without = context;
    without.coupon.reset();
    EXPECT_EQ(render(source, without, u"en"_s), u"Hello\nBye"_s);
}

TEST(Template, EscapesHtmlOnlyForEmail)
{
    MessageContext context = MessageContext::example(u"en"_s);
    context.store.name = u"Tom & <Jerry>"_s;
    EXPECT_EQ(render(u"{{store.name}} <b>"_s, context, u"en"_s, Escape::Html), u"Tom &amp; &lt;Jerry&gt; &lt;b&gt;"_s);
    EXPECT_EQ(render(u"{{store.name}}"_s, context, u"en"_s, Escape::Plain), u"Tom & <Jerry>"_s);
}

TEST(Template, RefusesUnknownNamesFiltersAndTypeMistakesWithWhereTheyAre)
{
    const Compiled unknown = Template::compile(u"Hi\n  {{shopper.nickname}}"_s, schema(), u"en"_s);
    ASSERT_EQ(unknown.problems.size(), 1);
    EXPECT_EQ(unknown.problems.front().key, u"template.unknown_variable"_s);
    EXPECT_EQ(unknown.problems.front().name, u"shopper.nickname"_s);
    EXPECT_EQ(unknown.problems.front().line, 2);
    EXPECT_EQ(unknown.problems.front().column, 3);

    EXPECT_EQ(firstProblemKey(u"{{store.name | shout}}"_s), u"template.unknown_filter"_s);
    EXPECT_EQ(firstProblemKey(u"{{store.name | money}}"_s), u"template.filter_type"_s);
    EXPECT_EQ(firstProblemKey(u"{{shopper.gender}}"_s), u"template.not_printable"_s);
    EXPECT_EQ(firstProblemKey(u"{{store}}"_s), u"template.not_printable"_s);
    EXPECT_EQ(firstProblemKey(u"{{#coupon}}x"_s), u"template.unclosed_section"_s);
    EXPECT_EQ(firstProblemKey(u"{{#coupon}}x{{/cart}}"_s), u"template.mismatched_close"_s);
    EXPECT_EQ(firstProblemKey(u"{{/coupon}}"_s), u"template.unexpected_close"_s);
    EXPECT_EQ(firstProblemKey(u"{{store.name"_s), u"template.unclosed_tag"_s);
    EXPECT_EQ(firstProblemKey(u"{{store.name | default: oops}}"_s), u"template.bad_argument"_s);
    EXPECT_EQ(firstProblemKey(u"{{store..name}}"_s), u"template.bad_name"_s);
    EXPECT_EQ(firstProblemKey(u"{{}}"_s), u"template.empty_tag"_s);
}

TEST(Template, RefusesANameTheStoreMayLackUnlessASectionOrADefaultCoversIt)
{
    EXPECT_EQ(firstProblemKey(u"{{shopper.first_name}}"_s), u"template.may_be_empty"_s);
    EXPECT_EQ(firstProblemKey(u"{{coupon.code}}"_s), u"template.may_be_empty"_s);
    EXPECT_EQ(firstProblemKey(u"{{#coupon}}{{coupon.expires}}{{/coupon}}"_s), u"template.may_be_empty"_s);
    EXPECT_EQ(firstProblemKey(u"{{^coupon}}{{coupon.code}}{{/coupon}}"_s), u"template.absent_here"_s);
    EXPECT_TRUE(Template::compile(u"{{#shopper.first_name}}{{shopper.first_name}}{{/shopper.first_name}}"_s, schema(), u"ar"_s).ok());
    EXPECT_TRUE(Template::compile(u"{{#coupon}}{{coupon.expires | date | default: \"قريبًا\"}}{{/coupon}}"_s, schema(), u"ar"_s).ok());
}

TEST(Template, AContextThatBreaksTheSchemaFailsTheRenderNamingTheValue)
{
    MessageContext context = MessageContext::example(u"ar"_s);
    context.store.name.clear(); // the schema promises a store name
    auto text = compiled(u"{{store.name}}"_s).render(context.toValue(u"ar"_s), Escape::Plain);
    ASSERT_FALSE(text.has_value());
    EXPECT_EQ(text.error().messageKey, u"template.missing_value"_s);
    EXPECT_TRUE(text.error().detail.contains(u"store.name"_s));
}

TEST(Template, ListsTheNamesItUses)
{
    const Template tmpl = compiled(u"{{store.name}} {{#cart}}{{#cart.items}}{{quantity}}{{/cart.items}}{{cart.total}}{{/cart}}"_s);
    EXPECT_EQ(tmpl.variables(), (QStringList{u"store.name"_s, u"cart"_s, u"cart.items"_s, u"cart.items.quantity"_s, u"cart.total"_s}));
}
