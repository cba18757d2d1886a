#include "json/DomainJson.h"
#include "repositories/ChangeFeedRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/OrderRepository.h"
#include "support/TenantFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class OrderRepositoryTest : public nomo::test::TenantFixture
{
protected:
    static Order order(qint64 sallaId, qint64 halalas, QDateTime when, QString status = u"under_review"_s)
    {
        Order o;
        o.sallaId = sallaId;
        o.referenceId = QString::number(sallaId);
        o.status = std::move(status);
        o.total = Money::fromHalalas(halalas);
        o.orderedAt = std::move(when);
        o.itemCount = 1;
        return o;
    }
    static QDateTime at(int day, int hour)
    {
        return QDateTime(QDate(2025, 11, day), QTime(hour, 0), QTimeZone::utc());
    }
};
} // namespace

TEST_P(OrderRepositoryTest, UpsertIsIdempotentAndUpdatesStatus)
{
    OrderRepository repo(db(), m_a, m_clock);
    const auto id = repo.upsert(order(218340567, 20010, at(23, 10)));
    ASSERT_TRUE(id) << id.error().toString().toStdString();
    EXPECT_EQ(repo.upsert(order(218340567, 20010, at(23, 10)))->id, id->id);
    EXPECT_EQ(repo.upsert(order(218340567, 20010, at(23, 10), u"completed"_s))->id, id->id);
    EXPECT_EQ(repo.find(id->id)->status, u"completed"_s);
    EXPECT_EQ(ChangeFeedRepository(db(), m_a, m_clock).since(0, 10)->size(), 2);
}

TEST_P(OrderRepositoryTest, SumsRevenueInHalalasWithoutCanceledOrders)
{
    OrderRepository repo(db(), m_a, m_clock);
    ASSERT_TRUE(repo.upsert(order(1, 11550, at(23, 10))));
    ASSERT_TRUE(repo.upsert(order(2, 10, at(23, 11))));
    ASSERT_TRUE(repo.upsert(order(3, 20, at(23, 12))));
    ASSERT_TRUE(repo.upsert(order(4, 99999, at(23, 13), u"canceled"_s)));
    ASSERT_TRUE(repo.upsert(order(5, 500, at(25, 13)))); // outside the range
    EXPECT_EQ(*repo.revenue(at(23, 0), at(24, 0)), Money::fromHalalas(11580));
    EXPECT_EQ(repo.listPlaced(at(23, 0), at(24, 0))->size(), 4);
}

TEST_P(OrderRepositoryTest, LinksItsOwnCustomer)
{
    Customer customer;
    customer.sallaId = 774501236;
    const auto customerId = CustomerRepository(db(), m_a, m_clock).upsert(customer);
    Order o = order(7, 100, at(23, 9));
    o.customerId = customerId->id;
    const auto id = OrderRepository(db(), m_a, m_clock).upsert(o);
    ASSERT_TRUE(id) << id.error().toString().toStdString();
    EXPECT_EQ(OrderRepository(db(), m_a, m_clock).find(id->id)->customerId, customerId->id);
}

TEST_P(OrderRepositoryTest, RefusesToLinkAnotherMerchantsCustomer)
{
    Customer customer;
    customer.sallaId = 774501236;
    const auto theirCustomer = CustomerRepository(db(), m_b, m_clock).upsert(customer);
    Order o = order(8, 100, at(23, 9));
    o.customerId = theirCustomer->id;
    const auto id = OrderRepository(db(), m_a, m_clock).upsert(o);
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(OrderRepository(db(), m_a, m_clock).listPlaced(at(1, 0), at(30, 0))->isEmpty());
    EXPECT_TRUE(ChangeFeedRepository(db(), m_a, m_clock).since(0, 10)->isEmpty());
}

