// Salla does not promise delivery order, and a webhook refused while the daemon was
// down comes back minutes later, after newer ones. The processor keeps the newest
// state by Salla's own times, on both engines.
#include "support/Fixtures.h"
#include "support/TenantFixture.h"

#include "db/Database.h"
#include "jobs/JobQueue.h"
#include "jobs/Subscriptions.h"
#include "repositories/AbandonedCartRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/OrderRepository.h"
#include "security/TokenCipher.h"
#include "webhooks/EventProcessor.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {

constexpr qint64 kOrder = 1935507712;    // order_*_webhook.json
constexpr qint64 kCustomer = 874512390;  // customer_created_webhook.json
constexpr qint64 kCart = 1713390284;     // abandoned_cart_webhook.json

QJsonObject phpDate(const QString &riyadhTime)
{
    return {{u"date"_s, QString(riyadhTime + u".000000"_s)}, {u"timezone_type"_s, 3}, {u"timezone"_s, u"Asia/Riyadh"_s}};
}

QJsonObject fixture(const QString &file)
{
    return QJsonDocument::fromJson(test::sallaFixture(file)).object();
}

class EventProcessorTest : public test::TenantFixture
{
protected:
    EventProcessor::Outcome process(const QJsonObject &envelope, const QString &source = u"webhook"_s)
    {
        StoredEvent event;
        event.id = ++m_lastId;
        event.merchantId = envelope[u"merchant"_s].toInteger();
        event.eventType = envelope[u"event"_s].toString();
        event.source = source;
        event.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
        auto transaction = db::Transaction::begin(db());
        EXPECT_TRUE(transaction);
        auto outcome = EventProcessor(db(), m_cipher, m_subscriptions, 30, m_clock).process(event);
        EXPECT_TRUE(outcome) << event.eventType.toStdString() << ": " << outcome.error().toString().toStdString();
        EXPECT_TRUE(transaction->commit());
        return outcome ? *outcome : EventProcessor::Outcome{};
    }

    // order.status.updated moving the fixture's order to `slug`, as Salla recorded it
    // at `riyadhTime` (its status history's created_at) and sent it a second later.
    static QJsonObject statusUpdate(const QString &slug, const QString &riyadhTime, const QString &sentAt)
    {
        QJsonObject envelope = fixture(u"order_status_updated_webhook.json"_s);
        QJsonObject data = envelope[u"data"_s].toObject();
        QJsonObject order = data[u"order"_s].toObject();
        order[u"status"_s] = QJsonObject{{u"id"_s, 1}, {u"name"_s, slug}, {u"slug"_s, slug}};
        data[u"order"_s] = order;
        data[u"created_at"_s] = phpDate(riyadhTime);
        envelope[u"data"_s] = data;
        envelope[u"created_at"_s] = sentAt;
        return envelope;
    }
    static QJsonObject customerUpdate(const QString &city, const QString &riyadhTime)
    {
        QJsonObject envelope = fixture(u"customer_created_webhook.json"_s);
        envelope[u"event"_s] = u"customer.updated"_s;
        QJsonObject data = envelope[u"data"_s].toObject();
        data[u"city"_s] = city;
        data[u"updated_at"_s] = phpDate(riyadhTime);
        envelope[u"data"_s] = data;
        return envelope;
    }
    static QJsonObject cartSnapshot(double total, const QString &riyadhTime)
    {
        QJsonObject envelope = fixture(u"abandoned_cart_webhook.json"_s);
        QJsonObject data = envelope[u"data"_s].toObject();
        data[u"total"_s] = QJsonObject{{u"amount"_s, total}, {u"currency"_s, u"SAR"_s}};
        data[u"updated_at"_s] = phpDate(riyadhTime);
        envelope[u"data"_s] = data;
        return envelope;
    }

    QString orderStatus() { return OrderRepository(db(), m_a, m_clock).findBySallaId(kOrder)->value_or(Order{}).status; }

