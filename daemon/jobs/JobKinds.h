#pragma once

// The daemon's job kinds (rows of `jobs`). Later features add theirs here and in
// app/BackgroundWork.cpp: coupon pushes, message sends, automation steps, rollups.
namespace nomo::job_kinds {
inline constexpr char16_t kReconcile[] = u"salla.reconcile";            // periodic: plans one pass per store
inline constexpr char16_t kReconcileStore[] = u"salla.reconcile.store"; // one store's pass (Merchant API)
inline constexpr char16_t kProfile[] = u"salla.profile";                // a store's user-info, after store.authorized
inline constexpr char16_t kPurge[] = u"merchants.purge";                // periodic: uninstalled stores, sweeps
inline constexpr char16_t kCouponPush[] = u"coupon.push";               // one coupon's latest version to Salla
inline constexpr char16_t kCouponReconcileStore[] = u"coupons.reconcile.store"; // a store's coupons against Salla's list
inline constexpr char16_t kMessageSend[] = u"message.send";              // one message to its provider, when due
inline constexpr char16_t kMessageSendSalla[] = u"message.send.salla";   // one of Salla's own (OTPs): slots of its own, at once
inline constexpr char16_t kAbandonedCartPlan[] = u"automation.abandoned_cart"; // cart.abandoned: plan its reminders
inline constexpr char16_t kAbandonedCartCancel[] = u"automation.cart_purchased"; // cart.purchased: cancel what waits
inline constexpr char16_t kOrderUpdatePlan[] = u"automation.order_update"; // order.status_changed: the shopper's update
inline constexpr char16_t kMessageOrderLink[] = u"messages.order_link";     // order.created: the message that brought it
inline constexpr char16_t kWelcomePlan[] = u"automation.welcome";         // subscriber.created: the welcome email
inline constexpr char16_t kWinBackPlan[] = u"automation.win_back";        // periodic: customers who stopped buying
inline constexpr char16_t kVisitorRollup[] = u"storefront.visitor_rollup"; // periodic: visitors by day onto the change feed
inline constexpr char16_t kSalesRollup[] = u"reports.sales_rollup";      // periodic: the Reports page's days onto the change feed
inline constexpr char16_t kBroadcastSend[] = u"broadcast.send";              // at its time: one batch of a broadcast's messages, then the next
} // namespace nomo::job_kinds
