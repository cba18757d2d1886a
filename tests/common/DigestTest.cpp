#include "security/Digest.h"

#include <gtest/gtest.h>

// Known answers: FIPS 180-2 ("abc") and RFC 4231 test case 2.
TEST(Digest, Sha256MatchesTheStandardVector)
{
    EXPECT_EQ(nomo::digest::sha256("abc").toHex(),
        QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

TEST(Digest, HmacSha256MatchesRfc4231)
{
    EXPECT_EQ(nomo::digest::hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
        QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}
