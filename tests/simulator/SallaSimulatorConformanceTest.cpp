// Every shape the simulator emits, checked field by field (names, JSON types,
// nesting) against Salla's fixtures; and the signatures it computes against the
// values documented in tests/data/salla/README.md.
#include "SimulatorFixture.h"

#include "support/Fixtures.h"
#include "support/JsonShape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

QJsonObject fixture(const char *name)
{
    return QJsonDocument::fromJson(sallaFixture(QString::fromLatin1(name))).object();
}

std::string describe(const QStringList &differences)
{
    return differences.join(u'\n').toStdString();
}

class SallaSimulatorConformanceTest : public SimulatorFixture
{
protected:
    // The webhook bodies the simulator tried to deliver (to nowhere: port 9 refuses),
    // by event type.
    QMap<QString, QJsonObject> deliveredBodies()
    {
        const HttpReply reply = get("/_sim/deliveries?bodies=1");
        QMap<QString, QJsonObject> bodies;
        for (const QJsonValue &delivery : reply.json()[u"deliveries"_s].toArray()) {
            const QJsonObject body = QJsonDocument::fromJson(delivery[u"body"_s].toString().toUtf8()).object();
            bodies.insert(delivery[u"event"_s].toString(), body);
        }
        return bodies;
    }
    QStringList arguments() const override { return {u"--webhook-url"_s, u"http://127.0.0.1:9/hook"_s}; }
};

} // namespace

TEST_F(SallaSimulatorConformanceTest, TokenResponsesHaveSallasShape)
{
    const QJsonObject tokens = signIn();
    EXPECT_EQ(shapeDifferences(fixture("oauth_token_response.json"), tokens), QStringList());
    const HttpReply refreshed = refresh(tokens[u"refresh_token"_s].toString());
    ASSERT_EQ(refreshed.status, 200);
    EXPECT_EQ(shapeDifferences(fixture("oauth_refresh_response.json"), refreshed.json()), QStringList());
    EXPECT_EQ(refreshed.json()[u"token_type"_s].toString(), u"bearer"_s);
    EXPECT_NEAR(refreshed.json()[u"expires_in"_s].toInteger(), 1209600, 5);
}

TEST_F(SallaSimulatorConformanceTest, UserInfoHasSallasShape)
{
    const QString token = signIn()[u"access_token"_s].toString();
    const HttpReply reply = get("/oauth2/user/info", token);
    ASSERT_EQ(reply.status, 200);
    const auto differences = shapeDifferences(fixture("user_info.json"), reply.json());
    EXPECT_TRUE(differences.isEmpty()) << describe(differences);
    EXPECT_EQ(reply.json()[u"data"_s][u"merchant"_s][u"id"_s].toInteger(), 1487302251);
}

TEST_F(SallaSimulatorConformanceTest, CouponCreateAndListHaveSallasShape)
{
    const QString token = signIn()[u"access_token"_s].toString();
    QJsonObject request = fixture("coupon_create_request.json");
    request[u"expiry_date"_s] = QString(QDate::currentDate().addDays(30).toString(u"yyyy-MM-dd"_s) + u" 23:59:59"_s);
    request[u"start_date"_s] = QDate::currentDate().toString(u"yyyy-MM-dd"_s);
    const HttpReply created = sendJson("POST", "/admin/v2/coupons", request, token);
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    auto differences = shapeDifferences(fixture("coupon_create_response.json"), created.json(), {}, {});
    // The envelope's status mirrors HTTP: 201 here, 200 in Salla's sample.
    EXPECT_TRUE(differences.isEmpty()) << describe(differences);
    const QJsonObject data = created.json()[u"data"_s].toObject();
    EXPECT_EQ(data[u"is_sale_products_exclude"_s].toBool(), true); // request name -> response name
    EXPECT_EQ(data[u"include_category_ids"_s].toArray(), QJsonArray{u"1839475621"_s});
    EXPECT_EQ(data[u"amount"_s][u"amount"_s].toDouble(), 10);

    for (int i = 0; i < 4; ++i) {
        request[u"code"_s] = u"EXTRA%1"_s.arg(i);
        ASSERT_EQ(sendJson("POST", "/admin/v2/coupons", request, token).status, 201);
    }
    const HttpReply page = get("/admin/v2/coupons?page=1&per_page=2", token);
    ASSERT_EQ(page.status, 200);
    differences = shapeDifferences(fixture("coupons_list_response.json"), page.json());
    EXPECT_TRUE(differences.isEmpty()) << describe(differences);
    const QJsonObject pagination = page.json()[u"pagination"_s].toObject();
    EXPECT_EQ(pagination[u"total"_s].toInt(), 5);
    EXPECT_EQ(pagination[u"totalPages"_s].toInt(), 3);
    EXPECT_TRUE(pagination[u"links"_s][u"next"_s].toString().endsWith(u"/coupons?page=2"_s));
}

