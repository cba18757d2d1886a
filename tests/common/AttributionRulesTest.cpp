// The attribution rules alone (common/reports/AttributionRules): which touch earns an
// order, what counts, and the VAT inside a total.
#include "reports/AttributionRules.h"
#include "reports/SalesTotals.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kOrder = 1'800'000'000'000;

MessageTouch click(qint64 id, qint64 at, const QString &channel = u"sms"_s)
{
    return MessageTouch{id, u"broadcast"_s, channel, std::nullopt, at, std::nullopt};
}
MessageTouch open(qint64 id, qint64 at)
{
    return MessageTouch{id, u"welcome"_s, u"email"_s, std::nullopt, std::nullopt, at};
}
} // namespace

TEST(AttributionRules, TheLatestTouchWinsAndAClickWinsATie)
{
    OrderTouches touches;
    touches.messages = {click(1, kOrder - 3 * kHour), open(2, kOrder - kHour), click(3, kOrder - 2 * kHour)};
    AttributionDecision d = decideAttribution(kOrder, touches, {});
    EXPECT_EQ(d.source, u"message"_s);
    EXPECT_EQ(d.messageId, 2);
    EXPECT_EQ(d.touch, u"open"_s);
    touches.messages.append(click(4, kOrder - kHour));
    d = decideAttribution(kOrder, touches, {});
    EXPECT_EQ(d.messageId, 4) << "a click at the same moment as an open";
    EXPECT_EQ(d.touch, u"click"_s);
    // Read in another order, the same answer.
    std::reverse(touches.messages.begin(), touches.messages.end());
    EXPECT_EQ(decideAttribution(kOrder, touches, {}).messageId, 4);
}

TEST(AttributionRules, ACouponBeatsEveryTouchAndTheVisitComesLast)
{
    OrderTouches touches;
    touches.visit = {VisitTouch{VisitTouch::Tool::Toast, kOrder - 60'000}, VisitTouch{VisitTouch::Tool::Collector, kOrder - 120'000}};
    EXPECT_EQ(decideAttribution(kOrder, touches, {}).source, u"collector"_s) << "signing up beats a toast clicked later";
    touches.visit.removeLast();
    EXPECT_EQ(decideAttribution(kOrder, touches, {}).source, u"toast"_s);
    touches.messages = {click(1, kOrder - kHour)};
    EXPECT_EQ(decideAttribution(kOrder, touches, {}).source, u"message"_s);
    touches.couponId = 41;
    const AttributionDecision d = decideAttribution(kOrder, touches, {});
    EXPECT_EQ(d.source, u"coupon"_s);
    EXPECT_EQ(d.couponId, 41);
    EXPECT_FALSE(d.messageId);
    touches = {};
    touches.visit = {VisitTouch{VisitTouch::Tool::Toast, kOrder + 1}};
    EXPECT_EQ(decideAttribution(kOrder, touches, {}).source, u"none"_s) << "a click after the order";
}

TEST(AttributionRules, WindowsAreInclusiveToTheMillisecondAndOpensAreEmailOnly)
{
    const AttributionWindows windows; // 5 days, 1 day
    OrderTouches touches;
    touches.messages = {click(1, kOrder - windows.clickMs)};
    EXPECT_EQ(decideAttribution(kOrder, touches, windows).source, u"message"_s);
    touches.messages = {click(1, kOrder - windows.clickMs - 1)};
    EXPECT_EQ(decideAttribution(kOrder, touches, windows).source, u"none"_s);
    touches.messages = {open(1, kOrder - windows.openMs)};
    EXPECT_EQ(decideAttribution(kOrder, touches, windows).source, u"message"_s);
    touches.messages = {open(1, kOrder - windows.openMs - 1)};
    EXPECT_EQ(decideAttribution(kOrder, touches, windows).source, u"none"_s);
    MessageTouch sms = open(1, kOrder - kHour);
    sms.channel = u"sms"_s;
    touches.messages = {sms};
    EXPECT_EQ(decideAttribution(kOrder, touches, windows).source, u"none"_s);
}

TEST(AttributionRules, WhatCountsFollowsTheStatusAndCashOnDeliveryOnlyOnceDelivered)
{
    for (const QString &status : {u"under_review"_s, u"in_progress"_s, u"delivering"_s, u"completed"_s, u"payment_pending"_s})
        EXPECT_TRUE(orderCounts(status, u"mada"_s)) << status.toStdString();
    for (const QString &status : {u"canceled"_s, u"restored"_s, u"restoring"_s})
        EXPECT_FALSE(orderCounts(status, u"mada"_s)) << status.toStdString();
    EXPECT_FALSE(orderCounts(u"under_review"_s, u"cod"_s));
    EXPECT_FALSE(orderCounts(u"delivering"_s, u"cod"_s));
    EXPECT_TRUE(orderCounts(u"delivered"_s, u"cod"_s));
    EXPECT_FALSE(orderCounts(u"canceled"_s, u"cod"_s)) << "refused at the door";
}

TEST(AttributionRules, TheVatInsideATotalIsSallasOrFifteenPercentToTheHalala)
{
    EXPECT_EQ(vatIn(38065, 4965), 4965);
    EXPECT_EQ(vatIn(38065, std::nullopt), 4965);
    EXPECT_EQ(vatIn(11500, std::nullopt), 1500);
    EXPECT_EQ(vatIn(1, std::nullopt), 0);   // net 0.87 rounds to 1
    EXPECT_EQ(vatIn(23, std::nullopt), 3);  // net 20.0
    EXPECT_EQ(vatIn(0, std::nullopt), 0);
    for (qint64 total = 0; total < 5000; ++total) {
        const qint64 vat = vatIn(total, std::nullopt);
        EXPECT_LE(std::abs((total - vat) * 115 - total * 100), 58) << total; // the net is the nearest halala
    }
}

TEST(SalesTotals, APeriodIsItsDaysAddedUpWithTheMostRevenueFirst)
{
    SalesDay a, b;
    a.day = QDate(2026, 3, 1);
    a.orders = 2;
    a.revenue = 1000;
    a.sources = {SalesSource{u"none"_s, QString(), 1, 400, 52}, SalesSource{u"coupon"_s, QString(), 1, 600, 78}};
    a.messages = {MessageSales{u"broadcast"_s, u"sms"_s, 10, 9, 0, 2, 0, 20, 0, 0}};
    b.day = QDate(2026, 3, 2);
    b.orders = 1;
    b.revenue = 900;
    b.sources = {SalesSource{u"none"_s, QString(), 1, 900, 117}};
    b.messages = {MessageSales{u"broadcast"_s, u"sms"_s, 5, 5, 0, 1, 1, 10, 1, 300}};
    const SalesDay total = addUp({a, b});
    EXPECT_EQ(total.day, a.day);
    EXPECT_EQ(total.orders, 3);
    EXPECT_EQ(total.revenue, 1900);
    ASSERT_EQ(total.sources.size(), 2);
    EXPECT_EQ(total.sources.at(0), (SalesSource{u"none"_s, QString(), 2, 1300, 169}));
    ASSERT_EQ(total.messages.size(), 1);
    EXPECT_EQ(total.messages.at(0).smsParts, 30);
    EXPECT_EQ(total.messages.at(0).sent, 15);
    EXPECT_DOUBLE_EQ(*revenuePerRiyal(300, 30, 8), 1.25);
    EXPECT_FALSE(revenuePerRiyal(300, 0, 8));
}