    // The domain events recorded, oldest first, as "kind subject-status" lines.
    QStringList domainEvents()
    {
        QStringList kinds;
        auto rows = db::exec(db(), u"SELECT kind, payload FROM domain_events ORDER BY id"_s);
        while (rows && rows->next())
            kinds.append(rows->value(0).toString());
        return kinds;
    }

    TokenCipher m_cipher = *TokenCipher::fromBytes(TokenCipher::generateKey());
    Subscriptions m_subscriptions;
    qint64 m_lastId = 0;
};

} // namespace

TEST_P(EventProcessorTest, ARedeliveredOlderStatusUpdateLeavesTheNewerStatus)
{
    EXPECT_EQ(process(fixture(u"order_created_webhook.json"_s)).status, u"processed"_s);
    const QJsonObject older = statusUpdate(u"in_progress"_s, u"2025-11-24 09:00:00"_s, u"Mon Nov 24 2025 09:00:01 GMT+0300"_s);
    // The fixture's own update: completed on 2025-11-25 18:04:51.
    EXPECT_EQ(process(fixture(u"order_status_updated_webhook.json"_s)).status, u"processed"_s);
    ASSERT_EQ(orderStatus(), u"completed"_s);

    const EventProcessor::Outcome late = process(older); // refused while we were down, redelivered now
    EXPECT_EQ(late.status, u"ignored"_s);
    EXPECT_TRUE(late.note.contains(u"older state than the one stored"_s)) << late.note.toStdString();
    EXPECT_EQ(orderStatus(), u"completed"_s);
}

TEST_P(EventProcessorTest, ARetriedOrderCreatedAfterItsCancellationLeavesItCanceled)
{
    // order.created (sent 2025-11-23 14:32:07) was refused; the cancellation came through.
    EXPECT_EQ(process(statusUpdate(u"canceled"_s, u"2025-11-23 15:00:00"_s, u"Sun Nov 23 2025 15:00:01 GMT+0300"_s)).status,
              u"processed"_s);
    ASSERT_EQ(orderStatus(), u"canceled"_s);
    EXPECT_EQ(process(fixture(u"order_created_webhook.json"_s)).status, u"ignored"_s);
    EXPECT_EQ(orderStatus(), u"canceled"_s);
}

TEST_P(EventProcessorTest, AnOlderCustomerUpdateLeavesTheNewerFields)
{
    EXPECT_EQ(process(fixture(u"customer_created_webhook.json"_s)).status, u"processed"_s);
    EXPECT_EQ(process(customerUpdate(u"جدة"_s, u"2025-11-26 12:00:00"_s)).status, u"processed"_s);
    EXPECT_EQ(process(customerUpdate(u"الدمام"_s, u"2025-11-24 12:00:00"_s)).status, u"ignored"_s);
    const auto stored = CustomerRepository(db(), m_a, m_clock).findBySallaId(kCustomer);
    ASSERT_TRUE(stored && *stored);
    EXPECT_EQ((*stored)->city, u"جدة"_s);
    // The order's own copy of the customer (updated_at 2025-11-23) is older too.
    EXPECT_EQ(process(fixture(u"order_created_webhook.json"_s)).status, u"processed"_s);
    EXPECT_EQ(CustomerRepository(db(), m_a, m_clock).findBySallaId(kCustomer)->value().city, u"جدة"_s);
}

TEST_P(EventProcessorTest, AnOlderCartSnapshotIsRefusedAndAPurchasedCartStaysPurchased)
{
    EXPECT_EQ(process(cartSnapshot(500, u"2025-11-24 21:00:00"_s)).status, u"processed"_s);
    EXPECT_EQ(process(cartSnapshot(300, u"2025-11-24 20:30:00"_s)).status, u"ignored"_s);
    AbandonedCartRepository carts(db(), m_a, m_clock);
    EXPECT_EQ(carts.findBySallaId(kCart)->value().total, Money::fromHalalas(50000));

    const QJsonObject purchased{{u"event"_s, u"abandoned.cart.purchased"_s},
                                {u"merchant"_s, test::TenantFixture::kMerchantA},
                                {u"created_at"_s, u"Mon Nov 24 2025 21:10:00 GMT+0300"_s},
                                {u"data"_s, QJsonObject{{u"id"_s, kCart}, {u"status"_s, u"purchased"_s}}}};
    EXPECT_EQ(process(purchased).status, u"processed"_s);
    // A later snapshot of the same cart (Salla sends abandoned.cart for updates too)
    // brings its fields, but a bought cart is not abandoned again.
    EXPECT_EQ(process(cartSnapshot(520, u"2025-11-24 21:20:00"_s)).status, u"processed"_s);
    const AbandonedCart cart = carts.findBySallaId(kCart)->value();
    EXPECT_EQ(cart.status, u"purchased"_s);
    EXPECT_EQ(cart.total, Money::fromHalalas(52000));
}

