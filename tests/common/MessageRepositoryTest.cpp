#include "messages/DefaultTemplates.h"
#include "repositories/AbandonedCartRepository.h"
#include "repositories/ChangeFeedRepository.h"
#include "repositories/ConsentRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/MessageLinkRepository.h"
#include "repositories/MessageRepository.h"
#include "repositories/TemplateRepository.h"
#include "support/TenantFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class MessageRepositoryTest : public nomo::test::TenantFixture
{
protected:
    qint64 customer()
    {
        Customer c;
        c.sallaId = 1190348822;
        c.firstName = u"سارة"_s;
        c.email = u"sara@example.com"_s;
        return CustomerRepository(db(), m_a, m_clock).upsert(c)->id;
    }
    qint64 cart(qint64 customerId)
    {
        AbandonedCart c;
        c.sallaId = 1713390284;
        c.customerId = customerId;
        c.total = Money::fromHalalas(47725);
        c.abandonedAt = m_clock.nowUtc();
        return AbandonedCartRepository(db(), m_a, m_clock).upsert(c)->id;
    }
    Message reminder(qint64 customerId, qint64 cartId, int step)
    {
        Message m;
        m.automation = step == 0 ? u"abandoned_cart"_s : u"abandoned_cart_last"_s;
        m.channel = u"email"_s;
        m.customerId = customerId;
        m.cartId = cartId;
        m.recipient = u"sara@example.com"_s;
        m.step = step;
        m.dueAt = m_clock.nowUtc().addSecs(3600 * step);
        m.idempotencyKey = u"abandoned_cart:cart:%1:step:%2"_s.arg(cartId).arg(step);
        return m;
    }
};
} // namespace

TEST_P(MessageRepositoryTest, TheSameReasonMakesOneMessage)
{
    const qint64 shopper = customer();
    MessageRepository repo(db(), m_a, m_clock);
    const auto first = repo.schedule(reminder(shopper, cart(shopper), 0));
    NOMO_ASSERT_OK(first);
    EXPECT_TRUE(first->created);
    const auto again = repo.schedule(reminder(shopper, cart(shopper), 0));
    EXPECT_FALSE(again->created);
    EXPECT_EQ(again->id, first->id);
    EXPECT_EQ(repo.recent(10)->size(), 1);
}

TEST_P(MessageRepositoryTest, APurchaseCancelsOnlyWhatHasNotStarted)
{
    const qint64 shopper = customer();
    const qint64 basket = cart(shopper);
    MessageRepository repo(db(), m_a, m_clock);
    const qint64 first = repo.schedule(reminder(shopper, basket, 0))->id;
    const qint64 second = repo.schedule(reminder(shopper, basket, 1))->id;
    EXPECT_TRUE(*repo.beginAttempt(first)); // under way: its job decides
    const auto cancelled = repo.cancelForCart(basket, u"the cart was bought"_s);
    EXPECT_EQ(*cancelled, QList<qint64>{second});
    EXPECT_EQ(repo.find(first)->status, u"sending"_s);
    EXPECT_EQ(repo.find(second)->status, u"cancelled"_s);
    EXPECT_FALSE(*repo.beginAttempt(second)) << "a cancelled message is never sent";
}

TEST_P(MessageRepositoryTest, AnOrderIsLinkedToTheLastClickWithinTheWindow)
{
    const qint64 shopper = customer();
    const qint64 basket = cart(shopper);
    MessageRepository repo(db(), m_a, m_clock);
    const qint64 first = repo.schedule(reminder(shopper, basket, 0))->id;
    const qint64 second = repo.schedule(reminder(shopper, basket, 1))->id;
    NOMO_ASSERT_OK(repo.recordClick(first));
    m_clock.advance(1LL * 3600 * 1000);
    NOMO_ASSERT_OK(repo.recordClick(second));
    EXPECT_FALSE(repo.find(second)->openedAt.isNull()) << "a click is an open too";
    const qint64 fiveDays = 5LL * 24 * 3600 * 1000;
    m_clock.advance(2LL * 3600 * 1000);
    EXPECT_EQ(*repo.linkOrder(shopper, 77, m_clock.nowUtc(), fiveDays), second);
    EXPECT_EQ(repo.find(second)->orderId, 77);
    // The next order goes to the earlier click, once; past the window, to none.
    EXPECT_EQ(*repo.linkOrder(shopper, 78, m_clock.nowUtc(), fiveDays), first);
    EXPECT_EQ(*repo.linkOrder(shopper, 79, m_clock.nowUtc(), fiveDays), std::nullopt);
}

TEST_P(MessageRepositoryTest, TheAllowanceCountsMarketingSentByAnyChannel)
{
    const qint64 shopper = customer();
    MessageRepository repo(db(), m_a, m_clock);
    Message email = reminder(shopper, cart(shopper), 0);
    Message sms = email;
    sms.channel = u"sms"_s;
    sms.idempotencyKey = u"other"_s;
    Message service = email;
    service.marketing = false;
    service.idempotencyKey = u"service"_s;
    for (const Message &m : {email, sms, service})
        NOMO_ASSERT_OK(repo.markSent(repo.schedule(m)->id, u"test"_s, {}));
    EXPECT_EQ(*repo.marketingSentSince(shopper, m_clock.nowUtc().addDays(-1)), 2);
    m_clock.advance(25LL * 3600 * 1000);
    EXPECT_EQ(*repo.marketingSentSince(shopper, m_clock.nowUtc().addDays(-1)), 0);
}

