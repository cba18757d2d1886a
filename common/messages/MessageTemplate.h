#pragma once

#include <QString>

namespace nomo {

// The channels a message can go by (the `channel` columns).
namespace channels {
inline constexpr char16_t kEmail[] = u"email";
inline constexpr char16_t kSms[] = u"sms";
inline constexpr char16_t kWhatsapp[] = u"whatsapp";
inline constexpr char16_t kPush[] = u"push";
} // namespace channels

// What a message is for. Marketing ones need consent and carry an opt-out; service
// ones (an order's progress, Salla's OTPs) go to whoever the store serves.
namespace automations {
inline constexpr char16_t kAbandonedCart[] = u"abandoned_cart";          // the first reminder
inline constexpr char16_t kAbandonedCartLast[] = u"abandoned_cart_last"; // the later one, often with a coupon
inline constexpr char16_t kOrderUpdate[] = u"order_update";
inline constexpr char16_t kWelcome[] = u"welcome";
inline constexpr char16_t kWinBack[] = u"win_back";
inline constexpr char16_t kBroadcast[] = u"broadcast";
// The collector's double opt-in: the email with the link that puts a sign-up on the list.
// A service message (the shopper asked for it; they are on no list yet): email only.
inline constexpr char16_t kConfirmSubscription[] = u"confirm_subscription";
} // namespace automations

bool isMarketing(const QString &automation);

// One template of one automation, channel and language (a row of `templates`). The
// texts are in the template language (templates/Template.h).
//   email:    subject, body (paragraphs; a blank line between), action (the button's words)
//   sms:      body
//   push:     subject (the notification's title), body
//   whatsapp: body (the preview of the approved template)
struct MessageTemplate
{
    QString automation;
    QString channel;
    QString language; // "ar" | "en"
    QString subject;
    QString body;
    QString action;
    bool custom = false; // the store's own, not the gallery's
    qint64 version = 0;  // of the store's own (0: the gallery's)

    // "abandoned_cart/email/ar": the change feed's id and the console's cache key.
    QString key() const { return automation + u'/' + channel + u'/' + language; }
};

} // namespace nomo
