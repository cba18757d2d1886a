#include "security/TokenCipher.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::ErrorCode;
using nomo::TokenCipher;

namespace {
const QString kHexKey = u"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"_s;
}

TEST(TokenCipher, SealsAndOpensWithTheSameKey)
{
    const auto cipher = TokenCipher::fromText(kHexKey);
    ASSERT_TRUE(cipher);
    const auto sealed = cipher->encrypt("ory_at_secret", "merchant:1");
    ASSERT_TRUE(sealed);
    EXPECT_FALSE(sealed->contains("ory_at_secret"));
    EXPECT_EQ(*cipher->decrypt(*sealed, "merchant:1"), "ory_at_secret");
}

TEST(TokenCipher, UsesAFreshNonceEachTime)
{
    const auto cipher = TokenCipher::fromText(kHexKey);
    EXPECT_NE(*cipher->encrypt("same"), *cipher->encrypt("same"));
}

TEST(TokenCipher, RefusesAnotherKey)
{
    const auto sealed = TokenCipher::fromText(kHexKey)->encrypt("ory_at_secret");
    const auto other = TokenCipher::fromBytes(TokenCipher::generateKey());
    const auto opened = other->decrypt(*sealed);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().messageKey, u"crypto.tampered"_s);
}

TEST(TokenCipher, RefusesAlteredBytesOrAnotherOwner)
{
    const auto cipher = TokenCipher::fromText(kHexKey);
    QByteArray sealed = *cipher->encrypt("ory_at_secret", "merchant:1");
    EXPECT_FALSE(cipher->decrypt(sealed, "merchant:2")); // bound to its row
    sealed[20] = static_cast<char>(sealed[20] ^ 1);
    EXPECT_FALSE(cipher->decrypt(sealed, "merchant:1"));
    EXPECT_FALSE(cipher->decrypt("short"));
}

TEST(TokenCipher, ReadsKeysAsHexOrBase64AndRefusesOtherSizes)
{
    const QByteArray raw = QByteArray::fromHex(kHexKey.toLatin1());
    EXPECT_EQ(TokenCipher::fromText(QString::fromLatin1(raw.toBase64()))->fingerprint(), TokenCipher::fromText(kHexKey)->fingerprint());
    const auto shortKey = TokenCipher::fromText(u"abcd"_s);
    ASSERT_FALSE(shortKey);
    EXPECT_EQ(shortKey.error().code, ErrorCode::ConfigError);
    EXPECT_FALSE(TokenCipher::fromText(u"not a key at all!"_s));
}

TEST(TokenCipher, FingerprintsIdentifyTheKeyWithoutRevealingIt)
{
    const auto a = TokenCipher::fromText(kHexKey);
    const auto b = TokenCipher::fromBytes(TokenCipher::generateKey());
    EXPECT_NE(a->fingerprint(), b->fingerprint());
    EXPECT_FALSE(a->fingerprint().contains(kHexKey.toLatin1()));
}
