// What earned each order, decided once in the order's transaction and kept in step
// with its status (docs/attribution.md), on crafted histories and on a random one whose
// totals must not drift, on both engines.
#include "reports/OrderAttribution.h"
#include "reports/SalesRollup.h"
#include "reports/SalesTotals.h"
#include "storefront/BeaconSink.h"
#include "storefront/VisitorIds.h"

#include "core/Time.h"
#include "db/Database.h"
#include "domain/Customer.h"
#include "domain/FeatureState.h"
#include "domain/Order.h"
#include "repositories/CouponUseRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/FeatureRepository.h"
#include "repositories/OrderRepository.h"
#include "support/TenantFixture.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kHour = 3600 * kSecond;
constexpr qint64 kDay = 24 * kHour;

class OrderAttributionTest : public TenantFixture
{
protected:
    void SetUp() override
    {
        TenantFixture::SetUp();
        Customer c;
        c.sallaId = 874512390;
        c.firstName = u"عبدالله"_s;
        c.email = u"Abdullah.Alqahtani@example.com"_s;
        c.mobile = u"+966501234567"_s;
        auto made = CustomerRepository(db(), m_a, m_clock).upsert(c);
        ASSERT_TRUE(made) << made.error().toString().toStdString();
        m_customer = made->id;
    }

    qint64 nowMs() const { return time::toStorage(m_clock.nowUtc()); }

    qint64 value(const QString &sql, const QVariantMap &binds = {})
    {
        auto q = db::exec(db(), sql, binds);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    QString text(const QString &sql, const QVariantMap &binds = {})
    {
        auto q = db::exec(db(), sql, binds);
        return q && q->next() ? q->value(0).toString() : u"<none>"_s;
    }

    qint64 coupon(const QString &code)
    {
        const auto made = db::exec(db(),
                                   u"INSERT INTO coupons (merchant_id, code, code_key, type, amount, terms, created_at, updated_at) "
                                   "VALUES (:m, :code, :key, 'percentage', 1000, '{}', 0, 0)"_s,
                                   {{u"m"_s, kMerchantA}, {u"code"_s, code}, {u"key"_s, code.toUpper()}});
        EXPECT_TRUE(made) << made.error().toString().toStdString();
        return value(u"SELECT id FROM coupons WHERE merchant_id = :m AND code = :code"_s, {{u"m"_s, kMerchantA}, {u"code"_s, code}});
    }

    // A message of ours to the shopper, clicked or opened at the times given (ms).
    qint64 message(const QString &automation, const QString &channel, std::optional<qint64> clickedAt,
                   std::optional<qint64> openedAt = {}, std::optional<qint64> cart = {})
    {
        static int n = 0;
        const auto nullable = [](std::optional<qint64> v) { return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>()); };
        const auto made = db::exec(
            db(),
            u"INSERT INTO messages (merchant_id, automation, channel, marketing, customer_id, cart_id, recipient, status, due_at, "
            "idempotency_key, sent_at, clicked_at, opened_at, created_at, updated_at) VALUES (:m, :automation, :channel, :marketing, "
            ":customer, :cart, :to, 'sent', 0, :key, 0, :clicked, :opened, 0, 0)"_s,
            {{u"m"_s, kMerchantA}, {u"automation"_s, automation}, {u"channel"_s, channel}, {u"marketing"_s, true},
             {u"customer"_s, m_customer}, {u"cart"_s, nullable(cart)},
             {u"to"_s, channel == u"email" ? u"abdullah.alqahtani@example.com"_s : u"966501234567"_s},
             {u"key"_s, u"test:%1"_s.arg(++n)}, {u"clicked"_s, nullable(clickedAt)}, {u"opened"_s, nullable(openedAt)}});
        EXPECT_TRUE(made) << made.error().toString().toStdString();
        return value(u"SELECT MAX(id) FROM messages WHERE merchant_id = :m"_s, {{u"m"_s, kMerchantA}});
    }

