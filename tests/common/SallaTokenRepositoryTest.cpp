#include "db/Database.h"
#include "repositories/SallaTokenRepository.h"
#include "support/TenantFixture.h"

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class SallaTokenRepositoryTest : public nomo::test::TenantFixture
{
protected:
    SallaTokens tokens(const QString &access) const
    {
        return {access, u"ory_rt_refresh"_s, m_clock.nowUtc().addDays(14), m_clock.nowUtc().addDays(30), u"offline_access"_s, 0};
    }
    const TokenCipher m_cipher = *TokenCipher::fromBytes(TokenCipher::generateKey());
};
} // namespace

TEST_P(SallaTokenRepositoryTest, StoresTokensSealedAndReadsThemBack)
{
    SallaTokenRepository repo(db(), m_a, m_cipher, m_clock);
    NOMO_ASSERT_OK(repo.save(tokens(u"ory_at_first"_s)));
    const auto loaded = repo.load();
    ASSERT_TRUE(loaded && loaded->has_value());
    EXPECT_EQ((*loaded)->accessToken, u"ory_at_first"_s);
    EXPECT_EQ((*loaded)->refreshToken, u"ory_rt_refresh"_s);
    EXPECT_EQ((*loaded)->accessExpiresAt, m_clock.nowUtc().addDays(14));
    auto raw = db::exec(db(), u"SELECT access_token_enc, refresh_token_enc FROM salla_tokens"_s);
    ASSERT_TRUE(raw && raw->next());
    EXPECT_FALSE(raw->value(0).toByteArray().contains("ory_at_first"));
    EXPECT_FALSE(raw->value(1).toByteArray().contains("ory_rt_refresh"));
}

TEST_P(SallaTokenRepositoryTest, ReplacesBothTokensAndBumpsTheVersion)
{
    SallaTokenRepository repo(db(), m_a, m_cipher, m_clock);
    EXPECT_EQ(*repo.save(tokens(u"one"_s)), 1);
    EXPECT_EQ(*repo.save(tokens(u"two"_s)), 2);
    EXPECT_EQ((*repo.load())->accessToken, u"two"_s);
}

TEST_P(SallaTokenRepositoryTest, AnotherKeyCannotOpenThem)
{
    NOMO_ASSERT_OK(SallaTokenRepository(db(), m_a, m_cipher, m_clock).save(tokens(u"x"_s)));
    const TokenCipher other = *TokenCipher::fromBytes(TokenCipher::generateKey());
    const auto loaded = SallaTokenRepository(db(), m_a, other, m_clock).load();
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().messageKey, u"crypto.tampered"_s);
}

TEST_P(SallaTokenRepositoryTest, AnotherMerchantNeitherReadsNorReusesThem)
{
    NOMO_ASSERT_OK(SallaTokenRepository(db(), m_a, m_cipher, m_clock).save(tokens(u"ory_at_a"_s)));
    SallaTokenRepository theirs(db(), m_b, m_cipher, m_clock);
    EXPECT_FALSE(theirs.load()->has_value());
    NOMO_ASSERT_OK(theirs.remove()); // removes B's (none), not A's
    EXPECT_TRUE(SallaTokenRepository(db(), m_a, m_cipher, m_clock).load()->has_value());
    // A's sealed bytes copied into B's row do not open for B.
    ASSERT_TRUE(db::exec(db(),
                         u"INSERT INTO salla_tokens (merchant_id, access_token_enc, access_expires_at, scope, updated_at) "
                         "SELECT :b, access_token_enc, access_expires_at, scope, updated_at FROM salla_tokens WHERE merchant_id = :a"_s,
                         {{u"a"_s, kMerchantA}, {u"b"_s, kMerchantB}}));
    EXPECT_FALSE(theirs.load());
}

NOMO_ON_BOTH_ENGINES(SallaTokenRepositoryTest);
