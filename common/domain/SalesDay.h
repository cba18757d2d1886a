#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace nomo {

// What one attribution source brought in on a day: a coupon (all of them), each
// automation's messages, the email collector, the purchase toast, or none.
struct SalesSource
{
    QString source;     // coupon, message, collector, toast, none
    QString automation; // a message's automation (abandoned_cart, broadcast, welcome …); "" otherwise
    qint64 orders = 0;  // orders that count (not cancelled, refunded, or COD not yet delivered)
    qint64 revenue = 0; // halalas, VAT included
    qint64 vat = 0;     // halalas of VAT in revenue
    bool operator==(const SalesSource &) const = default;
};

// One coupon of ours on a day: the orders that used it.
struct CouponSales
{
    qint64 couponId = 0;
    QString code;
    qint64 uses = 0;
    qint64 discount = 0; // halalas the shoppers saved
    qint64 revenue = 0;  // halalas, VAT included
    bool operator==(const CouponSales &) const = default;
};

// One automation on one channel on a day: messages by the day they went, orders and
// revenue by the day of the order they earned.
struct MessageSales
{
    QString automation;
    QString channel;
    qint64 sent = 0;
    qint64 delivered = 0;
    qint64 opened = 0;  // email only (the open pixel)
    qint64 clicked = 0;
    qint64 unsubscribes = 0; // the message's unsubscribe link used
    qint64 smsParts = 0;     // what the gateway bills
    qint64 orders = 0;
    qint64 revenue = 0;
    bool operator==(const MessageSales &) const = default;
};

// One group of a tool's experiment on a day (reports/Holdout.h): the shoppers who came
// into it (a cart left, a subscriber joined, a customer lapsed, a visitor on the store
// while the tool was on), and what they bought within the tool's window: the sum of
// each shopper's revenue and of its square, all that a Welch interval needs, and a
// period is again a sum (reports/LiftEstimate.h).
struct LiftGroup
{
    qint64 shoppers = 0;
    qint64 revenue = 0;        // halalas, VAT included, orders that count
    qint64 revenueSquares = 0; // the sum over shoppers of (their halalas)²
    bool operator==(const LiftGroup &) const = default;
};

// One tool's treated shoppers and its held-back control group on a day.
struct ToolLift
{
    QString tool; // abandoned_cart, welcome, win_back, email_collector, latest_purchase, visitor_counter
    LiftGroup treated;
    LiftGroup heldBack;
    bool operator==(const ToolLift &) const = default;
};

// A store's sales on one Riyadh day, as the Reports page shows them: the daemon rolls
// attributions, messages and carts up (SalesRollup) and sends the day on the change
// feed as "sales_day" whenever it moved, so every report opens offline and a period
// is a sum of days. Every sum here is over orders that count today.
struct SalesDay
{
    QDate day;
    qint64 orders = 0;
    qint64 revenue = 0;  // halalas, VAT included
    qint64 vat = 0;
    qint64 discount = 0; // coupon discounts given on those orders
    QList<SalesSource> sources;
    QList<CouponSales> coupons;
    QList<MessageSales> messages;
    qint64 cartsAbandoned = 0; // carts left that day
    qint64 cartsMessaged = 0;  // of those, reminded at least once
    qint64 cartsRecovered = 0; // carts bought back after a reminder (by the order's day)
    qint64 recoveredRevenue = 0;
    QList<ToolLift> lift; // by the day the shoppers came into the experiment
    bool operator==(const SalesDay &) const = default;
};

} // namespace nomo
