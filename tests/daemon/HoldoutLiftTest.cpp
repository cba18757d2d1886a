// The experiments behind the Reports page's "real effect" (docs/attribution.md, control
// groups): what each group of a tool bought in its window, rolled up per day from the
// automations' units and the storefront's visits, on both engines.
#include "reports/Holdout.h"
#include "reports/HoldoutUnits.h"
#include "reports/OrderAttribution.h"
#include "reports/SalesRollup.h"

#include "core/Time.h"
#include "db/Database.h"
#include "domain/Customer.h"
#include "domain/Order.h"
#include "repositories/CustomerRepository.h"
#include "repositories/OrderRepository.h"
#include "support/TenantFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

class HoldoutLiftTest : public TenantFixture
{
protected:
    qint64 nowMs() const { return time::toStorage(m_clock.nowUtc()); }

    qint64 customer(qint64 sallaId, const QString &email)
    {
        Customer c;
        c.sallaId = sallaId;
        c.firstName = u"نورة"_s;
        c.email = email;
        auto made = CustomerRepository(db(), m_a, m_clock).upsert(c);
        EXPECT_TRUE(made) << made.error().toString().toStdString();
        return made ? made->id : 0;
    }

    // An order as the event processor records it, attributed in step.
    qint64 order(qint64 sallaId, qint64 customerId, qint64 atMs, qint64 total, const QString &status = u"completed"_s)
    {
        Order o;
        o.sallaId = sallaId;
        o.referenceId = QString::number(sallaId);
        o.status = status;
        o.total = Money::fromHalalas(total);
        o.orderedAt = time::fromStorage(atMs);
        o.customerId = customerId;
        o.paymentMethod = u"mada"_s;
        m_clock.advance(1000);
        o.sourceAt = m_clock.nowUtc();
        auto stored = OrderRepository(db(), m_a, m_clock).upsert(o);
        EXPECT_TRUE(stored) << stored.error().toString().toStdString();
        if (!stored)
            return 0;
        auto followed = OrderAttribution(db(), kMerchantA, m_clock).follow(stored->id, o);
        EXPECT_TRUE(followed) << followed.error().toString().toStdString();
        return stored->id;
    }

    void unit(const QString &tool, const QString &key, bool held, std::optional<qint64> customerId, const QString &email, qint64 atMs)
    {
        HoldoutUnits::Unit u;
        u.tool = tool;
        u.key = key;
        u.heldBack = held;
        u.customerId = customerId;
        u.email = email;
        u.exposedAt = time::fromStorage(atMs);
        u.windowMs = 5 * kDay;
        auto recorded = HoldoutUnits(db(), kMerchantA, m_clock).record(u);
        ASSERT_TRUE(recorded) << recorded.error().toString().toStdString();
    }

    ToolLift liftOf(const QString &tool, qint64 atMs)
    {
        auto day = SalesRollup(db(), m_clock).compute(kMerchantA, time::riyadhDay(time::fromStorage(atMs)));
        EXPECT_TRUE(day) << day.error().toString().toStdString();
        if (day)
            for (const ToolLift &lift : day->lift)
                if (lift.tool == tool)
                    return lift;
        return ToolLift{};
    }
};

} // namespace

TEST_P(HoldoutLiftTest, EachGroupCountsWhatItsShoppersBoughtInTheirWindowOnly)
{
    const qint64 t0 = nowMs();
    const qint64 treated = customer(1001, u"treated@example.com"_s);
    const qint64 heldA = customer(1002, u"held-a@example.com"_s);
    const qint64 heldB = customer(1003, u"held-b@example.com"_s);
    unit(u"abandoned_cart"_s, u"cart:1"_s, false, treated, {}, t0);
    unit(u"abandoned_cart"_s, u"cart:2"_s, true, heldA, {}, t0);
    unit(u"abandoned_cart"_s, u"cart:3"_s, true, heldB, {}, t0);
    unit(u"abandoned_cart"_s, u"cart:3"_s, false, heldB, {}, t0); // seen twice: the first stays

    const qint64 inWindow = order(1, treated, t0 + kHour, 38065);
    order(2, treated, t0 + 6 * kDay, 10000); // after its window
    order(3, heldA, t0 - kHour, 25000);      // before it came in
    order(4, heldB, t0 + 2 * kHour, 12000);

    ToolLift lift = liftOf(u"abandoned_cart"_s, t0);
    EXPECT_EQ(lift.treated, (LiftGroup{1, 38065, 38065LL * 38065}));
    EXPECT_EQ(lift.heldBack, (LiftGroup{2, 12000, 12000LL * 12000}));

    // A cancel takes the money out of the experiment as out of every report.
    Order cancelled;
    ASSERT_TRUE(db::exec(db(), u"UPDATE orders SET status = 'canceled' WHERE id = :o"_s, {{u"o"_s, inWindow}}));
    ASSERT_TRUE(OrderAttribution(db(), kMerchantA, m_clock).follow(inWindow, cancelled));
    lift = liftOf(u"abandoned_cart"_s, t0);
    EXPECT_EQ(lift.treated, (LiftGroup{1, 0, 0}));
}