    // What EventProcessor::onOrder does with an order event: store it, its coupon use,
    // then its attribution — here outside one transaction, which changes nothing of it.
    qint64 record(Order order)
    {
        if (!order.sourceAt.isValid())
            order.sourceAt = m_clock.nowUtc();
        auto stored = OrderRepository(db(), m_a, m_clock).upsert(order);
        EXPECT_TRUE(stored) << stored.error().toString().toStdString();
        if (!stored)
            return 0;
        EXPECT_TRUE(CouponUseRepository(db(), m_a, m_clock).recordOrder(stored->id));
        auto followed = OrderAttribution(db(), kMerchantA, m_clock).follow(stored->id, order);
        EXPECT_TRUE(followed) << followed.error().toString().toStdString();
        return stored->id;
    }
    Order order(qint64 sallaId, qint64 orderedAtMs, const QString &status = u"under_review"_s, qint64 total = 38065)
    {
        Order o;
        o.sallaId = sallaId;
        o.referenceId = QString::number(sallaId);
        o.status = status;
        o.total = Money::fromHalalas(total);
        o.orderedAt = time::fromStorage(orderedAtMs);
        o.customerId = m_customer;
        o.paymentMethod = u"mada"_s;
        return o;
    }
    // Each later state of an order comes newer than the one before.
    qint64 move(qint64 sallaId, qint64 orderedAtMs, const QString &status, const QString &payment = u"mada"_s)
    {
        Order o = order(sallaId, orderedAtMs, status);
        o.paymentMethod = payment;
        m_clock.advance(1000);
        o.sourceAt = m_clock.nowUtc();
        return record(o);
    }
    QString source(qint64 orderId)
    {
        return text(u"SELECT source FROM attributions WHERE merchant_id = :m AND order_id = :o"_s, {{u"m"_s, kMerchantA}, {u"o"_s, orderId}});
    }
    qint64 counted(qint64 orderId)
    {
        return value(u"SELECT counted_halalas FROM attributions WHERE merchant_id = :m AND order_id = :o"_s,
                     {{u"m"_s, kMerchantA}, {u"o"_s, orderId}});
    }

    qint64 m_customer = 0;
};

} // namespace

TEST_P(OrderAttributionTest, TheCouponBeatsAClickAndAClickBeatsNothing)
{
    const qint64 at = nowMs();
    const qint64 reminder = message(u"abandoned_cart"_s, u"email"_s, at - kHour);
    coupon(u"NOMO10"_s);
    Order withCode = order(1, at);
    withCode.couponCode = u"nomo10"_s; // Salla's codes match in any case
    const qint64 first = record(withCode);
    EXPECT_EQ(source(first), u"coupon"_s);
    EXPECT_EQ(value(u"SELECT message_id FROM attributions WHERE order_id = :o"_s, {{u"o"_s, first}}), 0) << "no message id beside the coupon";

    const qint64 second = record(order(2, at));
    EXPECT_EQ(source(second), u"message"_s);
    EXPECT_EQ(value(u"SELECT message_id FROM attributions WHERE order_id = :o"_s, {{u"o"_s, second}}), reminder);
    EXPECT_EQ(text(u"SELECT touch FROM attributions WHERE order_id = :o"_s, {{u"o"_s, second}}), u"click"_s);
    EXPECT_EQ(text(u"SELECT automation FROM attributions WHERE order_id = :o"_s, {{u"o"_s, second}}), u"abandoned_cart"_s);

    // A stranger's order (no customer, no touch) is nobody's.
    Order stranger = order(3, at);
    stranger.customerId.reset();
    EXPECT_EQ(source(record(stranger)), u"none"_s);
}