TEST_P(OrderRepositoryTest, AnotherMerchantCannotReadOrOverwriteIt)
{
    const auto id = OrderRepository(db(), m_a, m_clock).upsert(order(9, 100, at(23, 9)));
    OrderRepository theirs(db(), m_b, m_clock);
    EXPECT_EQ(theirs.find(id->id).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(theirs.listPlaced(at(1, 0), at(30, 0))->isEmpty());
    EXPECT_EQ(*theirs.revenue(at(1, 0), at(30, 0)), Money());
    // The same Salla id from B's store is B's own order, not a write to A's.
    ASSERT_TRUE(theirs.upsert(order(9, 777, at(23, 9))));
    EXPECT_EQ(OrderRepository(db(), m_a, m_clock).find(id->id)->total, Money::fromHalalas(100));
}

// Salla redelivers refused webhooks minutes later and promises no order: the row keeps
// the newest state by Salla's time (sourceAt), whatever order the upserts come in.
TEST_P(OrderRepositoryTest, AnOlderStateIsRefusedAndAnEqualOrNewerOneApplies)
{
    OrderRepository repo(db(), m_a, m_clock);
    Order completed = order(1, 100, at(23, 9), u"completed"_s);
    completed.sourceAt = at(25, 18);
    const auto id = repo.upsert(completed);
    NOMO_ASSERT_OK(id);
    Order inProgress = order(1, 100, at(23, 9), u"in_progress"_s);
    inProgress.sourceAt = at(24, 9);
    const auto older = repo.upsert(inProgress);
    NOMO_ASSERT_OK(older);
    EXPECT_TRUE(older->refusedAsOlder);
    EXPECT_EQ(older->id, id->id);
    EXPECT_EQ(repo.find(id->id)->status, u"completed"_s);
    EXPECT_EQ(ChangeFeedRepository(db(), m_a, m_clock).since(0, 10)->size(), 1) << "nothing to announce";

    Order delivered = order(1, 100, at(23, 9), u"delivered"_s);
    delivered.sourceAt = at(25, 18); // a tie applies: Salla's times are whole seconds
    EXPECT_FALSE(repo.upsert(delivered)->refusedAsOlder);
    EXPECT_EQ(repo.find(id->id)->status, u"delivered"_s);
    EXPECT_EQ(repo.find(id->id)->sourceAt, at(25, 18));
    // A state without a time cannot show it is newer.
    EXPECT_TRUE(repo.upsert(order(1, 100, at(23, 9), u"canceled"_s))->refusedAsOlder);
    EXPECT_EQ(repo.find(id->id)->status, u"delivered"_s);
}

TEST_P(OrderRepositoryTest, TheSameStateSeenLaterMovesItsTimeOn)
{
    OrderRepository repo(db(), m_a, m_clock);
    Order reviewed = order(2, 100, at(23, 9));
    reviewed.sourceAt = at(23, 10);
    const auto id = repo.upsert(reviewed);
    NOMO_ASSERT_OK(id);
    reviewed.sourceAt = at(23, 12); // e.g. order.updated with nothing we keep changed
    EXPECT_FALSE(repo.upsert(reviewed)->refusedAsOlder);
    Order late = order(2, 100, at(23, 9), u"in_progress"_s);
    late.sourceAt = at(23, 11);
    EXPECT_TRUE(repo.upsert(late)->refusedAsOlder);
    EXPECT_EQ(repo.find(id->id)->status, u"under_review"_s);
    EXPECT_EQ(ChangeFeedRepository(db(), m_a, m_clock).since(0, 10)->size(), 1);
}

TEST_P(OrderRepositoryTest, ARowWithoutAStateTimeTakesAnyDatedState)
{
    OrderRepository repo(db(), m_a, m_clock);
    const auto id = repo.upsert(order(3, 100, at(23, 9))); // as stored before schema version 6
    NOMO_ASSERT_OK(id);
    EXPECT_FALSE(repo.find(id->id)->sourceAt.isValid());
    Order canceled = order(3, 100, at(23, 9), u"canceled"_s);
    canceled.sourceAt = at(20, 0);
    EXPECT_FALSE(repo.upsert(canceled)->refusedAsOlder);
    EXPECT_EQ(repo.find(id->id)->status, u"canceled"_s);
}

TEST_P(OrderRepositoryTest, TheChangeCarriesTheOrderAsStored)
{
    OrderRepository repo(db(), m_a, m_clock);
    Order first = order(218340567, 20010, at(23, 10).addMSecs(250));
    first.discount = Money::fromHalalas(1500);
    first.couponCode = u"SALE15"_s;
    first.paymentMethod = u"mada"_s;
    first.city = u"الرياض"_s;
    first.sourceAt = m_clock.nowUtc();
    const auto inserted = repo.upsert(first);
    ASSERT_TRUE(inserted) << inserted.error().toString().toStdString();
    EXPECT_EQ(lastChangePayload(m_a), toJson(*repo.find(inserted->id)));

    // A light order (a status change): what it does not say is kept, and said so.
    m_clock.advance(60 * 1000);
    Order light;
    light.sallaId = first.sallaId;
    light.referenceId = first.referenceId;
    light.status = u"completed"_s;
    light.total = first.total;
    light.orderedAt = first.orderedAt;
    light.light = true;
    light.sourceAt = m_clock.nowUtc();
    const auto updated = repo.upsert(light);
    ASSERT_TRUE(updated) << updated.error().toString().toStdString();
    ASSERT_TRUE(updated->changed);
    const QJsonObject stored = toJson(*repo.find(inserted->id));
    EXPECT_EQ(lastChangePayload(m_a), stored);
    EXPECT_EQ(stored[u"coupon_code"_s].toString(), u"SALE15"_s);
    EXPECT_EQ(stored[u"status"_s].toString(), u"completed"_s);
}

NOMO_ON_BOTH_ENGINES(OrderRepositoryTest);