TEST_P(HoldoutLiftTest, ASubscriberIsFollowedByTheirAddressUntilTheyAreACustomer)
{
    const qint64 t0 = nowMs();
    unit(u"welcome"_s, u"subscriber:7"_s, false, {}, u"sara@example.com"_s, t0);
    unit(u"welcome"_s, u"subscriber:8"_s, true, {}, u"huda@example.com"_s, t0);
    // Sara becomes a customer and buys within the window.
    order(10, customer(2001, u"sara@example.com"_s), t0 + 3 * kHour, 45000);
    const ToolLift lift = liftOf(u"welcome"_s, t0);
    EXPECT_EQ(lift.treated, (LiftGroup{1, 45000, 45000LL * 45000}));
    EXPECT_EQ(lift.heldBack, (LiftGroup{1, 0, 0}));
}

TEST_P(HoldoutLiftTest, AStorefrontToolsGroupsAreTheVisitorsOfTheDayWithTheirOrders)
{
    const qint64 t0 = nowMs();
    const int toast = holdout::storefrontBit(u"latest_purchase"_s);
    const int collector = holdout::storefrontBit(u"email_collector"_s);
    const auto visit = [&](const QString &visitor, int on, int held) {
        ASSERT_TRUE(db::exec(db(),
                             u"INSERT INTO visitor_sessions (merchant_id, visitor_id, started_at, last_seen_at, page_count, tools_on, "
                             "held_back) VALUES (:m, :v, :at, :at2, 1, :on, :held)"_s,
                             {{u"m"_s, kMerchantA}, {u"v"_s, visitor}, {u"at"_s, t0}, {u"at2"_s, t0}, {u"on"_s, on}, {u"held"_s, held}}));
    };
    visit(u"aaaa"_s, toast | collector, 0);
    visit(u"aaaa"_s, toast | collector, 0); // a second visit the same day: one shopper
    visit(u"bbbb"_s, toast | collector, toast);
    visit(u"cccc"_s, toast | collector, 0);
    visit(u"dddd"_s, collector, 0); // came before the toast was on
    const qint64 shopper = customer(3001, u"visitor@example.com"_s);
    const qint64 bought = order(20, shopper, t0 + kHour, 30000);
    const qint64 boughtHeld = order(21, shopper, t0 + 2 * kHour, 5000);
    ASSERT_TRUE(db::exec(db(), u"UPDATE attributions SET visitor_id = 'aaaa' WHERE order_id = :o"_s, {{u"o"_s, bought}}));
    ASSERT_TRUE(db::exec(db(), u"UPDATE attributions SET visitor_id = 'bbbb' WHERE order_id = :o"_s, {{u"o"_s, boughtHeld}}));

    const ToolLift lift = liftOf(u"latest_purchase"_s, t0);
    EXPECT_EQ(lift.treated, (LiftGroup{2, 30000, 30000LL * 30000}));
    EXPECT_EQ(lift.heldBack, (LiftGroup{1, 5000, 5000LL * 5000}));
    const ToolLift form = liftOf(u"email_collector"_s, t0);
    EXPECT_EQ(form.treated.shoppers, 4);
    EXPECT_EQ(form.treated.revenue, 35000);
    EXPECT_EQ(form.heldBack.shoppers, 0);
}

TEST_P(HoldoutLiftTest, AnOrderInAnOpenWindowPutsTheUnitsDayBackOnTheFeed)
{
    const qint64 t0 = nowMs() - 3 * kDay; // the unit's day is no longer today or yesterday
    const qint64 shopper = customer(4001, u"late@example.com"_s);
    unit(u"win_back"_s, u"customer:1:after_order:1"_s, false, shopper, {}, t0);
    SalesRollup rollup(db(), m_clock);
    ASSERT_TRUE(rollup.pass());
    m_clock.advance(10 * 60 * 1000);
    ASSERT_TRUE(rollup.pass());
    const QString day = time::riyadhDay(time::fromStorage(t0)).toString(Qt::ISODate);
    const auto sent = [&] {
        auto q = db::exec(db(), u"SELECT payload_json FROM sales_days WHERE merchant_id = :m AND day = :d"_s, {{u"m"_s, kMerchantA}, {u"d"_s, day}});
        return q && q->next() ? q->value(0).toString() : QString();
    };
    EXPECT_TRUE(sent().contains(u"\"win_back\""_s)) << sent().toStdString();
    EXPECT_FALSE(sent().contains(u"27000"_s));
    m_clock.advance(10 * 60 * 1000);
    order(30, shopper, t0 + kDay, 27000);
    ASSERT_TRUE(rollup.pass());
    EXPECT_TRUE(sent().contains(u"27000"_s)) << "the order moved the unit, and its day went out again: " << sent().toStdString();
}

NOMO_ON_BOTH_ENGINES(HoldoutLiftTest);
