// The daemon's Salla client against the simulator, in process: pagination, the 401 →
// single refresh → retry path, proactive refresh, 429 pacing, and a refused refresh.
#include "support/RawHttp.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"

#include "repositories/MerchantRepository.h"
#include "repositories/SallaTokenRepository.h"
#include "salla/SallaAccountsClient.h"
#include "salla/SallaApiClient.h"
#include "salla/SallaTokenManager.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {

constexpr qint64 kStore = 1487302251;

// Runs the event loop until `done` has been called (or 20 s pass).
template<typename T>
T await(const std::function<void(std::function<void(T)>)> &start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](T value) {
        result = std::move(value);
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    EXPECT_TRUE(result.has_value()) << "no answer in time";
    return result ? std::move(*result) : T(fail(ErrorCode::Unavailable, u"timeout"_s, u"no answer"_s));
}

class SallaApiClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_sim.start()) << m_sim.stderrText().toStdString();
        QString why;
        m_database = TestDatabase::create(TestEngine::Sqlite, &why);
        ASSERT_TRUE(m_database) << why.toStdString();
        // The store is installed the Easy Mode way; its tokens come from the simulator.
        const QJsonObject installed = control("install").json();
        Merchant merchant;
        merchant.id = kStore;
        merchant.status = Merchant::Status::Active;
        ASSERT_TRUE(MerchantRepository(m_database->db(), m_clock).upsert(merchant));
        SallaTokens tokens{installed[u"access_token"_s].toString(), installed[u"refresh_token"_s].toString(),
                           QDateTime::fromSecsSinceEpoch(installed[u"expires"_s].toInteger(), Qt::UTC), m_clock.nowUtc().addDays(30),
                           u"offline_access"_s, 0};
        ASSERT_TRUE(repo().save(tokens));
        m_accounts = std::make_unique<SallaAccountsClient>(QUrl(m_sim.baseUrl()), u"nomo-sim-client"_s, u"nomo-sim-client-secret"_s, m_clock);
        m_tokens = std::make_unique<SallaTokenManager>(m_database->db().connectionName(), *m_accounts, m_cipher, m_clock);
        m_api = std::make_unique<SallaApiClient>(QUrl(m_sim.baseUrl() + u"/admin/v2"_s), *m_tokens);
    }

    HttpReply control(const QByteArray &path, const QJsonObject &body = {})
    {
        return RawHttp::request(m_sim.port(), "POST", "/_sim/" + path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    int simRefreshes() { return RawHttp::get(m_sim.port(), "/_sim/state").json()[u"refreshes"_s].toInt(); }
    SallaTokenRepository repo() { return SallaTokenRepository(m_database->db(), TenantContext(kStore), m_cipher, m_clock); }
    Result<QJsonObject> storeInfo()
    {
        return await<Result<QJsonObject>>([this](auto done) { m_api->get(kStore, u"/store/info"_s, {}, done); });
    }

    SimulatorProcess m_sim;
    std::unique_ptr<TestDatabase> m_database;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    const TokenCipher m_cipher = *TokenCipher::fromBytes(TokenCipher::generateKey());
    std::unique_ptr<SallaAccountsClient> m_accounts;
    std::unique_ptr<SallaTokenManager> m_tokens;
    std::unique_ptr<SallaApiClient> m_api;
};

} // namespace

TEST_F(SallaApiClientTest, FollowsEveryPage)
{
    ASSERT_EQ(control("events", {{u"event"_s, u"order.created"_s}, {u"count"_s, 75}}).status, 200);
    const auto orders = await<Result<QJsonArray>>([this](auto done) { m_api->getAllPages(kStore, u"/orders"_s, {}, done); });
    ASSERT_TRUE(orders) << orders.error().toString().toStdString();
    EXPECT_EQ(orders->size(), 75); // two pages of at most 60
}

TEST_F(SallaApiClientTest, ConcurrentCallersAfterA401ShareOneRefresh)
{
    const QString before = (*repo().load())->accessToken;
    ASSERT_EQ(control("tokens/expire").status, 200);
    int answered = 0;
    int succeeded = 0;
    QEventLoop loop;
    for (int i = 0; i < 5; ++i) {
        m_api->get(kStore, u"/store/info"_s, {}, [&](Result<QJsonObject> answer) {
            succeeded += answer.has_value();
            if (++answered == 5)
                loop.quit();
        });
    }
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_EQ(succeeded, 5);
    EXPECT_EQ(simRefreshes(), 1); // a second use of the refresh token would revoke the chain
    const auto after = repo().load();
    EXPECT_NE((*after)->accessToken, before);
    EXPECT_EQ((*after)->version, 2); // both new tokens saved, once
}

