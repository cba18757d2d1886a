#include "messages/DefaultTemplates.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

// Reused lines. The greeting reads «مرحبًا سارة،» or «مرحبًا،» when the store has no name.
const QString kGreetingAr = u"{{#shopper.first_name}}\nمرحبًا {{shopper.first_name}}،\n{{/shopper.first_name}}\n"
                            u"{{^shopper.first_name}}\nمرحبًا،\n{{/shopper.first_name}}\n"_s;
const QString kGreetingEn = u"{{#shopper.first_name}}\nHi {{shopper.first_name}},\n{{/shopper.first_name}}\n"
                            u"{{^shopper.first_name}}\nHi,\n{{/shopper.first_name}}\n"_s;
// In the accusative: the object of «تركت».
const QString kCartCountAr = u"{{cart.count | plural: \"لا منتجات\", \"منتجًا واحدًا\", \"منتجين\", \"# منتجات\", \"# منتجًا\", \"# منتج\"}}"_s;
const QString kCartCountEn = u"{{cart.count | plural: \"# item\", \"# items\"}}"_s;
const QString kItemsAr = u"{{#cart.items}}\n• {{quantity}} × {{name | default: \"منتج\"}}\n{{/cart.items}}\n"_s;
const QString kItemsEn = u"{{#cart.items}}\n• {{quantity}} × {{name | default: \"Item\"}}\n{{/cart.items}}\n"_s;
const QString kCouponAr = u"{{#coupon}}\n\nالكوبون {{coupon.code}} يمنحك خصم {{coupon.discount}}"
                          u"{{#coupon.expires}} حتى {{coupon.expires | date}}{{/coupon.expires}}.\n{{/coupon}}\n"_s;
const QString kCouponEn = u"{{#coupon}}\n\nThe code {{coupon.code}} takes {{coupon.discount}} off"
                          u"{{#coupon.expires}} until {{coupon.expires | date}}{{/coupon.expires}}.\n{{/coupon}}\n"_s;

MessageTemplate email(const char16_t *automation, QString language, QString subject, QString body, QString action)
{
    return {QString::fromUtf16(automation), QString::fromUtf16(channels::kEmail), std::move(language), std::move(subject),
            std::move(body), std::move(action)};
}
MessageTemplate sms(const char16_t *automation, QString language, QString body)
{
    return {QString::fromUtf16(automation), QString::fromUtf16(channels::kSms), std::move(language), {}, std::move(body), {}};
}
MessageTemplate push(const char16_t *automation, QString language, QString title, QString body)
{
    return {QString::fromUtf16(automation), QString::fromUtf16(channels::kPush), std::move(language), std::move(title),
            std::move(body), {}};
}

// WhatsApp: the approved template's name (the same in both languages, as Meta keys a
// template by name and language), a body of text and values only, and the link
// button's words (its address is registered as <public URL>/r/{{1}}).
MessageTemplate whatsapp(const char16_t *automation, QString language, QString body, QString action)
{
    return {QString::fromUtf16(automation), QString::fromUtf16(channels::kWhatsapp), std::move(language),
            u"nomo_"_s + QString::fromUtf16(automation), std::move(body), std::move(action)};
}

const QString kNameAr = u"{{shopper.first_name | default: \"عميلنا العزيز\"}}"_s;
const QString kNameEn = u"{{shopper.first_name | default: \"there\"}}"_s;

