#include "repositories/FeatureSecretRepository.h"
#include "security/TokenCipher.h"
#include "support/TenantFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class FeatureSecretRepositoryTest : public test::TenantFixture
{
protected:
    TokenCipher m_cipher = *TokenCipher::fromBytes(TokenCipher::generateKey());
};
} // namespace

TEST_P(FeatureSecretRepositoryTest, SealsRevealsAndClearsPerStore)
{
    FeatureSecretRepository a(db(), m_a, m_cipher, m_clock);
    NOMO_ASSERT_OK(a.set(u"notifications"_s, u"sms_api_key"_s, u"مفتاح-123"_s));
    EXPECT_EQ(a.reveal(u"notifications"_s, u"sms_api_key"_s)->value_or(QString()), u"مفتاح-123"_s);
    EXPECT_EQ(*a.setFields(u"notifications"_s), QStringList{u"sms_api_key"_s});
    FeatureSecretRepository b(db(), m_b, m_cipher, m_clock);
    EXPECT_FALSE(b.reveal(u"notifications"_s, u"sms_api_key"_s)->has_value()) << "another store sees nothing";
    NOMO_ASSERT_OK(a.clear(u"notifications"_s, u"sms_api_key"_s));
    EXPECT_FALSE(a.reveal(u"notifications"_s, u"sms_api_key"_s)->has_value());
}

TEST_P(FeatureSecretRepositoryTest, ASealedValueMovedToAnotherStoreOrFieldDoesNotOpen)
{
    NOMO_ASSERT_OK(FeatureSecretRepository(db(), m_a, m_cipher, m_clock).set(u"notifications"_s, u"sms_api_key"_s, u"k"_s));
    // Someone with write access to the database copies the sealed bytes over.
    ASSERT_TRUE(db::exec(db(), u"INSERT INTO feature_secrets (merchant_id, feature_key, field, sealed, updated_at) "
                               "SELECT :b, feature_key, field, sealed, updated_at FROM feature_secrets WHERE merchant_id = :a"_s,
                         {{u"a"_s, kMerchantA}, {u"b"_s, kMerchantB}}));
    ASSERT_TRUE(db::exec(db(), u"INSERT INTO feature_secrets (merchant_id, feature_key, field, sealed, updated_at) "
                               "SELECT merchant_id, feature_key, 'whatsapp_access_token', sealed, updated_at FROM feature_secrets "
                               "WHERE merchant_id = :a"_s,
                         {{u"a"_s, kMerchantA}}));
    EXPECT_FALSE(FeatureSecretRepository(db(), m_b, m_cipher, m_clock).reveal(u"notifications"_s, u"sms_api_key"_s));
    EXPECT_FALSE(FeatureSecretRepository(db(), m_a, m_cipher, m_clock).reveal(u"notifications"_s, u"whatsapp_access_token"_s));
}

NOMO_ON_BOTH_ENGINES(FeatureSecretRepositoryTest);
