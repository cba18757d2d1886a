// Whom a per-client limit counts (http/ClientAddress.h).
#include "http/ClientAddress.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::http::clientKeyText;

TEST(ClientAddress, AnIpv4AddressIsItself)
{
    EXPECT_EQ(clientKeyText(QHostAddress(u"203.0.113.7"_s)), u"203.0.113.7"_s);
}

TEST(ClientAddress, AnIpv4MappedAddressCountsAsItsIpv4Form)
{
    EXPECT_EQ(clientKeyText(QHostAddress(u"::ffff:203.0.113.7"_s)), u"203.0.113.7"_s);
}

TEST(ClientAddress, AnIpv6AddressCountsAsItsSlash64)
{
    // Anyone given a /64 holds 2^64 addresses: one client for the limits.
    EXPECT_EQ(clientKeyText(QHostAddress(u"2001:db8:1:2:aaaa:bbbb:cccc:dddd"_s)), clientKeyText(QHostAddress(u"2001:db8:1:2::1"_s)));
    EXPECT_NE(clientKeyText(QHostAddress(u"2001:db8:1:2::1"_s)), clientKeyText(QHostAddress(u"2001:db8:1:3::1"_s)));
}
