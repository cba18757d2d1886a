// Joining a store's list: the subscriber, their consent with the words they saw, and the
// welcome's trigger, together — once per address, on both engines, one store's list only.
#include "db/Database.h"
#include "repositories/ConsentRepository.h"
#include "repositories/SubscriberRepository.h"
#include "support/TenantFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class SubscriberRepositoryTest : public test::TenantFixture
{
protected:
    qint64 count(const QString &sql)
    {
        auto q = db::exec(db(), sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    const QList<nomo::Subscriber> m_welcome{nomo::Subscriber{u"automation.welcome"_s, false, 8}};
};
} // namespace

TEST_P(SubscriberRepositoryTest, JoiningKeepsTheConsentAndTriggersOneWelcome)
{
    SubscriberRepository list(db(), m_a, m_clock);
    EmailSubscriber sara;
    sara.email = u" Sara.Ghamdi@Example.com "_s;
    sara.language = u"ar"_s;
    auto joined = list.join(sara, u"انضم إلى قائمتنا"_s, m_welcome);
    ASSERT_TRUE(joined) << joined.error().toString().toStdString();
    EXPECT_TRUE(joined->created);
    EXPECT_EQ(list.find(joined->id)->email, u"sara.ghamdi@example.com"_s);
    EXPECT_EQ(ConsentRepository(db(), m_a, m_clock).state(u"email"_s, u"sara.ghamdi@example.com"_s)->value_or(false), true);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM consent_events WHERE wording = 'انضم إلى قائمتنا'"_s), 1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'automation.welcome'"_s), 1);

    // Again (a second form on another page): the same subscriber, no second welcome.
    auto again = list.join(sara, u"انضم إلى قائمتنا"_s, m_welcome);
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->created);
    EXPECT_EQ(again->id, joined->id);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'automation.welcome'"_s), 1);

    // Another store's list is its own; a bad address is refused and nothing kept.
    EXPECT_TRUE(SubscriberRepository(db(), m_b, m_clock).join(sara, {}, m_welcome)->created);
    EXPECT_FALSE(SubscriberRepository(db(), m_b, m_clock).find(joined->id));
    EmailSubscriber bad;
    bad.email = u"not an address"_s;
    EXPECT_FALSE(list.join(bad, {}, m_welcome));
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM subscribers"_s), 2);
}

TEST_P(SubscriberRepositoryTest, TheListFollowsTheEmailConsentAndGoesOnTheChangeFeed)
{
    SubscriberRepository list(db(), m_a, m_clock);
    EmailSubscriber noura;
    noura.email = u"noura@example.com"_s;
    auto joined = list.join(noura, u"أوافق"_s, m_welcome);
    ASSERT_TRUE(joined);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM changes WHERE entity = 'subscriber' AND payload_json LIKE '%noura@example.com%'"_s), 1);
    // The unsubscribe link withdraws the email consent: the list says so, and the console hears.
    m_clock.advance(60 * 1000);
    ASSERT_TRUE(ConsentRepository(db(), m_a, m_clock).set(u"email"_s, u"Noura@Example.com"_s, false, u"unsubscribe_link"_s, {}));
    EXPECT_TRUE(list.find(joined->id)->unsubscribed);
    EXPECT_TRUE(list.find(joined->id)->unsubscribedAt.isValid());
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM changes WHERE entity = 'subscriber'"_s), 2);
    // Joining again takes them back.
    ASSERT_TRUE(list.join(noura, u"أوافق"_s, m_welcome));
    EXPECT_FALSE(list.find(joined->id)->unsubscribed);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM changes WHERE entity = 'subscriber'"_s), 3);
    // Another address's consent touches no one on the list.
    ASSERT_TRUE(ConsentRepository(db(), m_a, m_clock).set(u"email"_s, u"other@example.com"_s, false, u"unsubscribe_link"_s, {}));
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM changes WHERE entity = 'subscriber'"_s), 3);
}

NOMO_ON_BOTH_ENGINES(SubscriberRepositoryTest);
