#include "money/Money.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::ErrorCode;
using nomo::ExchangeRate;
using nomo::Money;

namespace {
QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(R"({"v":)") + text + "}").object().value(u"v"_s);
}
} // namespace

TEST(Money, ParsesDecimalStringsExactly)
{
    EXPECT_EQ(Money::parseDecimal(u"115.5")->halalas(), 11550);
    EXPECT_EQ(Money::parseDecimal(u"0.10")->halalas(), 10);
    EXPECT_EQ(Money::parseDecimal(u"-3")->halalas(), -300);
    EXPECT_EQ(Money::parseDecimal(u"007.01")->halalas(), 701);
    EXPECT_EQ(Money::parseDecimal(u"2.500")->halalas(), 250); // trailing zeros are not sub-halala
}

TEST(Money, AddsTenthsWithoutBinaryRounding)
{
    const Money sum = *Money::parseDecimal(u"0.1") + *Money::parseDecimal(u"0.2");
    EXPECT_EQ(sum.halalas(), 30);
    EXPECT_EQ(sum, *Money::parseDecimal(u"0.3"));
}

TEST(Money, RejectsMalformedDecimals)
{
    for (const auto text : {u"", u"1e3", u"1,000", u"12.", u".5", u"SAR 5", u"١٢", u"NaN", u"1.2.3"}) {
        const auto parsed = Money::parseDecimal(QStringView(text));
        ASSERT_FALSE(parsed) << QString::fromUtf16(text).toStdString();
        EXPECT_EQ(parsed.error().code, ErrorCode::ParseError);
    }
}

TEST(Money, RejectsSubHalalaDigitsUnlessRounding)
{
    const auto strict = Money::parseDecimal(u"1.005");
    ASSERT_FALSE(strict);
    EXPECT_EQ(strict.error().messageKey, u"money.sub_halala"_s);
    EXPECT_EQ(Money::parseDecimal(u"1.005", Money::SubHalala::RoundHalfAwayFromZero)->halalas(), 101);
    EXPECT_EQ(Money::parseDecimal(u"1.004", Money::SubHalala::RoundHalfAwayFromZero)->halalas(), 100);
    EXPECT_EQ(Money::parseDecimal(u"-1.005", Money::SubHalala::RoundHalfAwayFromZero)->halalas(), -101);
}

TEST(Money, RejectsAmountsTooLargeToScale)
{
    const auto huge = Money::parseDecimal(u"99999999999999999999");
    ASSERT_FALSE(huge);
    EXPECT_EQ(huge.error().code, ErrorCode::InvalidArgument);
}

// The fuzzer's find: 13 nines and a fraction that rounds up carried into a fourteenth
// digit, an amount that then could not be read back.
TEST(Money, RefusesAnAmountThatRoundsPastTheLargest)
{
    const auto carried = Money::parseDecimal(u"9999999999999.995", Money::SubHalala::RoundHalfAwayFromZero);
    ASSERT_FALSE(carried);
    EXPECT_EQ(carried.error().messageKey, u"money.too_large"_s);
    const auto largest = Money::parseDecimal(u"9999999999999.994", Money::SubHalala::RoundHalfAwayFromZero);
    ASSERT_TRUE(largest);
    EXPECT_EQ(largest->halalas(), 999999999999999);
    EXPECT_EQ(Money::parseDecimal(largest->toDecimalString()).value_or(Money()), *largest);
}

TEST(Money, ReadsSallaAmountObjects)
{
    EXPECT_EQ(Money::fromSalla(json(R"({"amount": 115.5, "currency": "SAR"})"))->halalas(), 11550);
    EXPECT_EQ(Money::fromSalla(json(R"({"amount": 186, "currency": "SAR"})"))->halalas(), 18600);
    EXPECT_EQ(Money::fromSalla(json(R"({"amount": 0.1, "currency": "SAR"})"))->halalas(), 10);
    EXPECT_EQ(Money::fromSalla(json(R"({"amount": 1000000.07, "currency": "sar"})"))->halalas(), 100000007);
}

TEST(Money, ReadsSallaBareNumbersAndStrings)
{
    EXPECT_EQ(Money::fromSalla(json("20"))->halalas(), 2000);
    EXPECT_EQ(Money::fromSalla(json(R"("5.00")"))->halalas(), 500);
    EXPECT_EQ(Money::fromSalla(json("33.335"))->halalas(), 3334); // Salla-computed: rounded
}

TEST(Money, RefusesOtherCurrenciesWithoutARate)
{
    const auto usd = Money::fromSalla(json(R"({"amount": 10, "currency": "USD"})"));
    ASSERT_FALSE(usd);
    EXPECT_EQ(usd.error().code, ErrorCode::UnsupportedCurrency);
    EXPECT_TRUE(usd.error().detail.contains(u"USD"_s));
}

TEST(Money, ConvertsOtherCurrenciesWithARate)
{
    const auto rate = ExchangeRate::parse(u"USD"_s, u"3.75"_s);
    ASSERT_TRUE(rate);
    EXPECT_EQ(Money::fromSalla(json(R"({"amount": 10, "currency": "USD"})"), &*rate)->halalas(), 3750);
    EXPECT_EQ(Money::fromSalla(json(R"({"amount": 0.01, "currency": "USD"})"), &*rate)->halalas(), 4); // 3.75 -> 4
    const auto kwd = ExchangeRate::parse(u"KWD"_s, u"12.2"_s);
    EXPECT_EQ(Money::convert(u"1.005", *kwd)->halalas(), 1226); // three minor digits: 12.261 SAR
    // A rate for another currency does not apply.
    EXPECT_FALSE(Money::fromSalla(json(R"({"amount": 10, "currency": "EUR"})"), &*rate));
}

TEST(Money, RefusesBadExchangeRates)
{
    EXPECT_FALSE(ExchangeRate::parse(u"usd"_s, u"3.75"_s));
    EXPECT_FALSE(ExchangeRate::parse(u"USD"_s, u"0"_s));
    EXPECT_FALSE(ExchangeRate::parse(u"USD"_s, u"-1"_s));
    EXPECT_FALSE(ExchangeRate::parse(u"USD"_s, u"1.0000001"_s));
}

TEST(Money, FormatsDecimalForTheWire)
{
    EXPECT_EQ(Money::fromHalalas(11550).toDecimalString(), u"115.50"_s);
    EXPECT_EQ(Money::fromHalalas(-5).toDecimalString(), u"-0.05"_s);
    EXPECT_EQ(Money::fromHalalas(0).toDecimalString(), u"0.00"_s);
}

TEST(Money, FormatsForEnglish)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(Money::fromHalalas(11550).format(english), u"SAR 115.50"_s);
    EXPECT_EQ(Money::fromHalalas(123456789).format(english), u"SAR 1,234,567.89"_s);
    EXPECT_EQ(Money::fromHalalas(7).format(english), u"SAR 0.07"_s);
}

TEST(Money, FormatsForArabicWithArabicIndicDigits)
{
    const QLocale arabic(QLocale::Arabic, QLocale::SaudiArabia);
    EXPECT_EQ(Money::fromHalalas(11550).format(arabic), u"١١٥٫٥٠ ر.س"_s);
    EXPECT_EQ(Money::fromHalalas(7).format(arabic), u"٠٫٠٧ ر.س"_s);
    EXPECT_EQ(Money::fromHalalas(123456).format(arabic), u"١٬٢٣٤٫٥٦ ر.س"_s);
}
