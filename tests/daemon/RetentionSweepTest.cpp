// What is kept only for a while is swept once its period is over, and nothing else:
// a processed webhook keeps its row but not its body, one still waiting keeps both.
#include "app/RetentionSweep.h"
#include "db/Database.h"
#include "support/TenantFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class RetentionSweepTest : public nomo::test::TenantFixture
{
protected:
    qint64 daysAgo(int days) const { return m_clock.nowUtc().addDays(-days).toMSecsSinceEpoch(); }
    void event(const QString &key, const QString &status, int days)
    {
        ASSERT_TRUE(db::exec(db(), u"INSERT INTO events (merchant_id, delivery_key, event_type, body, status, received_at) "
                                   "VALUES (:m, :k, 'order.created', :b, :s, :at)"_s,
                             {{u"m"_s, kMerchantA}, {u"k"_s, key}, {u"b"_s, QByteArray(R"({"event":"order.created"})")},
                              {u"s"_s, status}, {u"at"_s, daysAgo(days)}}));
    }
    qint64 session(int days)
    {
        auto id = db::exec(db(), u"INSERT INTO visitor_sessions (merchant_id, visitor_id, started_at, last_seen_at) "
                                 "VALUES (:m, 'v', :at, :at2) RETURNING id"_s,
                           {{u"m"_s, kMerchantA}, {u"at"_s, daysAgo(days)}, {u"at2"_s, daysAgo(days)}});
        return id && id->next() ? id->value(0).toLongLong() : 0;
    }
    void pageView(qint64 session, int days)
    {
        ASSERT_TRUE(db::exec(db(), u"INSERT INTO page_views (merchant_id, session_id, path, viewed_at) VALUES (:m, :s, '/', :at)"_s,
                             {{u"m"_s, kMerchantA}, {u"s"_s, session}, {u"at"_s, daysAgo(days)}}));
    }
    qint64 count(const QString &sql) const
    {
        auto value = db::scalar(db(), sql, {});
        return value ? *value : -1;
    }
};
} // namespace

TEST_P(RetentionSweepTest, SweepsOnlyWhatIsPastItsPeriodInBatches)
{
    for (int i = 0; i < 7; ++i)
        event(u"old-%1"_s.arg(i), u"processed"_s, 40);
    event(u"old-failed"_s, u"failed"_s, 40);
    event(u"old-pending"_s, u"pending"_s, 40);
    event(u"recent"_s, u"processed"_s, 5);
    const qint64 old = session(400);
    for (int i = 0; i < 5; ++i)
        pageView(old, 400);
    pageView(session(10), 10);

    RetentionSweep sweep(db(), RetentionSweep::Periods{30, 395, 365}, m_clock, 3); // batches of 3
    auto swept = sweep.run();
    ASSERT_TRUE(swept) << swept.error().toString().toStdString();
    EXPECT_EQ(*swept, 7 + 5 + 1); // bodies, page views, the old session
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM events"_s), 10) << "the rows stay";
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM events WHERE LENGTH(body) = 0"_s), 7);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM events WHERE LENGTH(body) > 0 AND delivery_key IN ('old-failed', 'old-pending', 'recent')"_s), 3)
        << "a body still needed (to retry, or too recent) is kept";
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM page_views"_s), 1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM visitor_sessions"_s), 1);
    EXPECT_EQ(*RetentionSweep(db(), RetentionSweep::Periods{30, 395, 365}, m_clock, 3).run(), 0) << "a second pass finds nothing";
}

TEST_P(RetentionSweepTest, ADoubleOptInSignUpIsKeptOnlyAsLongAsItsLink)
{
    for (const auto &[email, days] : {std::pair{u"old@example.com"_s, 8}, std::pair{u"new@example.com"_s, 2}})
        ASSERT_TRUE(db::exec(db(), u"INSERT INTO subscriber_confirmations (merchant_id, email, token, source, wording, created_at) "
                                   "VALUES (:m, :e, :t, 'storefront_form', 'yes', :at)"_s,
                             {{u"m"_s, kMerchantA}, {u"e"_s, email}, {u"t"_s, email}, {u"at"_s, daysAgo(days)}}));
    auto swept = RetentionSweep(db(), RetentionSweep::Periods{30, 395, 365}, m_clock, 3).run();
    ASSERT_TRUE(swept) << swept.error().toString().toStdString();
    EXPECT_EQ(*swept, 1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM subscriber_confirmations WHERE email = 'new@example.com'"_s), 1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM subscriber_confirmations"_s), 1);
}

NOMO_ON_BOTH_ENGINES(RetentionSweepTest);