TEST_F(SallaApiClientTest, RefreshesADayBeforeExpiry)
{
    m_clock.advance(13LL * 24 * 3600 * 1000 + 3600 * 1000); // 13 days and an hour later
    const auto info = storeInfo();
    ASSERT_TRUE(info) << info.error().toString().toStdString();
    EXPECT_EQ(simRefreshes(), 1);
    EXPECT_EQ(storeInfo().has_value(), true);
    EXPECT_EQ(simRefreshes(), 1); // the new token is good for two weeks
}

TEST_F(SallaApiClientTest, WaitsOutRateLimitsInsteadOfHammering)
{
    ASSERT_EQ(control("faults", {{u"burst_429"_s, 2}}).status, 200);
    QElapsedTimer timer;
    timer.start();
    const auto info = storeInfo();
    ASSERT_TRUE(info) << info.error().toString().toStdString();
    EXPECT_GE(timer.elapsed(), 1800); // two Retry-After waits of at least a second
    EXPECT_EQ((*info)[u"data"_s][u"id"_s].toInteger(), kStore);
}

TEST_F(SallaApiClientTest, ARefusedRefreshAsksForReauthorizationAndStops)
{
    ASSERT_EQ(control("tokens/revoke").status, 200);
    const auto first = storeInfo();
    ASSERT_FALSE(first);
    EXPECT_EQ(first.error().messageKey, u"salla.needs_reauth"_s);
    EXPECT_EQ((*MerchantRepository(m_database->db(), m_clock).find(kStore))->status, Merchant::Status::NeedsReauth);
    const int refreshes = simRefreshes();
    const auto second = storeInfo();
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().messageKey, u"salla.needs_reauth"_s);
    EXPECT_EQ(simRefreshes(), refreshes); // no loop against Salla
}

TEST(SallaTokenRefreshAcrossInstances, TwoDaemonsOnPostgresqlRefreshOnce)
{
    SimulatorProcess sim;
    ASSERT_TRUE(sim.start()) << sim.stderrText().toStdString();
    QString why;
    auto database = TestDatabase::create(TestEngine::Postgres, &why);
    if (!database) {
        if (TestDatabase::postgresRequired())
            FAIL() << why.toStdString();
        GTEST_SKIP() << why.toStdString();
    }
    const TokenCipher cipher = *TokenCipher::fromBytes(TokenCipher::generateKey());
    const QJsonObject installed =
        RawHttp::request(sim.port(), "POST", "/_sim/install", "{}").json();
    Merchant merchant;
    merchant.id = kStore;
    merchant.status = Merchant::Status::Active;
    ASSERT_TRUE(MerchantRepository(database->db()).upsert(merchant));
    ASSERT_TRUE(SallaTokenRepository(database->db(), TenantContext(kStore), cipher)
                    .save({installed[u"access_token"_s].toString(), installed[u"refresh_token"_s].toString(),
                           QDateTime::currentDateTimeUtc().addDays(14), QDateTime::currentDateTimeUtc().addDays(30), u"offline_access"_s, 0}));
    ASSERT_EQ(RawHttp::request(sim.port(), "POST", "/_sim/tokens/expire", "{}").status, 200);

    // Two "instances": each its own connection, token manager and client.
    const QSqlDatabase second = database->openAnother(u"instance2"_s);
    SallaAccountsClient accounts(QUrl(sim.baseUrl()), u"nomo-sim-client"_s, u"nomo-sim-client-secret"_s);
    SallaTokenManager first(database->db().connectionName(), accounts, cipher);
    SallaTokenManager other(second.connectionName(), accounts, cipher);
    SallaApiClient apiA(QUrl(sim.baseUrl() + u"/admin/v2"_s), first);
    SallaApiClient apiB(QUrl(sim.baseUrl() + u"/admin/v2"_s), other);
    int answered = 0;
    int succeeded = 0;
    QEventLoop loop;
    for (SallaApiClient *api : {&apiA, &apiB, &apiA, &apiB}) {
        api->get(kStore, u"/store/info"_s, {}, [&](Result<QJsonObject> answer) {
            succeeded += answer.has_value();
            if (++answered == 4)
                loop.quit();
        });
    }
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_EQ(succeeded, 4);
    EXPECT_EQ(RawHttp::get(sim.port(), "/_sim/state").json()[u"refreshes"_s].toInt(), 1);
}