TEST_P(EventProcessorTest, AReconciledRecordHoldsTheStateAtFetchTime)
{
    // Reconcile fetched the order on 2025-11-25 at 12:00 Riyadh time: under review then.
    QJsonObject fetched = fixture(u"order_created_webhook.json"_s);
    fetched[u"created_at"_s] = u"2025-11-25T09:00:00.000Z"_s;
    EXPECT_EQ(process(fetched, u"reconcile"_s).status, u"processed"_s);
    // An update recorded before the fetch is already part of what was fetched...
    EXPECT_EQ(process(statusUpdate(u"in_progress"_s, u"2025-11-24 09:00:00"_s, u"Mon Nov 24 2025 09:00:01 GMT+0300"_s)).status,
              u"ignored"_s);
    EXPECT_EQ(orderStatus(), u"under_review"_s);
    // ...and one after it is news.
    EXPECT_EQ(process(fixture(u"order_status_updated_webhook.json"_s)).status, u"processed"_s);
    EXPECT_EQ(orderStatus(), u"completed"_s);
}

TEST_P(EventProcessorTest, RecordsWhatHappenedOnceAndNotForARedelivery)
{
    process(fixture(u"customer_created_webhook.json"_s));
    process(fixture(u"order_created_webhook.json"_s));
    process(fixture(u"order_created_webhook.json"_s)); // redelivered: nothing new happened
    process(fixture(u"order_status_updated_webhook.json"_s));
    process(fixture(u"order_status_updated_webhook.json"_s));
    QStringList expected{u"customer.created"_s, u"order.created"_s};
    const QString coupon = fixture(u"order_created_webhook.json"_s)[u"data"_s][u"coupon"_s].toObject()[u"code"_s].toString();
    if (!OrderRepository(db(), m_a, m_clock).findBySallaId(kOrder)->value().couponCode.isEmpty())
        expected.append(u"coupon.used"_s);
    expected.append(u"order.status_changed"_s);
    EXPECT_EQ(domainEvents(), expected);
    auto change = db::exec(db(), u"SELECT payload FROM domain_events WHERE kind = 'order.status_changed'"_s);
    ASSERT_TRUE(change && change->next());
    const QJsonObject payload = QJsonDocument::fromJson(change->value(0).toString().toUtf8()).object();
    EXPECT_EQ(payload[u"status"_s].toString(), u"completed"_s);
    EXPECT_FALSE(payload[u"previous_status"_s].toString().isEmpty());
    EXPECT_NE(payload[u"previous_status"_s].toString(), u"completed"_s);
}

TEST_P(EventProcessorTest, AnOlderStateAnnouncesNothing)
{
    process(fixture(u"order_created_webhook.json"_s));
    process(fixture(u"order_status_updated_webhook.json"_s));
    const int before = static_cast<int>(domainEvents().size());
    process(statusUpdate(u"in_progress"_s, u"2025-11-24 09:00:00"_s, u"Mon Nov 24 2025 09:00:01 GMT+0300"_s));
    EXPECT_EQ(domainEvents().size(), before);
}

