#include "json/DomainJson.h"
#include "repositories/ChangeFeedRepository.h"
#include "repositories/CustomerRepository.h"
#include "support/TenantFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class CustomerRepositoryTest : public nomo::test::TenantFixture
{
protected:
    static Customer abdullah()
    {
        Customer c;
        c.sallaId = 774501236;
        c.firstName = u"عبدالله"_s;
        c.lastName = u"القحطاني"_s;
        c.email = u"abdullah@example.sa"_s;
        c.mobile = u"+966501806978"_s;
        c.city = u"الرياض"_s;
        c.country = u"SA"_s;
        return c;
    }
};
} // namespace

TEST_P(CustomerRepositoryTest, UpsertKeepsArabicTextIntact)
{
    CustomerRepository repo(db(), m_a, m_clock);
    const auto id = repo.upsert(abdullah());
    ASSERT_TRUE(id) << id.error().toString().toStdString();
    const auto read = repo.find(id->id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->firstName, u"عبدالله"_s);
    EXPECT_EQ(read->city, u"الرياض"_s);
}

TEST_P(CustomerRepositoryTest, RedeliveryChangesNothing)
{
    CustomerRepository repo(db(), m_a, m_clock);
    const auto first = repo.upsert(abdullah());
    const auto second = repo.upsert(abdullah());
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first->id, second->id);
    EXPECT_EQ(repo.list()->size(), 1);
    EXPECT_EQ(ChangeFeedRepository(db(), m_a, m_clock).since(0, 10)->size(), 1);
}

TEST_P(CustomerRepositoryTest, UpdateByTheSameSallaIdChangesTheRow)
{
    CustomerRepository repo(db(), m_a, m_clock);
    const auto id = repo.upsert(abdullah());
    Customer moved = abdullah();
    moved.city = u"جدة"_s;
    EXPECT_EQ(repo.upsert(moved)->id, id->id);
    EXPECT_EQ(repo.find(id->id)->city, u"جدة"_s);
    EXPECT_EQ(ChangeFeedRepository(db(), m_a, m_clock).since(0, 10)->size(), 2);
}

TEST_P(CustomerRepositoryTest, TheSameSallaIdInTwoStoresIsTwoCustomers)
{
    const auto a = CustomerRepository(db(), m_a, m_clock).upsert(abdullah());
    Customer other = abdullah();
    other.firstName = u"سارة"_s;
    const auto b = CustomerRepository(db(), m_b, m_clock).upsert(other);
    ASSERT_TRUE(a && b);
    EXPECT_NE(a->id, b->id);
    EXPECT_EQ(CustomerRepository(db(), m_a, m_clock).find(a->id)->firstName, u"عبدالله"_s);
}

TEST_P(CustomerRepositoryTest, AnotherMerchantCannotReadIt)
{
    const auto id = CustomerRepository(db(), m_a, m_clock).upsert(abdullah());
    CustomerRepository theirs(db(), m_b, m_clock);
    EXPECT_EQ(theirs.find(id->id).error().code, ErrorCode::NotFound);
    EXPECT_FALSE(theirs.findBySallaId(abdullah().sallaId)->has_value());
    EXPECT_TRUE(theirs.list()->isEmpty());
}

TEST_P(CustomerRepositoryTest, AnOlderStateLeavesTheNewerFields)
{
    CustomerRepository repo(db(), m_a, m_clock);
    Customer moved = abdullah();
    moved.city = u"جدة"_s;
    moved.sourceAt = QDateTime(QDate(2025, 11, 26), QTime(9, 0), QTimeZone::utc());
    const auto id = repo.upsert(moved);
    NOMO_ASSERT_OK(id);
    Customer before = abdullah(); // customer.updated from the 24th, redelivered late
    before.sourceAt = QDateTime(QDate(2025, 11, 24), QTime(9, 0), QTimeZone::utc());
    const auto older = repo.upsert(before);
    NOMO_ASSERT_OK(older);
    EXPECT_TRUE(older->refusedAsOlder);
    EXPECT_EQ(repo.find(id->id)->city, u"جدة"_s);
    EXPECT_EQ(ChangeFeedRepository(db(), m_a, m_clock).since(0, 10)->size(), 1);
}

// The change an upsert appends carries the customer as stored (the console's copy is
// made from it), on insert and on update, without reading the row back.
TEST_P(CustomerRepositoryTest, TheChangeCarriesTheCustomerAsStored)
{
    CustomerRepository repo(db(), m_a, m_clock);
    Customer first = abdullah();
    first.sourceAt = m_clock.nowUtc();
    const auto inserted = repo.upsert(first);
    ASSERT_TRUE(inserted) << inserted.error().toString().toStdString();
    EXPECT_EQ(lastChangePayload(m_a), toJson(*repo.find(inserted->id)));

    m_clock.advance(60 * 1000);
    Customer moved = abdullah();
    moved.city = u"جدة"_s;
    moved.email.clear(); // no longer given
    moved.sourceAt = m_clock.nowUtc();
    const auto updated = repo.upsert(moved);
    ASSERT_TRUE(updated) << updated.error().toString().toStdString();
    ASSERT_TRUE(updated->changed);
    const QJsonObject stored = toJson(*repo.find(inserted->id));
    EXPECT_EQ(lastChangePayload(m_a), stored);
    EXPECT_EQ(stored[u"city"_s].toString(), u"جدة"_s);
}

NOMO_ON_BOTH_ENGINES(CustomerRepositoryTest);
