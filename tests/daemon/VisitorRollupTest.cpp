// The Visitors report's days: beacons written by the real sink, rolled up per Riyadh
// day (visitors, visits, page views, top pages, sources, devices), put on the change
// feed once per move, on both engines.
#include "storefront/BeaconSink.h"
#include "storefront/VisitorRollup.h"

#include "db/Database.h"
#include "repositories/FeatureRepository.h"
#include "support/TenantFixture.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {

class VisitorRollupTest : public TenantFixture
{
protected:
    void visit(const QString &visitor, const QString &device, const QByteArray &body)
    {
        auto beacon = Beacon::read(body);
        ASSERT_TRUE(beacon) << beacon.error().detail.toStdString();
        ASSERT_TRUE(m_sink->accept(BeaconSink::Visit{kMerchantA, visitor, device, true, 0, 0, *beacon, m_clock.nowUtc()}));
        m_sink->flush();
    }
    qint64 count(const QString &sql)
    {
        auto q = db::exec(db(), sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    void SetUp() override
    {
        TenantFixture::SetUp();
        m_sink = std::make_unique<BeaconSink>(db().connectionName(), m_clock);
    }
    void TearDown() override { m_sink.reset(); }
    std::unique_ptr<BeaconSink> m_sink;
};

} // namespace

TEST_P(VisitorRollupTest, ADayIsItsVisitorsPagesSourcesAndDevices)
{
    // 09:00 UTC is noon in Riyadh.
    visit(u"a"_s, u"mobile"_s, R"({"utm_source":"instagram","events":[{"type":"pageview","path":"/oud/p77","product":77},{"type":"pageview","path":"/"}]})");
    visit(u"b"_s, u"desktop"_s, R"({"referrer":"https://www.google.com/search?q=x","events":[{"type":"pageview","path":"/oud/p77"}]})");
    visit(u"a"_s, u"mobile"_s, R"({"events":[{"type":"ping","path":"/oud/p77"},{"type":"event","name":"cart_add","path":"/oud/p77"}]})");
    VisitorRollup rollup(db(), m_clock);
    auto day = rollup.compute(kMerchantA, QDate(2025, 11, 23));
    ASSERT_TRUE(day) << day.error().detail.toStdString();
    EXPECT_EQ(day->visitors, 2);
    EXPECT_EQ(day->sessions, 2) << "a's later beacon is the same visit";
    EXPECT_EQ(day->pageViews, 3) << "pings and events are not page views";
    EXPECT_EQ(day->pages, (QList<NamedCount>{{u"/oud/p77"_s, 2}, {u"/"_s, 1}}));
    EXPECT_EQ(day->sources, (QList<NamedCount>{{u"google.com"_s, 1}, {u"instagram"_s, 1}}));
    EXPECT_EQ(day->devices, (QList<NamedCount>{{u"desktop"_s, 1}, {u"mobile"_s, 1}}));
    EXPECT_EQ(rollup.compute(kMerchantB, QDate(2025, 11, 23))->sessions, 0) << "another store's day is its own";

    // An evening visit at 21:30 UTC is the next Riyadh day's.
    m_clock.set(QDateTime(QDate(2025, 11, 23), QTime(21, 30), QTimeZone::utc()));
    visit(u"c"_s, u"tablet"_s, R"({"events":[{"type":"pageview","path":"/"}]})");
    EXPECT_EQ(rollup.compute(kMerchantA, QDate(2025, 11, 23))->sessions, 2);
    EXPECT_EQ(rollup.compute(kMerchantA, QDate(2025, 11, 24))->sessions, 1);
}

TEST_P(VisitorRollupTest, ADayGoesOnTheFeedOncePerMove)
{
    FeatureState data;
    data.key = u"visitor_data"_s;
    data.enabled = true;
    ASSERT_TRUE(FeatureRepository(db(), m_a, m_clock).save(data));
    VisitorRollup rollup(db(), m_clock);
    EXPECT_EQ(*rollup.publishAll(), 0) << "nobody came yet: nothing to send";
    visit(u"a"_s, u"mobile"_s, R"({"events":[{"type":"pageview","path":"/"}]})");
    EXPECT_EQ(*rollup.publishAll(), 1);
    EXPECT_EQ(*rollup.publishAll(), 0) << "unchanged: not sent again";
    visit(u"b"_s, u"desktop"_s, R"({"events":[{"type":"pageview","path":"/gifts"}]})");
    EXPECT_EQ(*rollup.publishAll(), 1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM changes WHERE entity = 'visitor_day' AND entity_id = '2025-11-23'"_s), 2);
    auto last = db::exec(db(), u"SELECT payload_json FROM changes WHERE entity = 'visitor_day' ORDER BY seq DESC LIMIT 1"_s);
    ASSERT_TRUE(last && last->next());
    const QString payload = last->value(0).toString();
    EXPECT_EQ(QJsonDocument::fromJson(payload.toUtf8())[u"visitors"_s].toInt(), 2);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM changes WHERE entity = 'visitor_day' AND merchant_id = 1305146709"_s), 0);
}

NOMO_ON_BOTH_ENGINES(VisitorRollupTest);