TEST_F(SallaSimulatorConformanceTest, ErrorsHaveSallasShape)
{
    const QString token = signIn()[u"access_token"_s].toString();
    QJsonObject request = fixture("coupon_create_request.json");
    request[u"expiry_date"_s] = u"2020-01-01 00:00:00"_s; // in the past
    request[u"start_date"_s] = u"2019-12-01"_s;
    ASSERT_EQ(sendJson("POST", "/admin/v2/coupons", request, token).status, 422); // expiry only
    request[u"expiry_date"_s] = QDate::currentDate().addDays(30).toString(u"yyyy-MM-dd"_s);
    ASSERT_EQ(sendJson("POST", "/admin/v2/coupons", request, token).status, 201);
    request[u"expiry_date"_s] = u"2020-01-01 00:00:00"_s;
    const HttpReply invalid = sendJson("POST", "/admin/v2/coupons", request, token); // duplicate + past
    ASSERT_EQ(invalid.status, 422);
    auto differences = shapeDifferences(fixture("error_422.json"), invalid.json());
    EXPECT_TRUE(differences.isEmpty()) << describe(differences);
    EXPECT_EQ(invalid.json()[u"error"_s][u"fields"_s][u"code"_s][0].toString(), u"لقد قمت بتسجيل كوبون بنفس الاسم من قبل"_s);

    const HttpReply unauthorized = get("/admin/v2/coupons", u"ory_at_forged"_s);
    ASSERT_EQ(unauthorized.status, 401);
    differences = shapeDifferences(fixture("error_401.json"), unauthorized.json());
    EXPECT_TRUE(differences.isEmpty()) << describe(differences);
}