TEST_P(OrderAttributionTest, WindowEdgesCountToTheSecondAndOnlyBeforeTheOrder)
{
    const qint64 at = nowMs();
    const qint64 edge = message(u"broadcast"_s, u"sms"_s, at - 5 * kDay);
    EXPECT_EQ(source(record(order(1, at))), u"message"_s) << "a click exactly five days before counts";
    EXPECT_EQ(value(u"SELECT message_id FROM attributions WHERE order_id = (SELECT MAX(order_id) FROM attributions)"_s), edge);
    EXPECT_EQ(source(record(order(2, at + kSecond))), u"none"_s) << "five days and a second is outside";

    // An email opened a day before counts; an SMS cannot be opened; nothing after the order.
    message(u"welcome"_s, u"email"_s, std::nullopt, at + 2 * kDay - kDay);
    message(u"broadcast"_s, u"sms"_s, std::nullopt, at + 2 * kDay - kHour);
    message(u"broadcast"_s, u"whatsapp"_s, at + 2 * kDay + 2 * kSecond);
    EXPECT_EQ(source(record(order(3, at + 2 * kDay))), u"message"_s);
    EXPECT_EQ(text(u"SELECT touch FROM attributions WHERE order_id = (SELECT MAX(order_id) FROM attributions)"_s), u"open"_s);
    EXPECT_EQ(source(record(order(4, at + 2 * kDay + kSecond))), u"none"_s) << "the open is a day and a second old; the click came after";

    // The windows are the store's: a one-day click window leaves a two-day-old click out.
    FeatureRepository features(db(), m_a, m_clock);
    FeatureState notifications = *features.get(u"notifications"_s);
    notifications.settings.insert(u"attribution_click_days"_s, 1);
    NOMO_ASSERT_OK(features.save(notifications));
    message(u"win_back"_s, u"email"_s, at + 10 * kDay - 2 * kDay);
    EXPECT_EQ(source(record(order(5, at + 10 * kDay))), u"none"_s);
    notifications = *features.get(u"notifications"_s);
    notifications.settings.insert(u"attribution_click_days"_s, 3);
    NOMO_ASSERT_OK(features.save(notifications));
    EXPECT_EQ(source(record(order(6, at + 10 * kDay))), u"message"_s);
}

// The event worker keeps a store's windows for a batch: follow() reads them once into
// what it is given, uses them from there after, and reads them again once that is empty
// (the next batch).
TEST_P(OrderAttributionTest, WindowsKeptForABatchAreReadOnceAndAgainAfter)
{
    const qint64 at = nowMs();
    const auto follow = [this](Order order, std::optional<AttributionWindows> *kept) {
        order.sourceAt = m_clock.nowUtc();
        auto stored = OrderRepository(db(), m_a, m_clock).upsert(order);
        EXPECT_TRUE(stored);
        EXPECT_TRUE(CouponUseRepository(db(), m_a, m_clock).recordOrder(stored->id));
        OrderAttribution attribution(db(), kMerchantA, m_clock);
        attribution.keepWindowsIn(kept);
        EXPECT_TRUE(attribution.follow(stored->id, order));
        return stored->id;
    };
    message(u"win_back"_s, u"email"_s, at - 2 * kDay); // clicked two days before the orders
    std::optional<AttributionWindows> kept;
    EXPECT_EQ(source(follow(order(21, at), &kept)), u"message"_s) << "five days by default";
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->clickMs, 5 * kDay);

    FeatureRepository features(db(), m_a, m_clock);
    FeatureState notifications = *features.get(u"notifications"_s);
    notifications.settings.insert(u"attribution_click_days"_s, 1);
    NOMO_ASSERT_OK(features.save(notifications));
    EXPECT_EQ(source(follow(order(22, at), &kept)), u"message"_s) << "the batch's windows, kept";
    kept.reset(); // the next batch
    EXPECT_EQ(source(follow(order(23, at), &kept)), u"none"_s) << "read again: one day now";
    EXPECT_EQ(kept->clickMs, kDay);
}

