#include "salla/SallaPayloads.h"
#include "support/Fixtures.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
namespace salla = nomo::salla;

namespace {
salla::WebhookEnvelope envelope(const char *file)
{
    const QByteArray bytes = nomo::test::sallaFixture(QString::fromLatin1(file));
    auto read = salla::readEnvelope(QJsonDocument::fromJson(bytes).object());
    EXPECT_TRUE(read) << file;
    return read.value_or(salla::WebhookEnvelope{});
}
} // namespace

TEST(SallaPayloads, ReadsTheEnvelopeOfEveryEventShape)
{
    const auto order = envelope("order_created_webhook.json");
    EXPECT_EQ(order.event, u"order.created"_s);
    EXPECT_EQ(order.merchantId, 1487302251);
    EXPECT_EQ(order.createdAt, QDateTime(QDate(2025, 11, 23), QTime(11, 32, 7), QTimeZone::utc())); // JS date, +03:00
    const auto app = envelope("app_installed_webhook.json");
    EXPECT_EQ(app.createdAt, QDateTime(QDate(2025, 11, 19), QTime(11, 5, 12), QTimeZone::utc())); // plain Riyadh time
}

TEST(SallaPayloads, RefusesAnEnvelopeWithoutMerchant)
{
    const auto read = salla::readEnvelope(QJsonDocument::fromJson(R"({"event":"order.created","data":{}})").object());
    ASSERT_FALSE(read);
    EXPECT_TRUE(read.error().detail.startsWith(u"merchant"_s));
}

TEST(SallaPayloads, ReadsAnOrderInHalalas)
{
    const auto read = salla::readOrder(envelope("order_created_webhook.json").data);
    ASSERT_TRUE(read) << read.error().toString().toStdString();
    EXPECT_EQ(read->sallaId, 1935507712);
    EXPECT_EQ(read->referenceId, u"218340567"_s);
    EXPECT_EQ(read->status, u"under_review"_s);
    EXPECT_EQ(read->total.halalas(), 38065);
    EXPECT_EQ(read->discount.halalas(), 3400);
    EXPECT_EQ(read->couponCode, u"NOMO10"_s);
    EXPECT_EQ(read->itemCount, 3);
    EXPECT_EQ(read->city, u"الرياض"_s);
    EXPECT_EQ(read->orderedAt, QDateTime(QDate(2025, 11, 23), QTime(11, 32, 5), QTimeZone::utc()));
}

TEST(SallaPayloads, ReadsTheLightOrderOfAStatusChange)
{
    const auto read = salla::readOrder(envelope("order_status_updated_webhook.json").data.value(u"order"_s).toObject());
    ASSERT_TRUE(read) << read.error().toString().toStdString();
    EXPECT_EQ(read->status, u"completed"_s);
    EXPECT_EQ(read->total.halalas(), 38065);
}

TEST(SallaPayloads, ReadsCustomersWithTheirFullMobile)
{
    const auto full = salla::readCustomer(envelope("customer_created_webhook.json").data);
    ASSERT_TRUE(full);
    EXPECT_EQ(full->mobile, u"+966501234567"_s);
    EXPECT_EQ(full->firstName, u"عبدالله"_s);
    const auto brief = salla::readCartCustomer(envelope("abandoned_cart_webhook.json").data.value(u"customer"_s).toObject());
    ASSERT_TRUE(brief);
    EXPECT_EQ(brief->firstName, u"سارة"_s);
    EXPECT_EQ(brief->lastName, u"الغامدي"_s);
    EXPECT_EQ(brief->mobile, u"+966560987654"_s);
}

TEST(SallaPayloads, ReadsAnAbandonedCart)
{
    const auto cart = salla::readAbandonedCart(envelope("abandoned_cart_webhook.json").data);
    ASSERT_TRUE(cart);
    EXPECT_EQ(cart->sallaId, 1713390284);
    EXPECT_EQ(cart->total.halalas(), 47725);
    EXPECT_TRUE(cart->checkoutUrl.endsWith(u"/checkout/1713390284"_s));
}

TEST(SallaPayloads, ReadsEasyModeTokensWithAnAbsoluteExpiry)
{
    const QDateTime now(QDate(2025, 11, 19), QTime(11, 5), QTimeZone::utc());
    const auto tokens = salla::readAuthorize(envelope("app_store_authorize_webhook.json").data, now);
    ASSERT_TRUE(tokens);
    EXPECT_TRUE(tokens->accessToken.startsWith(u"ory_at_"_s));
    EXPECT_EQ(tokens->accessExpiresAt.toSecsSinceEpoch(), 1764759912);
    // A duration is recognised as one.
    const auto duration = salla::readAuthorize(QJsonDocument::fromJson(R"({"access_token":"a","expires_in":1209600})").object(), now);
    EXPECT_EQ(duration->accessExpiresAt, now.addSecs(1209600));
}

TEST(SallaPayloads, DeliveryKeysRecogniseRedeliveriesOnly)
{
    const QByteArray bytes = nomo::test::sallaFixture(u"order_created_webhook.json"_s);
    const auto env = envelope("order_created_webhook.json");
    const QString key = salla::deliveryKey(env, bytes);
    EXPECT_EQ(key, salla::deliveryKey(env, bytes));
    EXPECT_TRUE(key.startsWith(u"order.created:1487302251:1935507712:"_s));
    EXPECT_NE(key, salla::deliveryKey(env, bytes + ' '));
}
