// Custom Mode install over real HTTP: daemon -> simulator's consent page -> daemon's
// callback, as a merchant's browser would go.
#include "support/RawHttp.h"
#include "support/ServerProcess.h"

#include "db/Database.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

QByteArray pathAndQuery(const QUrl &url)
{
    return url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
}

class SallaOAuthInstallTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_sim.start({u"--stores"_s, u"2"_s})) << m_sim.stderrText().toStdString();
        m_daemon.setEnv(u"NOMO_SALLA_ACCOUNTS_URL"_s, m_sim.baseUrl());
        m_daemon.setEnv(u"NOMO_SALLA_CLIENT_ID"_s, u"nomo-sim-client"_s);
        m_daemon.setEnv(u"NOMO_SALLA_CLIENT_SECRET"_s, u"nomo-sim-client-secret"_s);
        ASSERT_TRUE(m_daemon.start()) << m_daemon.stderrText().toStdString();
    }
    void TearDown() override { nomo::db::close(u"oauth-reader"_s); }

    // The browser's walk: our install link, Salla's consent, back to our callback.
    // Returns the callback URL Salla redirected to.
    QUrl approveAtSalla(const QString &storeId = {})
    {
        const HttpReply start = RawHttp::get(m_daemon.port(), "/oauth/salla/install");
        EXPECT_EQ(start.status, 302);
        const QUrl authorize(QString::fromLatin1(start.headers.value("location")));
        EXPECT_EQ(authorize.port(), m_sim.port());
        const HttpReply consent = RawHttp::get(m_sim.port(), pathAndQuery(authorize));
        EXPECT_EQ(consent.status, 200) << consent.body.toStdString();
        const QString request = QRegularExpression(uR"re(name="request" value="([0-9a-f]+)")re"_s).match(QString::fromUtf8(consent.body)).captured(1);
        QByteArray form = "request=" + request.toLatin1() + "&decision=approve";
        if (!storeId.isEmpty())
            form += "&store_id=" + storeId.toLatin1();
        const HttpReply decided = RawHttp::request(m_sim.port(), "POST", "/oauth2/auth/decision", form,
                                                   {{"Content-Type", "application/x-www-form-urlencoded"}});
        EXPECT_EQ(decided.status, 302);
        return QUrl(QString::fromLatin1(decided.headers.value("location")));
    }
    qint64 scalar(const QString &sql)
    {
        QSqlDatabase db = QSqlDatabase::database(u"oauth-reader"_s, false);
        if (!db.isValid())
            db = *nomo::db::open(nomo::DatabaseUrl::sqlite(m_daemon.dataDir() + u"/nomo.db"_s), u"oauth-reader"_s);
        auto query = nomo::db::exec(db, sql);
        return query && query->next() ? query->value(0).toLongLong() : -1;
    }

    SimulatorProcess m_sim;
    DaemonProcess m_daemon;
};

} // namespace

TEST_F(SallaOAuthInstallTest, ConnectsTheStoreFromUserInfoWithSealedTokens)
{
    const QString secondStore = QString::number(m_sim.readyLine()[u"stores"_s].toArray()[1].toInteger());
    const QUrl back = approveAtSalla(secondStore);
    EXPECT_EQ(back.port(), m_daemon.port());
    EXPECT_EQ(back.path(), u"/oauth/salla/callback"_s);
    const HttpReply done = RawHttp::get(m_daemon.port(), pathAndQuery(back));
    ASSERT_EQ(done.status, 200) << done.body.toStdString();
    EXPECT_TRUE(done.body.contains("dir=\"rtl\""));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM merchants WHERE id = %1 AND status = 'active' AND username = 'store-2'"_s.arg(secondStore)), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM salla_tokens WHERE merchant_id = "_s + secondStore), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM oauth_states"_s), 0); // consumed
}

TEST_F(SallaOAuthInstallTest, ARepeatedCallbackIsRefused)
{
    const QUrl back = approveAtSalla();
    ASSERT_EQ(RawHttp::get(m_daemon.port(), pathAndQuery(back)).status, 200);
    EXPECT_EQ(RawHttp::get(m_daemon.port(), pathAndQuery(back)).status, 400);
}

TEST_F(SallaOAuthInstallTest, AForgedOrMissingStateIsRefusedBeforeAnyExchange)
{
    QUrl back = approveAtSalla();
    QUrlQuery query(back);
    query.removeAllQueryItems(u"state"_s);
    query.addQueryItem(u"state"_s, u"forged"_s);
    back.setQuery(query);
    EXPECT_EQ(RawHttp::get(m_daemon.port(), pathAndQuery(back)).status, 400);
    EXPECT_EQ(RawHttp::get(m_daemon.port(), "/oauth/salla/callback?code=x").status, 400);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM merchants"_s), 0);
}

TEST_F(SallaOAuthInstallTest, ADeniedConsentConnectsNothing)
{
    const HttpReply start = RawHttp::get(m_daemon.port(), "/oauth/salla/install");
    const QUrl authorize(QString::fromLatin1(start.headers.value("location")));
    const HttpReply consent = RawHttp::get(m_sim.port(), pathAndQuery(authorize));
    const QString request = QRegularExpression(uR"re(name="request" value="([0-9a-f]+)")re"_s).match(QString::fromUtf8(consent.body)).captured(1);
    const HttpReply decided = RawHttp::request(m_sim.port(), "POST", "/oauth2/auth/decision",
                                               "request=" + request.toLatin1() + "&decision=deny",
                                               {{"Content-Type", "application/x-www-form-urlencoded"}});
    const QUrl back(QString::fromLatin1(decided.headers.value("location")));
    EXPECT_EQ(RawHttp::get(m_daemon.port(), pathAndQuery(back)).status, 400);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM merchants"_s), 0);
}

// The callback's pages carry one-time codes in their address: like the sign-in pages,
// nothing may frame, cache, sniff or refer them on — refusals included.
TEST_F(SallaOAuthInstallTest, EveryPageOfTheCallbackIsLockedDownLikeTheSignInPages)
{
    const QUrl back = approveAtSalla();
    const HttpReply done = RawHttp::get(m_daemon.port(), pathAndQuery(back));
    const HttpReply replayed = RawHttp::get(m_daemon.port(), pathAndQuery(back));
    const HttpReply expired = RawHttp::get(m_daemon.port(), "/signin/salla?request=gone");
    for (const HttpReply &page : {done, replayed, expired}) {
        SCOPED_TRACE(page.status);
        EXPECT_TRUE(page.headers.value("content-security-policy").contains("frame-ancestors 'none'"));
        EXPECT_EQ(page.headers.value("cache-control"), "no-store");
        EXPECT_EQ(page.headers.value("x-content-type-options"), "nosniff");
        EXPECT_EQ(page.headers.value("referrer-policy"), "no-referrer");
    }
    EXPECT_EQ(RawHttp::get(m_daemon.port(), "/oauth/salla/install").headers.value("cache-control"), "no-store");
}