TEST_P(OrderAttributionTest, CancelsRefundsAndRefusedCashOnDeliveryReverseWhatCounts)
{
    const qint64 at = nowMs();
    message(u"broadcast"_s, u"email"_s, at - kHour);
    const qint64 paid = move(1, at, u"under_review"_s);
    EXPECT_EQ(counted(paid), 38065);
    EXPECT_EQ(value(u"SELECT vat_halalas FROM attributions WHERE order_id = :o"_s, {{u"o"_s, paid}}), 4965) << "15% inside 380.65";
    move(1, at, u"canceled"_s);
    EXPECT_EQ(counted(paid), 0);
    EXPECT_EQ(value(u"SELECT vat_halalas FROM attributions WHERE order_id = :o"_s, {{u"o"_s, paid}}), 0);
    move(1, at, u"in_progress"_s);
    EXPECT_EQ(counted(paid), 38065) << "restored after a cancel counts again";
    move(1, at, u"restored"_s);
    EXPECT_EQ(counted(paid), 0) << "returned and refunded";
    EXPECT_EQ(source(paid), u"message"_s) << "what earned it never changes";

    const qint64 cod = move(2, at, u"under_review"_s, u"cod"_s);
    EXPECT_EQ(counted(cod), 0) << "cash on delivery is no money yet";
    move(2, at, u"delivering"_s, u"cod"_s);
    EXPECT_EQ(counted(cod), 0);
    move(2, at, u"delivered"_s, u"cod"_s);
    EXPECT_EQ(counted(cod), 38065);
    const qint64 refused = move(3, at, u"under_review"_s, u"cod"_s);
    move(3, at, u"canceled"_s, u"cod"_s);
    EXPECT_EQ(counted(refused), 0) << "refused at the door";
}

TEST_P(OrderAttributionTest, ACartBoughtAfterItsReminderIsRecoveredWithItsRevenue)
{
    const qint64 at = nowMs();
    const auto cart = db::exec(db(),
                               u"INSERT INTO abandoned_carts (merchant_id, salla_id, customer_id, total_halalas, status, abandoned_at, "
                               "created_at, updated_at) VALUES (:m, 1682203945, :c, 38065, 'purchased', :left, 0, 0)"_s,
                               {{u"m"_s, kMerchantA}, {u"c"_s, m_customer}, {u"left"_s, at - 3 * kHour}});
    ASSERT_TRUE(cart) << cart.error().toString().toStdString();
    const qint64 cartId = value(u"SELECT id FROM abandoned_carts WHERE salla_id = 1682203945"_s);
    message(u"abandoned_cart"_s, u"whatsapp"_s, at - 2 * kHour, std::nullopt, cartId);
    const qint64 bought = record(order(1, at));
    EXPECT_EQ(value(u"SELECT cart_id FROM attributions WHERE order_id = :o"_s, {{u"o"_s, bought}}), cartId);

    auto day = SalesRollup(db(), m_clock).compute(kMerchantA, time::riyadhDay(m_clock.nowUtc()));
    ASSERT_TRUE(day) << day.error().toString().toStdString();
    EXPECT_EQ(day->cartsAbandoned, 1);
    EXPECT_EQ(day->cartsMessaged, 1);
    EXPECT_EQ(day->cartsRecovered, 1);
    EXPECT_EQ(day->recoveredRevenue, 38065);
    ASSERT_EQ(day->messages.size(), 1);
    EXPECT_EQ(day->messages.constFirst().automation, u"abandoned_cart"_s);
    EXPECT_EQ(day->messages.constFirst().orders, 1);
    EXPECT_EQ(day->messages.constFirst().revenue, 38065);
}

TEST_P(OrderAttributionTest, TheVisitIsFoundByTheCheckoutsAddressAndBrowserWithoutKeepingThem)
{
    const QByteArray ua = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1";
    VisitorIds ids(db().connectionName(), m_clock);
    auto visitor = ids.idFor(kMerchantA, "188.48.12.77", ua);
    ASSERT_TRUE(visitor) << visitor.error().toString().toStdString();
    BeaconSink sink(db().connectionName(), m_clock);
    const auto beacon = [&](const QByteArray &body) {
        auto read = Beacon::read(body);
        ASSERT_TRUE(read) << read.error().detail.toStdString();
        ASSERT_TRUE(sink.accept(BeaconSink::Visit{kMerchantA, *visitor, u"mobile"_s, true, 0, 0, *read, m_clock.nowUtc()}));
        sink.flush();
    };
    beacon(R"({"events":[{"type":"pageview","path":"/oud/p1562093847"},{"type":"event","name":"toast_click","path":"/oud/p1562093847"}]})");
    m_clock.advance(4 * 60 * 1000);

    Order seen = order(1, nowMs());
    seen.customerId.reset(); // a guest's first order: nothing but the visit to go on
    seen.shopperAddress = u"188.48.12.77"_s;
    seen.shopperAgent = QString::fromLatin1(ua);
    EXPECT_EQ(source(record(seen)), u"toast"_s);

    // Another browser, another visit: nothing.
    Order other = seen;
    other.sallaId = 2;
    other.shopperAgent = u"Mozilla/5.0 (X11; Linux x86_64) Firefox/131.0"_s;
    EXPECT_EQ(source(record(other)), u"none"_s);

    // Signing up in the visit beats clicking the toast.
    beacon(R"({"events":[{"type":"event","name":"collector_submit","path":"/"}]})");
    m_clock.advance(60 * 1000);
    Order third = seen;
    third.sallaId = 3;
    third.orderedAt = m_clock.nowUtc();
    EXPECT_EQ(source(record(third)), u"collector"_s);
}

