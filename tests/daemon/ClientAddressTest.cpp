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

using nomo::http::TrustedProxies;

TEST(TrustedProxies, AcceptsAddressesAndSubnetsAndNamesABadEntry)
{
    QString error;
    const TrustedProxies proxies = TrustedProxies::parse(u"127.0.0.1, ::1 10.0.0.0/8"_s, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(proxies.contains(QHostAddress(u"10.20.30.40"_s)));
    EXPECT_TRUE(proxies.contains(QHostAddress(u"::ffff:127.0.0.1"_s))) << "a dual-stack socket's peer is its IPv4 form";
    EXPECT_TRUE(proxies.contains(QHostAddress(u"::1"_s)));
    EXPECT_FALSE(proxies.contains(QHostAddress(u"127.0.0.2"_s)));
    EXPECT_FALSE(proxies.contains(QHostAddress(u"11.0.0.1"_s)));

    TrustedProxies::parse(u"127.0.0.1, nginx.local"_s, &error);
    EXPECT_NE(error.indexOf(u"nginx.local"_s), -1) << error.toStdString();
    EXPECT_TRUE(TrustedProxies::parse(QString()).isEmpty());
}

TEST(TrustedProxies, AnUntrustedPeersHeaderIsIgnored)
{
    const TrustedProxies proxies = TrustedProxies::parse(u"127.0.0.1"_s);
    EXPECT_EQ(proxies.clientOf(QHostAddress(u"198.51.100.9"_s), "203.0.113.1"), QHostAddress(u"198.51.100.9"_s));
}

TEST(TrustedProxies, TheClientIsTheRightmostHopThatIsNotAProxy)
{
    const TrustedProxies proxies = TrustedProxies::parse(u"127.0.0.1 10.0.0.0/8"_s);
    const QHostAddress nginx(u"127.0.0.1"_s);
    EXPECT_EQ(proxies.clientOf(nginx, "203.0.113.1"), QHostAddress(u"203.0.113.1"_s));
    // A client that sends its own X-Forwarded-For only adds to the left of the list.
    EXPECT_EQ(proxies.clientOf(nginx, "1.2.3.4, 203.0.113.1, 10.1.1.1"), QHostAddress(u"203.0.113.1"_s));
    // Garbage stops the walk at the hop that wrote it.
    EXPECT_EQ(proxies.clientOf(nginx, "203.0.113.1, not-an-address, 10.1.1.1"), QHostAddress(u"10.1.1.1"_s));
    EXPECT_EQ(proxies.clientOf(nginx, ""), nginx) << "no header: the proxy itself";
}
