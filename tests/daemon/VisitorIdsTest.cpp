// A visitor's id is the same all day for the same address and browser, on every
// daemon of one database, and nobody can compute yesterday's once the day has turned:
// its salt is gone from the database.
#include "storefront/VisitorIds.h"

#include "db/Database.h"
#include "support/TenantFixture.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {

class VisitorIdsTest : public TenantFixture
{
protected:
    QString idOf(VisitorIds &ids, qint64 store, const QByteArray &address, const QByteArray &agent)
    {
        auto id = ids.idFor(store, address, agent);
        EXPECT_TRUE(id) << id.error().detail.toStdString();
        return id ? *id : QString();
    }
    QStringList salts()
    {
        QStringList days;
        auto rows = db::exec(db(), u"SELECT day || ':' || salt FROM visitor_salts"_s);
        while (rows && rows->next())
            days << rows->value(0).toString();
        return days;
    }
};

} // namespace

TEST_P(VisitorIdsTest, OneVisitorIsOneIdAllDayOnEveryDaemonAndDifferentPeopleAreNot)
{
    VisitorIds first(db().connectionName(), m_clock), second(db().connectionName(), m_clock);
    const QByteArray agent = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Mobile/15E148";
    const QString id = idOf(first, kMerchantA, "203.0.113.7", agent);
    // 32 hex digits, so nothing of the address (asking for no "203" in it failed by
    // chance: a random hash holds those digits about once in 140 runs).
    EXPECT_TRUE(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(id).hasMatch()) << id.toStdString();
    m_clock.advance(6 * 3600 * 1000);
    EXPECT_EQ(idOf(second, kMerchantA, "203.0.113.7", agent), id) << "another daemon, later the same day";
    EXPECT_NE(idOf(first, kMerchantB, "203.0.113.7", agent), id) << "another store: not linkable";
    EXPECT_NE(idOf(first, kMerchantA, "203.0.113.8", agent), id);
    EXPECT_NE(idOf(first, kMerchantA, "203.0.113.7", agent + " Safari"), id);
    EXPECT_EQ(salts().size(), 1);
}

TEST_P(VisitorIdsTest, YesterdaysIdCannotBeRecomputedToday)
{
    VisitorIds ids(db().connectionName(), m_clock);
    const QByteArray agent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0";
    // 09:00 UTC is noon in Riyadh; the day turns at 21:00 UTC.
    const QString yesterday = idOf(ids, kMerchantA, "198.51.100.4", agent);
    const QStringList yesterdaysSalt = salts();
    ASSERT_EQ(yesterdaysSalt.size(), 1);
    m_clock.advance(11 * 3600 * 1000 + 59 * 60 * 1000); // 20:59 UTC: still the same Riyadh day
    EXPECT_EQ(idOf(ids, kMerchantA, "198.51.100.4", agent), yesterday);
    m_clock.advance(2 * 60 * 1000); // 21:01 UTC: a new day in Riyadh
    const QString today = idOf(ids, kMerchantA, "198.51.100.4", agent);
    EXPECT_NE(today, yesterday);
    const QStringList todaysSalt = salts();
    ASSERT_EQ(todaysSalt.size(), 1) << "only today's salt is kept";
    EXPECT_NE(todaysSalt.constFirst(), yesterdaysSalt.constFirst());
    // A daemon started today (nothing in memory) reaches today's id, never yesterday's.
    VisitorIds fresh(db().connectionName(), m_clock);
    EXPECT_EQ(idOf(fresh, kMerchantA, "198.51.100.4", agent), today);
}

NOMO_ON_BOTH_ENGINES(VisitorIdsTest);