TEST_P(OrderAttributionTest, AnEveningOrderInUtcIsTheNextRiyadhDays)
{
    const qint64 evening = time::toStorage(QDateTime(QDate(2025, 11, 23), QTime(21, 30), QTimeZone::utc()));
    const qint64 id = record(order(1, evening));
    EXPECT_EQ(text(u"SELECT day FROM attributions WHERE order_id = :o"_s, {{u"o"_s, id}}), u"2025-11-24"_s);
    const qint64 before = time::toStorage(QDateTime(QDate(2025, 11, 23), QTime(20, 59, 59), QTimeZone::utc()));
    EXPECT_EQ(text(u"SELECT day FROM attributions WHERE order_id = :o"_s, {{u"o"_s, record(order(2, before))}}), u"2025-11-23"_s);
}

TEST_P(OrderAttributionTest, TotalsNeverDriftOverARandomHistory)
{
    // 300 orders over ten days with random touches, statuses and payments, each moved
    // through random later states: what the attributions and the rolled-up days say
    // must equal what the orders say, to the halala, by source and by Riyadh day.
    QRandomGenerator random(20261202);
    const qint64 start = nowMs();
    coupon(u"EID"_s);
    static const QStringList statuses{u"under_review"_s, u"in_progress"_s, u"delivering"_s, u"delivered"_s,
                                      u"completed"_s,    u"canceled"_s,    u"restored"_s,   u"restoring"_s};
    static const QStringList payments{u"mada"_s, u"cod"_s, u"apple_pay"_s};
    static const QStringList automations{u"abandoned_cart"_s, u"broadcast"_s, u"welcome"_s};
    static const QStringList channels{u"email"_s, u"sms"_s, u"whatsapp"_s};
    for (int i = 1; i <= 300; ++i) {
        const qint64 at = start + random.bounded(10 * 24) * kHour + random.bounded(3600) * kSecond;
        if (random.bounded(3) == 0)
            message(automations.at(random.bounded(3)), channels.at(random.bounded(3)), at - random.bounded(7 * 24) * kHour,
                    at - random.bounded(48) * kHour);
        Order o = order(i, at, statuses.at(random.bounded(statuses.size())), 100 + random.bounded(100000));
        o.paymentMethod = payments.at(random.bounded(payments.size()));
        if (random.bounded(4) == 0)
            o.couponCode = u"eid"_s;
        if (random.bounded(5) == 0)
            o.customerId.reset();
        m_clock.advance(1000);
        o.sourceAt = m_clock.nowUtc();
        record(o);
        for (int moves = random.bounded(3); moves > 0; --moves) {
            o.status = statuses.at(random.bounded(statuses.size()));
            m_clock.advance(1000);
            o.sourceAt = m_clock.nowUtc();
            record(o);
        }
    }

    // The orders' own sums, by the rule, computed here from the orders table alone.
    auto orders = db::exec(db(), u"SELECT status, payment_method, total_halalas, ordered_at FROM orders WHERE merchant_id = :m"_s,
                           {{u"m"_s, kMerchantA}});
    ASSERT_TRUE(orders);
    qint64 expected = 0, expectedCount = 0;
    QMap<QDate, qint64> byDay;
    while (orders->next()) {
        if (!orderCounts(orders->value(0).toString(), orders->value(1).toString()))
            continue;
        expected += orders->value(2).toLongLong();
        ++expectedCount;
        byDay[time::riyadhDay(time::fromStorage(orders->value(3).toLongLong()))] += orders->value(2).toLongLong();
    }
    ASSERT_GT(expectedCount, 50);
    EXPECT_EQ(value(u"SELECT COUNT(*) FROM attributions WHERE merchant_id = :m"_s, {{u"m"_s, kMerchantA}}), 300) << "one row an order";
    EXPECT_EQ(value(u"SELECT SUM(counted_halalas) FROM attributions WHERE merchant_id = :m"_s, {{u"m"_s, kMerchantA}}), expected);

    SalesRollup rollup(db(), m_clock);
    QList<SalesDay> days;
    const QDate first = time::riyadhDay(time::fromStorage(start));
    for (QDate day = first; day <= first.addDays(11); day = day.addDays(1)) {
        auto rolled = rollup.compute(kMerchantA, day);
        ASSERT_TRUE(rolled) << rolled.error().toString().toStdString();
        EXPECT_EQ(rolled->revenue, byDay.value(day)) << day.toString(Qt::ISODate).toStdString();
        qint64 bySource = 0;
        for (const SalesSource &s : std::as_const(rolled->sources))
            bySource += s.revenue;
        EXPECT_EQ(bySource, rolled->revenue) << "the sources add up to the day";
        days.append(*rolled);
    }
    const SalesDay period = addUp(days);
    EXPECT_EQ(period.revenue, expected);
    EXPECT_EQ(period.orders, expectedCount);
    qint64 sources = 0, coupons = 0;
    for (const SalesSource &s : std::as_const(period.sources)) {
        sources += s.revenue;
        if (s.source == u"coupon")
            coupons += s.revenue;
    }
    EXPECT_EQ(sources, expected);
    qint64 perCoupon = 0;
    for (const CouponSales &c : std::as_const(period.coupons))
        perCoupon += c.revenue;
    EXPECT_EQ(perCoupon, coupons) << "the coupons report is the coupon source, split";
}

