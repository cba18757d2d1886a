#include "security/WebhookSignature.h"
#include "support/Fixtures.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::WebhookSignature;
using Headers = QList<std::pair<QByteArray, QByteArray>>;

namespace {
const QByteArray kSecret = "nomo-test-webhook-secret";
// tests/data/salla/README.md
const std::pair<const char *, const char *> kDocumented[] = {
    {"abandoned_cart_webhook.json", "98cd67e8f731dac75e18084352d0e9c1b58f934f8c3bd50dcd3fd6fe03ac4103"},
    {"app_installed_webhook.json", "fd97fd5c37a73912d361f7067bdac64b3c37e121ef02d4e1e6569dfc0afa62a9"},
    {"app_settings_updated_webhook.json", "71f0ff2daf4cbcc44623b0a75d5285d32e27b936411e07d6f278be185705b265"},
    {"app_store_authorize_webhook.json", "e4624157bd02addc1d691c83bda790e907dd16c239f6920919517c560ac3b0ef"},
    {"app_uninstalled_webhook.json", "feb424618bcf4b252dd28c09daac87361b3243ad5ed4cfcf47133ab895d8c3a2"},
    {"coupon_applied_webhook.json", "46a21a0e05dd3b489fe34c85c438d5f55e0c643bf202d4a7bbe84d3cb6334d7b"},
    {"customer_created_webhook.json", "23c2ab5b4b979a48f98239c06d648d70846c1b4fbd196c4468f27c42e607cf7b"},
    {"order_created_webhook.json", "46221b4e54c3c9d3790ec18d35c9bcb2e6e0cd0f1aa9b5c82d2632ee0d13cebe"},
    {"order_status_updated_webhook.json", "e70c74683e63a541704c029b49ccce2bb9f58255d5e79494785e9ef91c4b1704"},
};
Headers signatureHeaders(const QByteArray &signature)
{
    return {{"X-Salla-Security-Strategy", "Signature"}, {"X-Salla-Signature", signature}};
}
} // namespace

TEST(WebhookSignature, VerifiesEveryFixtureWithItsDocumentedSignature)
{
    const WebhookSignature verifier(WebhookSignature::Strategy::Signature, kSecret);
    for (const auto &[file, signature] : kDocumented) {
        const QByteArray body = nomo::test::sallaFixture(QString::fromLatin1(file));
        EXPECT_EQ(WebhookSignature::sign(kSecret, body), QByteArray(signature)) << file;
        EXPECT_TRUE(verifier.verify(signatureHeaders(signature), body)) << file;
    }
}

TEST(WebhookSignature, RefusesAFlippedByte)
{
    const WebhookSignature verifier(WebhookSignature::Strategy::Signature, kSecret);
    QByteArray body = nomo::test::sallaFixture(u"order_created_webhook.json"_s);
    body[100] = static_cast<char>(body[100] ^ 1);
    const auto result = verifier.verify(signatureHeaders(kDocumented[7].second), body);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, nomo::ErrorCode::Unauthorized);
}

TEST(WebhookSignature, RefusesTheSameJsonReserialized)
{
    // Proves the raw bytes are hashed, not a re-encoded document.
    const QByteArray body = nomo::test::sallaFixture(u"order_created_webhook.json"_s);
    const QByteArray reencoded = QJsonDocument::fromJson(body).toJson(QJsonDocument::Compact);
    ASSERT_NE(body, reencoded);
    const WebhookSignature verifier(WebhookSignature::Strategy::Signature, kSecret);
    EXPECT_FALSE(verifier.verify(signatureHeaders(kDocumented[7].second), reencoded));
}

TEST(WebhookSignature, RefusesMissingRepeatedOrUppercaseMismatchedHeaders)
{
    const WebhookSignature verifier(WebhookSignature::Strategy::Signature, kSecret);
    const QByteArray body = nomo::test::sallaFixture(u"customer_created_webhook.json"_s);
    const QByteArray good = kDocumented[6].second;
    EXPECT_FALSE(verifier.verify({}, body));
    EXPECT_FALSE(verifier.verify({{"X-Salla-Signature", good}, {"x-salla-signature", good}}, body));
    EXPECT_TRUE(verifier.verify({{"x-salla-signature", good.toUpper()}}, body)); // hex case is not meaning
    EXPECT_FALSE(verifier.verify({{"X-Salla-Signature", good.left(63)}}, body));
}

TEST(WebhookSignature, TokenStrategyComparesTheAuthorizationHeader)
{
    const WebhookSignature verifier(WebhookSignature::Strategy::Token, kSecret);
    EXPECT_TRUE(verifier.verify({{"Authorization", kSecret}}, "{}"));
    EXPECT_FALSE(verifier.verify({{"Authorization", "Bearer " + kSecret}}, "{}"));
    EXPECT_FALSE(verifier.verify({{"X-Salla-Signature", WebhookSignature::sign(kSecret, "{}")}}, "{}"));
}

TEST(WebhookSignature, RefusesEverythingWithoutASecret)
{
    const WebhookSignature verifier(WebhookSignature::Strategy::Signature, {});
    EXPECT_FALSE(verifier.verify(signatureHeaders(WebhookSignature::sign({}, "{}")), "{}"));
}
