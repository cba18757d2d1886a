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

NOMO_ON_BOTH_ENGINES(EventRepositoryTest);
