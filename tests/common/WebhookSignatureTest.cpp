#include "security/WebhookSignature.h"
#include "support/Fixtures.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::WebhookSignature;
using Headers = QList<std::pair<QByteArray, QByteArray>>;

namespace {
const QByteArray kSecret = nomo::test::kFixtureWebhookSecret;
QByteArray documented(const QString &file)
{
    for (const auto &[name, signature] : nomo::test::documentedSignatures()) {
        if (name == file)
            return signature;
    }
    return {};
}
Headers signatureHeaders(const QByteArray &signature)
{
    return {{"X-Salla-Security-Strategy", "Signature"}, {"X-Salla-Signature", signature}};
}
} // namespace

TEST(WebhookSignature, VerifiesEveryFixtureWithItsDocumentedSignature)
{
    const WebhookSignature verifier(WebhookSignature::Strategy::Signature, kSecret);
    ASSERT_EQ(nomo::test::documentedSignatures().size(), 9);
    for (const auto &[file, signature] : nomo::test::documentedSignatures()) {
        const QByteArray body = nomo::test::sallaFixture(file);
        EXPECT_EQ(WebhookSignature::sign(kSecret, body), signature) << file.toStdString();
        EXPECT_TRUE(verifier.verify(signatureHeaders(signature), body)) << file.toStdString();
    }
}

TEST(WebhookSignature, RefusesAFlippedByte)
{
    const WebhookSignature verifier(WebhookSignature::Strategy::Signature, kSecret);
    QByteArray body = nomo::test::sallaFixture(u"order_created_webhook.json"_s);
    body[100] = static_cast<char>(body[100] ^ 1);
    const auto result = verifier.verify(signatureHeaders(documented(u"order_created_webhook.json"_s)), body);
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
    EXPECT_FALSE(verifier.verify(signatureHeaders(documented(u"order_created_webhook.json"_s)), reencoded));
}

TEST(WebhookSignature, RefusesMissingRepeatedOrUppercaseMismatchedHeaders)
{
    const WebhookSignature verifier(WebhookSignature::Strategy::Signature, kSecret);
    const QByteArray body = nomo::test::sallaFixture(u"customer_created_webhook.json"_s);
    const QByteArray good = documented(u"customer_created_webhook.json"_s);
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