TEST_P(MessageRepositoryTest, AnotherMerchantNeitherSeesNorTouchesTheMessages)
{
    const qint64 shopper = customer();
    const qint64 id = MessageRepository(db(), m_a, m_clock).schedule(reminder(shopper, cart(shopper), 0))->id;
    MessageRepository theirs(db(), m_b, m_clock);
    EXPECT_EQ(theirs.find(id).error().code, ErrorCode::NotFound);
    EXPECT_FALSE(*theirs.beginAttempt(id));
    NOMO_ASSERT_OK(theirs.markEnded(id, u"failed"_s, u"x"_s));
    EXPECT_EQ(MessageRepository(db(), m_a, m_clock).find(id)->status, u"scheduled"_s);
    EXPECT_TRUE(theirs.recent(10)->isEmpty());
}

TEST_P(MessageRepositoryTest, ALinkTokenNamesItsStoreAndMessageAndNothingElseResolves)
{
    const qint64 shopper = customer();
    const qint64 id = MessageRepository(db(), m_a, m_clock).schedule(reminder(shopper, cart(shopper), 0))->id;
    MessageLinkRepository links(db(), m_a, m_clock);
    const auto token = links.create(id, u"click"_s, u"https://salla.sa/noura-perfumes"_s);
    NOMO_ASSERT_OK(token);
    EXPECT_EQ(token->size(), 22);
    EXPECT_EQ(*links.create(id, u"click"_s, u"https://salla.sa/noura-perfumes"_s), *token) << "one token per address";
    const auto found = MessageLinkRepository::resolve(db(), *token);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->merchantId, kMerchantA);
    EXPECT_EQ((*found)->messageId, id);
    EXPECT_EQ((*found)->url, u"https://salla.sa/noura-perfumes"_s);
    for (const QString &bad : {QString(), u"x"_s, QString(22, u'%'), u"' OR 1=1 --___________"_s})
        EXPECT_FALSE(MessageLinkRepository::resolve(db(), bad)->has_value()) << bad.toStdString();
}

TEST_P(MessageRepositoryTest, ConsentKeepsEveryChangeAsProofAndReadsAddressesAlike)
{
    ConsentRepository consents(db(), m_a, m_clock);
    EXPECT_FALSE(consents.state(u"sms"_s, u"0560987654"_s)->has_value());
    NOMO_ASSERT_OK(consents.set(u"sms"_s, u"+966 56 098 7654"_s, true, u"storefront_form"_s, u"أوافق على رسائل العروض"_s));
    EXPECT_EQ(*consents.state(u"sms"_s, u"0560987654"_s), std::optional<bool>(true));
    EXPECT_EQ(*consents.state(u"sms"_s, u"٠٥٦٠٩٨٧٦٥٤"_s), std::optional<bool>(true)) << "Arabic-Indic digits";
    NOMO_ASSERT_OK(consents.set(u"sms"_s, u"966560987654"_s, false, u"sms_stop"_s));
    EXPECT_EQ(*consents.state(u"sms"_s, u"966560987654"_s), std::optional<bool>(false));
    NOMO_ASSERT_OK(consents.set(u"email"_s, u" Sara@Example.com "_s, false, u"one_click_unsubscribe"_s));
    EXPECT_EQ(*consents.state(u"email"_s, u"sara@example.com"_s), std::optional<bool>(false));
    EXPECT_FALSE(ConsentRepository(db(), m_b, m_clock).state(u"email"_s, u"sara@example.com"_s)->has_value());
}

TEST_P(MessageRepositoryTest, AStoresOwnTemplateReplacesTheGallerysForItAlone)
{
    TemplateRepository mine(db(), m_a, m_clock);
    const MessageTemplate gallery = *mine.effective(u"welcome"_s, u"sms"_s, u"ar"_s);
    EXPECT_FALSE(gallery.body.isEmpty());
    MessageTemplate own = gallery;
    own.body = u"أهلًا بك في {{store.name}}"_s;
    EXPECT_EQ(mine.save(own, 0)->version, 1);
    EXPECT_EQ(mine.save(own, 1)->version, 2);
    EXPECT_EQ(mine.save(own, 1).error().code, ErrorCode::Conflict) << "a save on a stale version";
    const MessageTemplate kept = *mine.effective(u"welcome"_s, u"sms"_s, u"ar"_s);
    EXPECT_EQ(kept.body, own.body);
    EXPECT_TRUE(kept.custom);
    EXPECT_EQ(TemplateRepository(db(), m_b, m_clock).effective(u"welcome"_s, u"sms"_s, u"ar"_s)->body, gallery.body);
    EXPECT_EQ(mine.all()->size(), defaultTemplates().size());
    const MessageTemplate back = *mine.reset(u"welcome"_s, u"sms"_s, u"ar"_s);
    EXPECT_EQ(back.body, gallery.body);
    EXPECT_FALSE(mine.effective(u"welcome"_s, u"sms"_s, u"ar"_s)->custom);
    const auto feed = ChangeFeedRepository(db(), m_a, m_clock).since(0, 10);
    ASSERT_EQ(feed->size(), 3);
    EXPECT_EQ(feed->at(2).op, u"delete"_s);
    EXPECT_EQ(feed->at(2).entityId, u"welcome/sms/ar"_s);
}

NOMO_ON_BOTH_ENGINES(MessageRepositoryTest);
