// A subscriber deleted at their request from the console, against the real daemon: off
// the cached list at once, the deletion queued and sent, the daemon's row gone, and no
// later sync brings them back.
#include "api/ApiClient.h"
#include "cache/Outbox.h"
#include "support/CacheFixture.h"
#include "support/ConsoleStack.h"
#include "sync/SyncEngine.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {

class SubscriberEraseTest : public CacheFixture
{
protected:
    void SetUp() override
    {
        CacheFixture::SetUp();
        m_stack.daemon().setEnv(u"NOMO_STOREFRONT_EXTRA_ORIGINS"_s, u"https://shop.example"_s);
        QString why;
        ASSERT_TRUE(m_stack.start(1, &why)) << why.toStdString();
        m_store = m_stack.storeIds().first();
        m_token = m_stack.issueToken(m_store, u"erase test"_s).first;
        ASSERT_TRUE(m_stack.turnFeature(m_token, "email_collector", true));
        m_api = std::make_unique<ApiClient>(QUrl(u"http://127.0.0.1:%1"_s.arg(m_stack.daemon().port())));
        m_api->setToken(m_token);
        m_engine = std::make_unique<SyncEngine>(cache(), *m_api);
        m_engine->setSignedIn(true);
    }
    bool runPass()
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::passFinished);
        m_engine->syncNow();
        return finished.wait(15000) && finished.takeFirst().at(0).toBool();
    }
    int cached(const QString &email)
    {
        QSqlQuery q(cache().database());
        q.prepare(u"SELECT COUNT(*) FROM subscribers WHERE email = :e"_s);
        q.bindValue(u":e"_s, email);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    ConsoleStack m_stack;
    qint64 m_store = 0;
    QString m_token;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace

TEST_F(SubscriberEraseTest, ADeletedSubscriberLeavesTheConsoleAndTheDaemonAndStaysGone)
{
    const QByteArray body = R"({"email":"reem@example.com","consent":true,"wording":"أوافق على تلقي العروض","language":"ar"})";
    ASSERT_EQ(RawHttp::request(m_stack.daemon().port(), "POST", u"/s/%1/subscribe"_s.arg(m_store).toUtf8(), body,
                               {{"Content-Type", "application/json"}, {"Origin", "https://shop.example"}})
                  .status,
              202);
    ASSERT_TRUE(runPass());
    ASSERT_EQ(cached(u"reem@example.com"_s), 1);
    QSqlQuery q(cache().database());
    ASSERT_TRUE(q.exec(u"SELECT id FROM subscribers"_s) && q.next());
    const qint64 id = q.value(0).toLongLong();

    ASSERT_TRUE(m_engine->eraseSubscriber(id));
    EXPECT_EQ(cached(u"reem@example.com"_s), 0) << "off the list at once";
    EXPECT_EQ(Outbox(cache()).pending().size(), 1);
    ASSERT_TRUE(runPass());
    EXPECT_TRUE(Outbox(cache()).pending().isEmpty()) << "sent and answered";
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM subscribers"_s).toInt(), 0);
    EXPECT_FALSE(m_stack.queryValue(u"SELECT granted FROM consents WHERE address = 'reem@example.com'"_s).toBool());
    ASSERT_TRUE(runPass());
    EXPECT_EQ(cached(u"reem@example.com"_s), 0) << "the feed's delete keeps them gone";
}
