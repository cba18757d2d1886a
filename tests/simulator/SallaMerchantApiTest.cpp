// The Merchant API as a client meets it: pagination, coupon life, rate limits and
// injected faults.
#include "SimulatorFixture.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {
class SallaMerchantApiTest : public SimulatorFixture
{
protected:
    void SetUp() override
    {
        SimulatorFixture::SetUp();
        m_token = signIn()[u"access_token"_s].toString();
    }
    QJsonObject coupon(const QString &code)
    {
        return {{u"code"_s, code},
                {u"type"_s, u"fixed"_s},
                {u"amount"_s, 25},
                {u"free_shipping"_s, false},
                {u"exclude_sale_products"_s, false},
                {u"expiry_date"_s, QDate::currentDate().addDays(10).toString(u"yyyy-MM-dd"_s)}};
    }
    QString m_token;
};
} // namespace

TEST_F(SallaMerchantApiTest, PagesThroughEveryOrderOnce)
{
    ASSERT_EQ(control("events", {{u"event"_s, u"order.created"_s}, {u"count"_s, 37}}).status, 200);
    QSet<qint64> seen;
    int page = 1;
    int pages = 0;
    while (true) {
        const HttpReply reply = get("/admin/v2/orders?per_page=10&page=" + QByteArray::number(page), m_token);
        ASSERT_EQ(reply.status, 200);
        for (const QJsonValue &order : reply.json()[u"data"_s].toArray()) {
            EXPECT_FALSE(seen.contains(order[u"id"_s].toInteger())) << "repeated";
            seen.insert(order[u"id"_s].toInteger());
        }
        const QJsonObject pagination = reply.json()[u"pagination"_s].toObject();
        ++pages;
        if (pagination[u"currentPage"_s].toInt() >= pagination[u"totalPages"_s].toInt()) {
            EXPECT_FALSE(pagination[u"links"_s].toObject().contains(u"next"_s));
            break;
        }
        ++page;
    }
    EXPECT_EQ(seen.size(), 37);
    EXPECT_EQ(pages, 4);
    // One page, nowhere to go: Salla sends "links": [] (an array, not an object).
    const HttpReply single = get("/admin/v2/orders?per_page=60", m_token);
    EXPECT_TRUE(single.json()[u"pagination"_s][u"links"_s].isArray());
}

TEST_F(SallaMerchantApiTest, CapsPerPageAtSixty)
{
    ASSERT_EQ(control("events", {{u"event"_s, u"customer.created"_s}, {u"count"_s, 70}}).status, 200);
    const HttpReply reply = get("/admin/v2/customers?per_page=500", m_token);
    EXPECT_EQ(reply.json()[u"data"_s].toArray().size(), 60);
    EXPECT_EQ(reply.json()[u"pagination"_s][u"perPage"_s].toInt(), 60);
}

TEST_F(SallaMerchantApiTest, CouponLivesThroughCreateShowUpdateDelete)
{
    const HttpReply created = sendJson("POST", "/admin/v2/coupons", coupon(u"RAMADAN"_s), m_token);
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QByteArray path = "/admin/v2/coupons/" + QByteArray::number(created.json()[u"data"_s][u"id"_s].toInteger());
    EXPECT_EQ(get(path, m_token).json()[u"data"_s][u"code"_s].toString(), u"RAMADAN"_s);
    const HttpReply updated = sendJson("PUT", path, {{u"amount"_s, 40}, {u"status"_s, u"inactive"_s}}, m_token);
    ASSERT_EQ(updated.status, 201) << updated.body.toStdString();
    EXPECT_EQ(updated.json()[u"data"_s][u"amount"_s][u"amount"_s].toDouble(), 40);
    EXPECT_EQ(updated.json()[u"data"_s][u"status"_s].toString(), u"inactive"_s);
    const HttpReply deleted = RawHttp::request(port(), "DELETE", path, {}, {{"Authorization", "Bearer " + m_token.toLatin1()}});
    EXPECT_EQ(deleted.status, 200);
    EXPECT_EQ(deleted.json()[u"status"_s].toInt(), 202);
    EXPECT_EQ(get(path, m_token).status, 404);
}