QList<MessageTemplate> buildWhatsapp()
{
    using namespace automations;
    const QString ar = u"ar"_s, en = u"en"_s;
    return {
        whatsapp(kAbandonedCart, ar, u"مرحبًا "_s + kNameAr + u"، تركت في سلتك في {{store.name}} منتجات بقيمة {{cart.total}}، وما زالت محفوظة لك."_s,
                 u"إكمال الطلب"_s),
        whatsapp(kAbandonedCart, en, u"Hi "_s + kNameEn + u", you left items worth {{cart.total}} in your cart at {{store.name}}. We have kept them for you."_s,
                 u"Complete my order"_s),
        whatsapp(kAbandonedCartLast, ar, u"مرحبًا "_s + kNameAr + u"، ما زالت منتجاتك في سلتك في {{store.name}}، وقد تنفد الكمية قريبًا."_s,
                 u"إكمال الطلب"_s),
        whatsapp(kAbandonedCartLast, en, u"Hi "_s + kNameEn + u", your items are still in your cart at {{store.name}}, and stock may run out soon."_s,
                 u"Complete my order"_s),
        whatsapp(kOrderUpdate, ar, u"مرحبًا "_s + kNameAr + u"، أصبحت حالة طلبك رقم {{order.number}} من {{store.name}}: {{order.status}}."_s,
                 u"عرض الطلب"_s),
        whatsapp(kOrderUpdate, en, u"Hi "_s + kNameEn + u", your order {{order.number}} from {{store.name}} is now: {{order.status}}."_s,
                 u"View my order"_s),
        whatsapp(kWelcome, ar, u"أهلًا بك في {{store.name}}! شكرًا لاشتراكك، سنرسل إليك الجديد والعروض أولًا بأول."_s, u"تسوّق الآن"_s),
        whatsapp(kWelcome, en, u"Welcome to {{store.name}}! Thanks for subscribing: you will hear about what is new and our offers first."_s,
                 u"Start shopping"_s),
        whatsapp(kWinBack, ar, u"اشتقنا إليك في {{store.name}}! وصلتنا منتجات جديدة قد تعجبك."_s, u"تصفّح الجديد"_s),
        whatsapp(kWinBack, en, u"We miss you at {{store.name}}! New things have arrived that you may like."_s, u"See what is new"_s),
        whatsapp(kBroadcast, ar, u"وصلت إلى {{store.name}} تشكيلة جديدة نظن أنها ستعجبك."_s, u"تسوّق الآن"_s),
        whatsapp(kBroadcast, en, u"A new collection has arrived at {{store.name}} that we think you will like."_s, u"Start shopping"_s),
    };
}