TEST_F(SallaSimulatorConformanceTest, EveryWebhookEventHasTheFixturesShape)
{
    ASSERT_EQ(control("install").status, 200);
    ASSERT_EQ(control("events", {{u"event"_s, u"customer.created"_s}}).status, 200);
    ASSERT_EQ(control("events", {{u"event"_s, u"abandoned.cart"_s}}).status, 200);
    ASSERT_EQ(control("events", {{u"event"_s, u"order.created"_s}}).status, 200);
    ASSERT_EQ(control("events", {{u"event"_s, u"order.status.updated"_s}}).status, 200);
    ASSERT_EQ(control("events", {{u"event"_s, u"app.settings.updated"_s}}).status, 200);
    // coupon.applied needs a coupon in the store.
    const QString token = signIn()[u"access_token"_s].toString();
    QJsonObject request = fixture("coupon_create_request.json");
    request[u"expiry_date"_s] = QDate::currentDate().addDays(30).toString(u"yyyy-MM-dd"_s);
    ASSERT_EQ(sendJson("POST", "/admin/v2/coupons", request, token).status, 201);
    ASSERT_EQ(control("events", {{u"event"_s, u"coupon.applied"_s}}).status, 200);
    ASSERT_EQ(control("uninstall").status, 200);

    const auto bodies = deliveredBodies();
    const std::pair<const char *, const char *> events[] = {
        {"app.installed", "app_installed_webhook.json"},
        {"app.store.authorize", "app_store_authorize_webhook.json"},
        {"app.uninstalled", "app_uninstalled_webhook.json"},
        {"app.settings.updated", "app_settings_updated_webhook.json"},
        {"customer.created", "customer_created_webhook.json"},
        {"abandoned.cart", "abandoned_cart_webhook.json"},
        {"order.created", "order_created_webhook.json"},
        {"order.status.updated", "order_status_updated_webhook.json"},
        {"coupon.applied", "coupon_applied_webhook.json"},
    };
    for (const auto &[event, file] : events) {
        ASSERT_TRUE(bodies.contains(QString::fromLatin1(event))) << event;
        const auto differences = shapeDifferences(fixture(file), bodies.value(QString::fromLatin1(event)),
                                                  // null in one fixture, a value in another:
                                                  {u"data.coupon"_s, u"data.order.first_complete_at"_s,
                                                   u"data.order.shipping.shipment.pickup_id"_s});
        EXPECT_TRUE(differences.isEmpty()) << event << ":\n" << describe(differences);
    }
}

TEST_F(SallaSimulatorConformanceTest, ApiRecordsHaveTheWebhookModelsShape)
{
    ASSERT_EQ(control("events", {{u"event"_s, u"order.created"_s}, {u"count"_s, 3}}).status, 200);
    ASSERT_EQ(control("events", {{u"event"_s, u"abandoned.cart"_s}}).status, 200);
    const QString token = signIn()[u"access_token"_s].toString();
    const QJsonObject orderModel = fixture("order_created_webhook.json")[u"data"_s].toObject();

    const HttpReply orders = get("/admin/v2/orders", token);
    ASSERT_EQ(orders.status, 200);
    const QJsonArray list = orders.json()[u"data"_s].toArray();
    ASSERT_EQ(list.size(), 3);
    const HttpReply order = get("/admin/v2/orders/" + QByteArray::number(list[0][u"id"_s].toInteger()), token);
    ASSERT_EQ(order.status, 200);
    auto differences = shapeDifferences(orderModel, order.json()[u"data"_s]);
    EXPECT_TRUE(differences.isEmpty()) << describe(differences);

    const HttpReply customers = get("/admin/v2/customers", token);
    differences = shapeDifferences(fixture("customer_created_webhook.json")[u"data"_s], customers.json()[u"data"_s][0]);
    EXPECT_TRUE(differences.isEmpty()) << describe(differences);

    const HttpReply carts = get("/admin/v2/carts/abandoned", token);
    differences = shapeDifferences(fixture("abandoned_cart_webhook.json")[u"data"_s], carts.json()[u"data"_s][0], {u"coupon"_s});
    EXPECT_TRUE(differences.isEmpty()) << describe(differences);
}

TEST_F(SallaSimulatorConformanceTest, SignsEachFixtureAsDocumented)
{
    ASSERT_EQ(control("fixtures", {{u"file"_s, u"all"_s}}).status, 200);
    const QJsonArray deliveries = get("/_sim/deliveries?bodies=1").json()[u"deliveries"_s].toArray();
    ASSERT_EQ(deliveries.size(), 9);
    for (const auto &[file, signature] : documentedSignatures()) {
        const QByteArray bytes = sallaFixture(file);
        bool found = false;
        for (const QJsonValue &delivery : deliveries) {
            if (delivery[u"body"_s].toString().toUtf8() != bytes)
                continue;
            found = true;
            EXPECT_EQ(delivery[u"signature"_s].toString(), QString::fromLatin1(signature)) << file.toStdString();
        }
        EXPECT_TRUE(found) << file.toStdString() << " was not delivered byte for byte";
    }
}