TEST_P(EventProcessorTest, ACartAbandonedThenBoughtIsTwoEvents)
{
    process(fixture(u"abandoned_cart_webhook.json"_s));
    QJsonObject purchased{{u"event"_s, u"abandoned.cart.purchased"_s},
                          {u"merchant"_s, kMerchantA},
                          {u"created_at"_s, u"Wed Nov 26 2025 10:00:00 GMT+0300"_s},
                          {u"data"_s, QJsonObject{{u"id"_s, kCart}, {u"status"_s, u"purchased"_s}}}};
    process(purchased);
    process(purchased);
    EXPECT_EQ(domainEvents(), (QStringList{u"customer.created"_s, u"cart.abandoned"_s, u"cart.purchased"_s}));
}

TEST_P(EventProcessorTest, SubscribersGetAJobInTheSameTransaction)
{
    m_subscriptions.add(u"order.created"_s, Subscriber{u"test.thank_you"_s, false, 3});
    m_subscriptions.add(u"order.created"_s, Subscriber{u"test.count"_s, true, 3});
    process(fixture(u"order_created_webhook.json"_s));
    JobQueue jobs(db(), m_clock);
    auto claimed = jobs.claim(u"me"_s, {u"test.thank_you"_s, u"test.count"_s}, 10, 1000);
    ASSERT_TRUE(claimed);
    ASSERT_EQ(claimed->size(), 2);
    for (const Job &job : std::as_const(*claimed)) {
        EXPECT_EQ(job.merchantId, kMerchantA);
        EXPECT_EQ(job.payload[u"kind"_s].toString(), u"order.created"_s);
        EXPECT_GT(job.payload[u"domain_event_id"_s].toInteger(), 0);
        EXPECT_EQ(job.payload[u"payload"_s][u"salla_id"_s].toInteger(), kOrder);
    }
    // Work that rolls back takes its jobs with it: a new order processed in a
    // transaction that is never committed leaves no job behind.
    QJsonObject another = fixture(u"order_created_webhook.json"_s);
    QJsonObject data = another[u"data"_s].toObject();
    data[u"id"_s] = kOrder + 1;
    another[u"data"_s] = data;
    StoredEvent event;
    event.id = 99;
    event.merchantId = kMerchantA;
    event.eventType = u"order.created"_s;
    event.body = QJsonDocument(another).toJson(QJsonDocument::Compact);
    {
        auto transaction = db::Transaction::begin(db());
        ASSERT_TRUE(transaction);
        auto outcome = EventProcessor(db(), m_cipher, m_subscriptions, 30, m_clock).process(event);
        ASSERT_TRUE(outcome) << outcome.error().toString().toStdString();
        // inside: one more thank-you; the once-per-store count folds into the waiting one
        EXPECT_EQ(db::scalar(db(), u"SELECT COUNT(*) FROM jobs"_s).value_or(-1), 3);
    } // rolled back
    EXPECT_EQ(db::scalar(db(), u"SELECT COUNT(*) FROM jobs"_s).value_or(-1), 2);
}

// The intake stores the store and the event it read off the bytes; a body whose
// document says otherwise is not acted on for either store.
TEST_P(EventProcessorTest, AnEventStoredForAnotherStoreOrKindThanItsBodySaysIsRefused)
{
    const QByteArray body = QJsonDocument(fixture(u"order_created_webhook.json"_s)).toJson(QJsonDocument::Compact);
    for (const auto &[merchant, type] : {std::pair{kMerchantB, u"order.created"_s}, std::pair{kMerchantA, u"customer.created"_s}}) {
        StoredEvent event;
        event.id = ++m_lastId;
        event.merchantId = merchant;
        event.eventType = type;
        event.body = body;
        auto transaction = db::Transaction::begin(db());
        ASSERT_TRUE(transaction);
        auto outcome = EventProcessor(db(), m_cipher, m_subscriptions, 30, m_clock).process(event);
        ASSERT_FALSE(outcome);
        EXPECT_EQ(outcome.error().messageKey, u"events.envelope_mismatch"_s) << outcome.error().toString().toStdString();
    }
    EXPECT_EQ(db::scalar(db(), u"SELECT COUNT(*) FROM orders"_s).value_or(-1), 0);
}

NOMO_ON_BOTH_ENGINES(EventProcessorTest);
