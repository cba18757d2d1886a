// An uninstalled store's data goes in small batches once its grace period is over,
// on both engines, and a store that came back meanwhile keeps what it has.
#include "app/StorePurge.h"
#include "db/Database.h"
#include "domain/Merchant.h"
#include "jobs/JobQueue.h"
#include "repositories/EventRepository.h"
#include "repositories/MerchantRepository.h"
#include "support/TenantFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class StorePurgeTest : public test::TenantFixture
{
protected:
    void fill(qint64 merchant, int rows)
    {
        auto transaction = db::Transaction::begin(db());
        QList<IncomingEvent> events;
        for (int i = 0; i < rows; ++i)
            events.append(IncomingEvent{merchant, u"k:%1:%2"_s.arg(merchant).arg(i), u"order.created"_s, u"webhook"_s, "{}"});
        ASSERT_TRUE(EventRepository(db(), m_clock).store(events));
        for (int i = 0; i < rows; ++i)
            ASSERT_TRUE(db::exec(db(),
                                 u"INSERT INTO customers (merchant_id, salla_id, first_name, last_name, email, mobile, city, country, "
                                 "created_at, updated_at) VALUES (:m, :id, 'سارة', 'القحطاني', '', '', 'الرياض', 'SA', 0, 0)"_s,
                                 {{u"m"_s, merchant}, {u"id"_s, 1000 + i}}));
        ASSERT_TRUE(transaction->commit());
    }
    qint64 count(const QString &table, qint64 merchant)
    {
        return db::scalar(db(), u"SELECT COUNT(*) FROM %1 WHERE merchant_id = :m"_s.arg(table), {{u"m"_s, merchant}}).value_or(-1);
    }
};
} // namespace

TEST_P(StorePurgeTest, ADueStoreGoesInBatchesAndOthersStay)
{
    fill(kMerchantA, 1234);
    fill(kMerchantB, 10);
    ASSERT_TRUE(MerchantRepository(db(), m_clock).markUninstalled(kMerchantA, m_clock.nowUtc().addDays(30)));
    EXPECT_EQ(*StorePurge(db(), m_clock, 100).run(), 0) << "not before the grace period ends";
    EXPECT_EQ(count(u"events"_s, kMerchantA), 1234);
    m_clock.advance(31LL * 24 * 3600 * 1000);
    EXPECT_EQ(*StorePurge(db(), m_clock, 100).run(), 1);
    EXPECT_EQ(count(u"events"_s, kMerchantA), 0);
    EXPECT_EQ(count(u"customers"_s, kMerchantA), 0);
    EXPECT_FALSE(MerchantRepository(db(), m_clock).find(kMerchantA)->has_value());
    EXPECT_EQ(count(u"events"_s, kMerchantB), 10);
    EXPECT_EQ(count(u"customers"_s, kMerchantB), 10);
}

TEST_P(StorePurgeTest, AStoreThatCameBackKeepsItsData)
{
    fill(kMerchantA, 300);
    ASSERT_TRUE(MerchantRepository(db(), m_clock).markUninstalled(kMerchantA, m_clock.nowUtc()));
    Merchant back;
    back.id = kMerchantA;
    back.status = Merchant::Status::Active;
    ASSERT_TRUE(MerchantRepository(db(), m_clock).upsert(back)); // reinstalled before the purge got to it
    NOMO_ASSERT_OK(StorePurge(db(), m_clock, 100).purge(kMerchantA));
    EXPECT_EQ(count(u"events"_s, kMerchantA), 300);
    EXPECT_TRUE(MerchantRepository(db(), m_clock).find(kMerchantA)->has_value());
}

TEST_P(StorePurgeTest, SweepsFinishedJobsAfterAWeek)
{
    JobQueue jobs(db(), m_clock);
    JobSpec once;
    once.kind = u"work"_s;
    ASSERT_TRUE(jobs.enqueue(once));
    auto claimed = jobs.claim(u"me"_s, {u"work"_s}, 1, 1000);
    ASSERT_TRUE(claimed && claimed->size() == 1);
    ASSERT_TRUE(*jobs.complete(claimed->constFirst(), u"me"_s));
    m_clock.advance(8LL * 24 * 3600 * 1000);
    ASSERT_TRUE(StorePurge(db(), m_clock).run());
    EXPECT_EQ(db::scalar(db(), u"SELECT COUNT(*) FROM jobs"_s).value_or(-1), 0);
}

NOMO_ON_BOTH_ENGINES(StorePurgeTest);

TEST_P(StorePurgeTest, AStoreErasedOnRequestIsGoneAtOnceAndTheDeletionIsRecorded)
{
    fill(kMerchantA, 250);
    fill(kMerchantB, 10);
    auto erased = StorePurge(db(), m_clock, 100).eraseOnRequest(kMerchantA);
    ASSERT_TRUE(erased) << erased.error().toString().toStdString();
    EXPECT_EQ(*erased, 250 + 250 + 1) << "its events, its customers and the store itself";
    EXPECT_EQ(count(u"events"_s, kMerchantA), 0);
    EXPECT_EQ(count(u"customers"_s, kMerchantA), 0);
    EXPECT_FALSE(MerchantRepository(db(), m_clock).find(kMerchantA)->has_value());
    EXPECT_EQ(count(u"events"_s, kMerchantB), 10) << "another store keeps all";
    auto record = db::exec(db(), u"SELECT reason, rows_deleted FROM data_deletions WHERE merchant_id = :m"_s, {{u"m"_s, kMerchantA}});
    ASSERT_TRUE(record && record->next());
    EXPECT_EQ(record->value(0).toString(), u"requested"_s);
    EXPECT_EQ(record->value(1).toLongLong(), 501);
    EXPECT_EQ(StorePurge(db(), m_clock).eraseOnRequest(kMerchantA).error().code, nomo::ErrorCode::NotFound);
}

TEST_P(StorePurgeTest, AnUninstalledStoresPurgeIsRecordedToo)
{
    fill(kMerchantA, 5);
    ASSERT_TRUE(MerchantRepository(db(), m_clock).markUninstalled(kMerchantA, m_clock.nowUtc()));
    EXPECT_EQ(*StorePurge(db(), m_clock, 100).run(), 1);
    EXPECT_EQ(db::scalar(db(), u"SELECT COUNT(*) FROM data_deletions WHERE merchant_id = :m AND reason = 'uninstalled'"_s,
                         {{u"m"_s, kMerchantA}}).value_or(-1),
              1);
}