TEST_F(SallaMerchantApiTest, ValidatesCouponsAsSallaDoes)
{
    QJsonObject bad = coupon(u"BAD"_s);
    bad[u"type"_s] = u"percentage"_s;
    bad[u"amount"_s] = 150;
    bad.remove(u"free_shipping"_s);
    const HttpReply reply = sendJson("POST", "/admin/v2/coupons", bad, m_token);
    ASSERT_EQ(reply.status, 422);
    const QJsonObject fields = reply.json()[u"error"_s][u"fields"_s].toObject();
    EXPECT_TRUE(fields.contains(u"amount"_s));
    EXPECT_TRUE(fields.contains(u"free_shipping"_s));
    EXPECT_EQ(reply.json()[u"error"_s][u"message"_s].toString(), u"alert.invalid_fields"_s);
}

TEST_F(SallaMerchantApiTest, RateLimitsWithSallasHeaders)
{
    ASSERT_EQ(control("faults", {{u"rate_limit_per_minute"_s, 5}}).status, 200);
    for (int i = 0; i < 5; ++i) {
        const HttpReply ok = get("/admin/v2/store/info", m_token);
        ASSERT_EQ(ok.status, 200) << i;
        EXPECT_EQ(ok.headers.value("x-ratelimit-limit"), "5");
        EXPECT_EQ(ok.headers.value("x-ratelimit-remaining").toInt(), 4 - i);
    }
    const HttpReply limited = get("/admin/v2/store/info", m_token);
    ASSERT_EQ(limited.status, 429);
    EXPECT_GE(limited.headers.value("retry-after").toInt(), 1);
    EXPECT_EQ(limited.headers.value("x-ratelimit-remaining"), "0");
    EXPECT_EQ(limited.json()[u"error"_s][u"code"_s].toString(), u"too_many_requests"_s);
    // The bucket refills: a minute later there is room again.
    ASSERT_EQ(control("clock/advance", {{u"seconds"_s, 60}}).status, 200);
    EXPECT_EQ(get("/admin/v2/store/info", m_token).status, 200);
}

TEST_F(SallaMerchantApiTest, BurstsOf429OnDemand)
{
    ASSERT_EQ(control("faults", {{u"burst_429"_s, 2}}).status, 200);
    EXPECT_EQ(get("/admin/v2/store/info", m_token).status, 429);
    EXPECT_EQ(get("/admin/v2/store/info", m_token).status, 429);
    EXPECT_EQ(get("/admin/v2/store/info", m_token).status, 200);
}

TEST_F(SallaMerchantApiTest, InjectsServerErrorsDropsAndLatency)
{
    ASSERT_EQ(control("faults", {{u"error_rate"_s, 1.0}}).status, 200);
    const int status = get("/admin/v2/store/info", m_token).status;
    EXPECT_TRUE(status == 500 || status == 503) << status;

    ASSERT_EQ(control("faults", {{u"drop_rate"_s, 1.0}}).status, 200);
    EXPECT_EQ(get("/admin/v2/store/info", m_token).status, 0); // closed without an answer

    ASSERT_EQ(control("faults", {{u"latency_ms"_s, 400}}).status, 200);
    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(get("/admin/v2/store/info", m_token).status, 200);
    EXPECT_GE(timer.elapsed(), 350);

    ASSERT_EQ(control("faults", {}).status, 200); // all off
    EXPECT_EQ(get("/admin/v2/store/info", m_token).status, 200);
}

TEST_F(SallaMerchantApiTest, ServesOnlyTheTokensOwnStore)
{
    const HttpReply info = get("/admin/v2/store/info", m_token);
    EXPECT_EQ(info.json()[u"data"_s][u"id"_s].toInteger(), 1487302251);
    EXPECT_EQ(info.json()[u"data"_s][u"currency"_s].toString(), u"SAR"_s);
}

TEST_F(SallaMerchantApiTest, UnknownPathsAre404InSallasEnvelope)
{
    const HttpReply reply = get("/admin/v2/nothing-here", m_token);
    EXPECT_EQ(reply.status, 404);
    EXPECT_FALSE(reply.json()[u"success"_s].toBool(true));
}
