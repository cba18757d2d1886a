#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace nomo::holdout {

// The tools that hold a control group back: three automations (their messages are
// not planned for held-back shoppers) and three storefront tools (their module is
// not loaded for them). A broadcast is not here: the merchant picks its audience.
inline constexpr char16_t kAbandonedCart[] = u"abandoned_cart";
inline constexpr char16_t kWelcome[] = u"welcome";
inline constexpr char16_t kWinBack[] = u"win_back";
inline constexpr char16_t kCollector[] = u"email_collector";
inline constexpr char16_t kToast[] = u"latest_purchase";
inline constexpr char16_t kCounter[] = u"visitor_counter";

const QStringList &automationTools();
const QStringList &storefrontTools();
// Both, in the one order every report lists them: the automations, then the storefront's.
const QStringList &allTools();
// A storefront tool's bit in a visit's masks (visitor_sessions.tools_on, held_back).
int storefrontBit(const QString &tool);

// The setting every holding tool has: the share of shoppers held back, in percent.
inline constexpr char16_t kPercentSetting[] = u"holdout_percent";
inline constexpr int kDefaultPercent = 5;

// Whether `tool` holds this shopper back at `percent` (0..100). A stable hash of the
// store, the tool and the shopper, so the same shopper is always in the same group of
// one tool (and each tool draws its own group: being held back from one says nothing
// of another). Nothing is stored of the hash; a visit keeps only its group.
bool heldBack(qint64 store, const QString &tool, const QByteArray &shopper, int percent);

// Who a shopper is for the hash. A customer of the store by Salla's id; a subscriber
// who is not (yet) one by their address; a storefront visitor by what the daemon sees
// of every request (the client's address key and user agent), which an order's own
// source details also carry, so an order finds the group its shopper was in.
QByteArray customerShopper(qint64 customerId);
QByteArray emailShopper(const QString &normalizedEmail);
QByteArray visitorShopper(const QString &clientKey, const QByteArray &userAgent);

} // namespace nomo::holdout
