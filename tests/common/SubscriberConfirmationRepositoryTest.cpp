// Double opt-in's waiting sign-ups, on both engines: one link and one email a day per
// address however often the form is sent, a confirmation that makes the subscriber with
// the form's consent (and the number's) once, and links that die after seven days or in
// another store's hands.
#include "db/Database.h"
#include "repositories/ConsentRepository.h"
#include "repositories/SubscriberConfirmationRepository.h"
#include "repositories/SubscriberRepository.h"
#include "support/TenantFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class SubscriberConfirmationRepositoryTest : public test::TenantFixture
{
protected:
    qint64 count(const QString &sql)
    {
        auto q = db::exec(db(), sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    QString token(qint64 id)
    {
        auto q = db::exec(db(), u"SELECT token FROM subscriber_confirmations WHERE id = :id"_s, {{u"id"_s, id}});
        return q && q->next() ? q->value(0).toString() : QString();
    }
    static SubscriberConfirmationRepository::SignUp sara()
    {
        SubscriberConfirmationRepository::SignUp signUp;
        signUp.subscriber.email = u" Sara@Example.com"_s;
        signUp.subscriber.language = u"ar"_s;
        signUp.subscriber.source = u"storefront_form"_s;
        signUp.wording = u"أوافق [/p/oud]"_s;
        signUp.phone = u"966551234567"_s;
        signUp.phoneChannels = {u"sms"_s, u"whatsapp"_s};
        signUp.phoneWording = u"أوافق على الرقم"_s;
        return signUp;
    }
    const QList<nomo::Subscriber> m_welcome{nomo::Subscriber{u"automation.welcome"_s, false, 8}};
};
} // namespace

TEST_P(SubscriberConfirmationRepositoryTest, OneLinkADayAndAConfirmationMakesTheSubscriberOnce)
{
    SubscriberConfirmationRepository confirmations(db(), m_a, m_clock);
    auto first = confirmations.request(sara());
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    EXPECT_TRUE(first->send);
    m_clock.advance(3600 * 1000);
    auto again = confirmations.request(sara());
    ASSERT_TRUE(again);
    EXPECT_EQ(again->id, first->id);
    EXPECT_FALSE(again->send) << "one email a day per address";
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM subscribers"_s), 0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM consent_events"_s), 0);

    const QString link = token(first->id);
    EXPECT_FALSE(SubscriberConfirmationRepository(db(), m_b, m_clock).confirm(link, m_welcome)) << "another store's hands";
    auto confirmed = confirmations.confirm(link, m_welcome);
    ASSERT_TRUE(confirmed) << confirmed.error().toString().toStdString();
    EXPECT_FALSE(confirmed->already);
    EXPECT_EQ(SubscriberRepository(db(), m_a, m_clock).find(confirmed->subscriberId)->email, u"sara@example.com"_s);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM consent_events WHERE channel = 'email' AND source = 'email_confirmation' "
                    "AND wording = 'أوافق [/p/oud]'"_s),
              1);
    for (const QString &channel : {u"sms"_s, u"whatsapp"_s})
        EXPECT_EQ(ConsentRepository(db(), m_a, m_clock).state(channel, u"966551234567"_s)->value_or(false), true) << channel.toStdString();
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'automation.welcome'"_s), 1);

    auto twice = confirmations.confirm(link, m_welcome);
    ASSERT_TRUE(twice);
    EXPECT_TRUE(twice->already);
    EXPECT_EQ(twice->subscriberId, confirmed->subscriberId);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'automation.welcome'"_s), 1) << "one welcome";

    // A day on, the form again: a new link (the old one is no more).
    m_clock.advance(25LL * 3600 * 1000);
    auto later = confirmations.request(sara());
    ASSERT_TRUE(later);
    EXPECT_TRUE(later->send);
    EXPECT_FALSE(*SubscriberConfirmationRepository::resolve(db(), link, m_clock));
}

TEST_P(SubscriberConfirmationRepositoryTest, ALinkLivesSevenDaysAndOnlyInItsOwnShape)
{
    SubscriberConfirmationRepository confirmations(db(), m_a, m_clock);
    auto requested = confirmations.request(sara());
    ASSERT_TRUE(requested);
    const QString link = token(requested->id);
    EXPECT_TRUE(*SubscriberConfirmationRepository::resolve(db(), link, m_clock));
    EXPECT_FALSE(*SubscriberConfirmationRepository::resolve(db(), link + u"x"_s, m_clock));
    EXPECT_FALSE(*SubscriberConfirmationRepository::resolve(db(), u"%' OR 1=1 --%%%%%%%%%%"_s, m_clock));
    m_clock.advance(SubscriberConfirmationRepository::kLinkDays * 24LL * 3600 * 1000 + 1000);
    EXPECT_FALSE(*SubscriberConfirmationRepository::resolve(db(), link, m_clock));
    EXPECT_FALSE(confirmations.confirm(link, m_welcome));
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM subscribers"_s), 0);

    SubscriberConfirmationRepository::SignUp bad = sara();
    bad.subscriber.email = u"not an address"_s;
    auto refused = confirmations.request(bad);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
}

NOMO_ON_BOTH_ENGINES(SubscriberConfirmationRepositoryTest);
