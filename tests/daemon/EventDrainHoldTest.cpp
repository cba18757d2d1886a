// The drain leaves the cores between its batches when it is told to (the webhook
// intake's door is queuing, webhooks/IntakePressure.h): a held turn ends after the
// batch in hand, and the next turn goes on from there, nothing lost or done twice.
#include <QJsonDocument>

#include "db/Database.h"
#include "jobs/Subscriptions.h"
#include "repositories/EventRepository.h"
#include "salla/SallaPayloads.h"
#include "security/TokenCipher.h"
#include "support/Fixtures.h"
#include "support/TenantFixture.h"
#include "webhooks/EventDrain.h"

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {

constexpr int kEvents = 100; // three batches and more

class EventDrainHoldTest : public test::TenantFixture
{
protected:
    // `count` customer.created deliveries, each of its own customer.
    void storeCustomers(int count)
    {
        const QJsonObject fixture =
            QJsonDocument::fromJson(test::sallaFixture(u"customer_created_webhook.json"_s)).object();
        QList<IncomingEvent> incoming;
        for (int i = 0; i < count; ++i) {
            QJsonObject body = fixture;
            QJsonObject data = body[u"data"_s].toObject();
            data[u"id"_s] = 5000000 + i;
            body[u"data"_s] = data;
            const QByteArray raw = QJsonDocument(body).toJson(QJsonDocument::Compact);
            auto envelope = salla::readEnvelope(body);
            ASSERT_TRUE(envelope);
            incoming.append(IncomingEvent {
                envelope->merchantId, salla::deliveryKey(*envelope, raw), envelope->event, u"webhook"_s, raw });
        }
        auto transaction = db::Transaction::begin(db());
        ASSERT_TRUE(transaction);
        ASSERT_TRUE(EventRepository(db(), m_clock).store(incoming));
        ASSERT_TRUE(transaction->commit());
    }
    qint64 withStatus(const QString &status)
    {
        return db::scalar(db(), u"SELECT COUNT(*) FROM events WHERE status = :status"_s, {{u"status"_s, status}}).value_or(-1);
    }

    TokenCipher m_cipher = *TokenCipher::fromBytes(TokenCipher::generateKey());
    Subscriptions m_subscriptions;
};

} // namespace

TEST_P(EventDrainHoldTest, AHeldTurnEndsAfterTheBatchInHandAndTheNextTurnGoesOn)
{
    storeCustomers(kEvents);
    EventDrain drain(db().connectionName(), m_cipher, m_subscriptions, 30, 5, m_clock);
    int asked = 0;
    bool holding = true;
    drain.setHold([&] {
        ++asked;
        return holding;
    });
    EXPECT_TRUE(drain.turn()) << "held with more due: the turn says there is more";
    EXPECT_EQ(asked, 1) << "asked after the first batch, and the turn ended there";
    const qint64 done = withStatus(u"processed"_s);
    EXPECT_GT(done, 0);
    EXPECT_LT(done, kEvents);
    EXPECT_EQ(withStatus(u"pending"_s), kEvents - done) << "what the held turn did not reach waits, untouched";

    holding = false;
    while (drain.turn()) { }
    EXPECT_EQ(withStatus(u"processed"_s), kEvents);
    EXPECT_EQ(db::scalar(db(), u"SELECT COUNT(*) FROM customers"_s).value_or(-1), kEvents) << "each once";
}

NOMO_ON_BOTH_ENGINES(EventDrainHoldTest);