QList<MessageTemplate> build()
{
    using namespace automations;
    const QString ar = u"ar"_s, en = u"en"_s;
    return {
        // The first reminder of a cart left behind.
        email(kAbandonedCart, ar, u"سلتك في {{store.name}} بانتظارك"_s,
              kGreetingAr + u"\nتركت في سلتك "_s + kCartCountAr + u" بقيمة {{cart.total}}، وما زالت محفوظة لك.\n\n"_s + kItemsAr + kCouponAr,
              u"إكمال الطلب"_s),
        email(kAbandonedCart, en, u"Your cart at {{store.name}} is waiting"_s,
              kGreetingEn + u"\nYou left "_s + kCartCountEn + u" worth {{cart.total}} in your cart. We have kept it for you.\n\n"_s + kItemsEn + kCouponEn,
              u"Complete my order"_s),
        sms(kAbandonedCart, ar, u"{{store.name}}: سلتك بانتظارك بقيمة {{cart.total}}. لإكمال الطلب: {{cart.url}}"_s),
        sms(kAbandonedCart, en, u"{{store.name}}: your cart ({{cart.total}}) is waiting. Complete your order: {{cart.url}}"_s),
        push(kAbandonedCart, ar, u"سلتك بانتظارك"_s, u"طلبك من {{store.name}} على بُعد خطوة واحدة."_s),
        push(kAbandonedCart, en, u"Your cart is waiting"_s, u"Your order from {{store.name}} is one step away."_s),

        // The later reminder, usually with the cart's own coupon.
        email(kAbandonedCartLast, ar,
              u"{{#coupon}}خصم {{coupon.discount}} على سلتك في {{store.name}}{{/coupon}}{{^coupon}}ما زالت سلتك في {{store.name}} محفوظة{{/coupon}}"_s,
              kGreetingAr + u"\nما زالت منتجاتك في سلتك، وقد تنفد الكمية قريبًا.\n\n"_s + kItemsAr + kCouponAr, u"إكمال الطلب"_s),
        email(kAbandonedCartLast, en,
              u"{{#coupon}}{{coupon.discount}} off your cart at {{store.name}}{{/coupon}}{{^coupon}}Your cart at {{store.name}} is still saved{{/coupon}}"_s,
              kGreetingEn + u"\nYour items are still in your cart, and stock may run out soon.\n\n"_s + kItemsEn + kCouponEn,
              u"Complete my order"_s),
        sms(kAbandonedCartLast, ar,
            u"{{store.name}}: {{#coupon}}خصم {{coupon.discount}} على سلتك بالرمز {{coupon.code}}. {{/coupon}}أكمل طلبك: {{cart.url}}"_s),
        sms(kAbandonedCartLast, en,
            u"{{store.name}}: {{#coupon}}{{coupon.discount}} off your cart with {{coupon.code}}. {{/coupon}}Complete your order: {{cart.url}}"_s),
        push(kAbandonedCartLast, ar, u"{{#coupon}}خصم {{coupon.discount}} على سلتك{{/coupon}}{{^coupon}}ما زالت سلتك محفوظة{{/coupon}}"_s,
             u"منتجاتك في {{store.name}} بانتظارك."_s),
        push(kAbandonedCartLast, en, u"{{#coupon}}{{coupon.discount}} off your cart{{/coupon}}{{^coupon}}Your cart is still saved{{/coupon}}"_s,
             u"Your items at {{store.name}} are waiting."_s),

        // An order's progress (a service message: no consent needed, no opt-out line).
        email(kOrderUpdate, ar, u"طلبك رقم {{order.number}}: {{order.status}}"_s,
              kGreetingAr + u"\nأصبحت حالة طلبك رقم {{order.number}} من {{store.name}}: {{order.status}}.\n\n"
                            u"إجمالي الطلب: {{order.total}}\nتاريخ الطلب: {{order.date}}\n"_s,
              u"عرض الطلب"_s),
        email(kOrderUpdate, en, u"Order {{order.number}}: {{order.status}}"_s,
              kGreetingEn + u"\nYour order {{order.number}} from {{store.name}} is now: {{order.status}}.\n\n"
                            u"Order total: {{order.total}}\nOrdered on: {{order.date}}\n"_s,
              u"View my order"_s),
        sms(kOrderUpdate, ar, u"{{store.name}}: حالة طلبك رقم {{order.number}} الآن: {{order.status}}."_s),
        sms(kOrderUpdate, en, u"{{store.name}}: your order {{order.number}} is now {{order.status}}."_s),
        push(kOrderUpdate, ar, u"طلبك رقم {{order.number}}"_s, u"الحالة الآن: {{order.status}}."_s),
        push(kOrderUpdate, en, u"Order {{order.number}}"_s, u"Status: {{order.status}}."_s),

        // A new subscriber from the storefront's sign-up form.
        email(kWelcome, ar, u"أهلًا بك في {{store.name}}"_s,
              kGreetingAr + u"\nشكرًا لاشتراكك في رسائل {{store.name}}. سنرسل إليك الجديد والعروض أولًا بأول.\n"_s
                  + u"{{#coupon}}\n\nهدية ترحيب: خصم {{coupon.discount}} على طلبك الأول بالرمز {{coupon.code}}.\n{{/coupon}}\n"_s,
              u"تسوّق الآن"_s),
        email(kWelcome, en, u"Welcome to {{store.name}}"_s,
              kGreetingEn + u"\nThanks for subscribing to {{store.name}}. We will send you what is new and our offers first.\n"_s
                  + u"{{#coupon}}\n\nA welcome gift: {{coupon.discount}} off your first order with {{coupon.code}}.\n{{/coupon}}\n"_s,
              u"Start shopping"_s),
        sms(kWelcome, ar, u"أهلًا بك في {{store.name}}!{{#coupon}} خصم {{coupon.discount}} على طلبك الأول بالرمز {{coupon.code}}.{{/coupon}}"_s),
        sms(kWelcome, en, u"Welcome to {{store.name}}!{{#coupon}} {{coupon.discount}} off your first order with {{coupon.code}}.{{/coupon}}"_s),
        push(kWelcome, ar, u"أهلًا بك في {{store.name}}"_s, u"ستصلك عروضنا الجديدة أولًا بأول."_s),
        push(kWelcome, en, u"Welcome to {{store.name}}"_s, u"You will hear about our new offers first."_s),

        // The collector's double opt-in: one button, nothing to sell yet (a service message).
        email(kConfirmSubscription, ar, u"أكّد اشتراكك في {{store.name}}"_s,
              u"\nمرحبًا،\n\nطلبتَ الاشتراك في رسائل {{store.name}}. اضغط الزر لتأكيد اشتراكك؛ لن نرسل إليك شيئًا قبل ذلك.\n\n"
              u"صلاحية الرابط سبعة أيام.\n"_s,
              u"تأكيد الاشتراك"_s),
        email(kConfirmSubscription, en, u"Confirm your subscription to {{store.name}}"_s,
              u"\nHi,\n\nYou asked to join {{store.name}}'s list. Press the button to confirm; we will send you nothing before you do.\n\n"
              u"The link works for seven days.\n"_s,
              u"Confirm my subscription"_s),

        // A customer who has not bought for a while.
        email(kWinBack, ar, u"اشتقنا إليك في {{store.name}}"_s,
              kGreetingAr + u"\nمرّ وقت منذ طلبك الأخير، ووصلت إلى {{store.name}} منتجات جديدة قد تعجبك.\n"_s + kCouponAr,
              u"تصفّح الجديد"_s),
        email(kWinBack, en, u"We miss you at {{store.name}}"_s,
              kGreetingEn + u"\nIt has been a while since your last order, and {{store.name}} has new things you may like.\n"_s + kCouponEn,
              u"See what is new"_s),
        sms(kWinBack, ar, u"اشتقنا إليك في {{store.name}}!{{#coupon}} خصم {{coupon.discount}} بالرمز {{coupon.code}}.{{/coupon}} {{links.store}}"_s),
        sms(kWinBack, en, u"We miss you at {{store.name}}!{{#coupon}} {{coupon.discount}} off with {{coupon.code}}.{{/coupon}} {{links.store}}"_s),
        push(kWinBack, ar, u"اشتقنا إليك"_s, u"منتجات جديدة في {{store.name}} بانتظارك."_s),
        push(kWinBack, en, u"We miss you"_s, u"New things at {{store.name}} are waiting for you."_s),

        // A message the merchant sends to a segment; a start to write over.
        email(kBroadcast, ar, u"جديد {{store.name}}"_s,
              kGreetingAr + u"\nوصلتنا تشكيلة جديدة نظن أنها ستعجبك.\n"_s + kCouponAr, u"تسوّق الآن"_s),
        email(kBroadcast, en, u"New at {{store.name}}"_s,
              kGreetingEn + u"\nA new collection has arrived that we think you will like.\n"_s + kCouponEn, u"Start shopping"_s),
        sms(kBroadcast, ar, u"{{store.name}}: تشكيلة جديدة وصلت.{{#coupon}} خصم {{coupon.discount}} بالرمز {{coupon.code}}.{{/coupon}} {{links.store}}"_s),
        sms(kBroadcast, en, u"{{store.name}}: a new collection is here.{{#coupon}} {{coupon.discount}} off with {{coupon.code}}.{{/coupon}} {{links.store}}"_s),
        push(kBroadcast, ar, u"جديد {{store.name}}"_s, u"تشكيلة جديدة وصلت للتو."_s),
        push(kBroadcast, en, u"New at {{store.name}}"_s, u"A new collection has just arrived."_s),
    };
}
} // namespace

QList<MessageTemplate> defaultTemplates()
{
    static const QList<MessageTemplate> gallery = build() + buildWhatsapp();
    return gallery;
}

MessageTemplate defaultTemplate(const QString &automation, const QString &channel, const QString &language)
{
    for (const MessageTemplate &tmpl : defaultTemplates())
        if (tmpl.automation == automation && tmpl.channel == channel && tmpl.language == language)
            return tmpl;
    return {automation, channel, language, {}, {}, {}};
}

} // namespace nomo