TEST_P(OrderAttributionTest, ADayGoesOnTheFeedOncePerMoveAndOldOrdersAreAttributedByThePass)
{
    // An order stored before attribution existed: no row until the pass finds it.
    Order old = order(1, nowMs());
    old.sourceAt = m_clock.nowUtc();
    auto stored = OrderRepository(db(), m_a, m_clock).upsert(old);
    ASSERT_TRUE(stored);
    EXPECT_EQ(source(stored->id), u"<none>"_s);
    SalesRollup rollup(db(), m_clock);
    auto sent = rollup.pass();
    ASSERT_TRUE(sent) << sent.error().toString().toStdString();
    EXPECT_EQ(source(stored->id), u"none"_s);
    const QString feed = u"SELECT COUNT(*) FROM changes WHERE merchant_id = :m AND entity = 'sales_day'"_s;
    EXPECT_EQ(value(feed, {{u"m"_s, kMerchantA}}), 1) << "today moved; yesterday had nothing";
    EXPECT_EQ(*rollup.pass(), 0) << "nothing moved";
    EXPECT_EQ(value(feed, {{u"m"_s, kMerchantA}}), 1);

    // A cancel moves the day again, through the mark, whatever day it is.
    m_clock.advance(40 * kDay);
    move(1, time::toStorage(old.orderedAt), u"canceled"_s);
    EXPECT_GE(*rollup.pass(), 1);
    EXPECT_EQ(value(feed, {{u"m"_s, kMerchantA}}), 2);
    EXPECT_EQ(text(u"SELECT payload_json FROM sales_days WHERE merchant_id = :m AND day = :d"_s,
                   {{u"m"_s, kMerchantA}, {u"d"_s, time::riyadhDay(old.orderedAt).toString(Qt::ISODate)}})
                  .contains(u"\"revenue_halalas\":0"_s),
              true);
    EXPECT_EQ(value(u"SELECT COUNT(*) FROM changes WHERE merchant_id = :m AND entity = 'sales_day'"_s, {{u"m"_s, kMerchantB}}), 0)
        << "another store's days are its own";
}

NOMO_ON_BOTH_ENGINES(OrderAttributionTest);
