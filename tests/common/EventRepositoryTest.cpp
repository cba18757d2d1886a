#include "core/Time.h"
#include "db/Database.h"
#include "repositories/EventRepository.h"
#include "support/TenantFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class EventRepositoryTest : public nomo::test::TenantFixture
{
protected:
    static IncomingEvent event(const QString &key)
    {
        return IncomingEvent{kMerchantA, key, u"order.created"_s, u"webhook"_s, "{\"raw\": true}"};
    }
};
} // namespace

TEST_P(EventRepositoryTest, StoresEachDeliveryKeyOnce)
{
    EventRepository events(db(), m_clock);
    const auto first = events.store({event(u"k1"_s), event(u"k2"_s)});
    ASSERT_TRUE(first);
    EXPECT_EQ(*first, (QList<bool>{true, true}));
    const auto again = events.store({event(u"k2"_s), event(u"k3"_s)});
    EXPECT_EQ(*again, (QList<bool>{false, true}));
    EXPECT_EQ(events.countByStatus()->value(u"pending"_s), 3);
}

// A group commit's deliveries go in a few multi-row statements: every size, a key given
// twice in one group, keys stored before, and the arrival order kept for the worker.
TEST_P(EventRepositoryTest, StoresAGroupOfAnySizeInArrivalOrder)
{
    EventRepository events(db(), m_clock);
    ASSERT_TRUE(events.store({event(u"g7"_s), event(u"g40"_s)}));
    QList<IncomingEvent> group;
    QList<bool> expected;
    for (int i = 0; i < 61; ++i) {
        group.append(event(u"g%1"_s.arg(i)));
        expected.append(i != 7 && i != 40);
    }
    group.insert(20, event(u"g3"_s)); // again, within the group
    expected.insert(20, false);
    const auto stored = events.store(group);
    ASSERT_TRUE(stored) << stored.error().toString().toStdString();
    EXPECT_EQ(*stored, expected);
    auto due = events.due(100);
    ASSERT_TRUE(due);
    ASSERT_EQ(due->size(), 61);
    QStringList order;
    for (const StoredEvent &e : std::as_const(*due))
        order.append(e.deliveryKey);
    QStringList arrival{u"g7"_s, u"g40"_s};
    for (int i = 0; i < 61; ++i)
        if (i != 7 && i != 40)
            arrival.append(u"g%1"_s.arg(i));
    EXPECT_EQ(order, arrival);
}

TEST_P(EventRepositoryTest, KeepsTheExactBytes)
{
    EventRepository events(db(), m_clock);
    const QByteArray body = "{\"name\":\"عبدالله\",\"x\":1.50}";
    ASSERT_TRUE(events.store({IncomingEvent{kMerchantA, u"k"_s, u"customer.created"_s, u"webhook"_s, body}}));
    EXPECT_EQ(events.due(10)->constFirst().body, body);
}

TEST_P(EventRepositoryTest, RetriesOnlyWhenTheirTimeComes)
{
    EventRepository events(db(), m_clock);
    ASSERT_TRUE(events.store({event(u"k1"_s)}));
    const qint64 id = events.due(10)->constFirst().id;
    NOMO_ASSERT_OK(events.finish(id, u"pending"_s, u"boom"_s, m_clock.nowUtc().addSecs(60)));
    EXPECT_TRUE(events.due(10)->isEmpty());
    m_clock.advance(61 * 1000);
    const auto due = events.due(10);
    ASSERT_EQ(due->size(), 1);
    EXPECT_EQ(due->constFirst().attempts, 1);
    EXPECT_EQ(due->constFirst().lastError, u"boom"_s);
    NOMO_ASSERT_OK(events.finish(id, u"processed"_s, {}, {}));
    EXPECT_TRUE(events.due(10)->isEmpty());
}

// The worker records a batch's outcomes together: each row gets its own status, note
// and retry time, whatever the batch's size (here 32 + 4 + 1 rows).
TEST_P(EventRepositoryTest, RecordsABatchsOutcomesEachOnItsOwnRow)
{
    EventRepository events(db(), m_clock);
    QList<IncomingEvent> incoming;
    for (int i = 0; i < 37; ++i)
        incoming.append(event(u"b%1"_s.arg(i)));
    ASSERT_TRUE(events.store(incoming));
    const auto due = events.due(100);
    ASSERT_TRUE(due);
    ASSERT_EQ(due->size(), 37);
    const QDateTime retryAt = m_clock.nowUtc().addSecs(30);
    QList<EventRepository::Finished> outcomes;
    for (int i = 0; i < 37; ++i) {
        const qint64 id = due->at(i).id;
        switch (i % 4) {
        case 0: outcomes.append({id, u"processed"_s, {}, {}}); break;
        case 1: outcomes.append({id, u"ignored"_s, u"why %1"_s.arg(i), {}}); break;
        case 2: outcomes.append({id, u"pending"_s, u"boom %1"_s.arg(i), retryAt}); break;
        default: outcomes.append({id, u"failed"_s, u"gave up %1"_s.arg(i), {}}); break;
        }
    }
    NOMO_ASSERT_OK(events.finish(outcomes));
    const auto counts = events.countByStatus();
    ASSERT_TRUE(counts);
    EXPECT_EQ(counts->value(u"processed"_s), 10);
    EXPECT_EQ(counts->value(u"ignored"_s), 9);
    EXPECT_EQ(counts->value(u"pending"_s), 9);
    EXPECT_EQ(counts->value(u"failed"_s), 9);
    for (int i = 0; i < 37; ++i) {
        auto row = db::exec(db(), u"SELECT status, COALESCE(last_error, '-'), COALESCE(next_attempt_at, 0), attempts, processed_at FROM events "
                                  "WHERE id = :id"_s,
                            {{u"id"_s, due->at(i).id}});
        ASSERT_TRUE(row && row->next());
        EXPECT_EQ(row->value(0).toString(), outcomes[i].status) << i;
        EXPECT_EQ(row->value(1).toString(), outcomes[i].error.isEmpty() ? u"-"_s : outcomes[i].error) << i;
        EXPECT_EQ(row->value(2).toLongLong(), outcomes[i].retryAt.isValid() ? time::toStorage(retryAt) : 0) << i;
        EXPECT_EQ(row->value(3).toInt(), 1) << i;
        EXPECT_EQ(row->value(4).toLongLong(), time::toStorage(m_clock.nowUtc())) << i;
    }
    EXPECT_TRUE(events.due(100)->isEmpty()) << "the retried ones wait for their time";
    m_clock.advance(31 * 1000);
    EXPECT_EQ(events.due(100)->size(), 9);
}

NOMO_ON_BOTH_ENGINES(EventRepositoryTest);
