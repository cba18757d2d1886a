#include "messages/SmsLength.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::SmsLength;

TEST(SmsLength, LatinTextIsGsm7With160InOnePartAnd153Concatenated)
{
    const SmsLength one = SmsLength::of(QString(160, u'a'));
    EXPECT_EQ(one.encoding, SmsLength::Encoding::Gsm7);
    EXPECT_EQ(one.parts, 1);
    EXPECT_EQ(one.leftInPart, 0);
    const SmsLength two = SmsLength::of(QString(161, u'a'));
    EXPECT_EQ(two.parts, 2);
    EXPECT_EQ(two.perPart, 153);
    EXPECT_EQ(two.leftInPart, 153 * 2 - 161);
    EXPECT_EQ(SmsLength::of(QString(306, u'a')).parts, 2);
    EXPECT_EQ(SmsLength::of(QString(307, u'a')).parts, 3);
}

TEST(SmsLength, ExtensionCharactersCostTwoSeptetsAndAreNeverCut)
{
    const SmsLength euro = SmsLength::of(u"€"_s);
    EXPECT_EQ(euro.encoding, SmsLength::Encoding::Gsm7);
    EXPECT_EQ(euro.units, 2);
    EXPECT_EQ(SmsLength::of(QString(80, u'[')).parts, 1); // 160 septets
    // 152 septets, then an escape pair that does not fit the first part's last septet.
    const SmsLength pair = SmsLength::of(QString(152, u'a') + u"{"_s + QString(10, u'a'));
    EXPECT_EQ(pair.units, 164);
    EXPECT_EQ(pair.parts, 2);
    EXPECT_EQ(pair.leftInPart, 153 - 12);
}

TEST(SmsLength, OneArabicLetterMakesItUcs2With70And67)
{
    const SmsLength single = SmsLength::of(QString(70, u'ب'));
    EXPECT_EQ(single.encoding, SmsLength::Encoding::Ucs2);
    EXPECT_EQ(single.parts, 1);
    EXPECT_EQ(SmsLength::of(QString(71, u'ب')).parts, 2);
    EXPECT_EQ(SmsLength::of(QString(134, u'ب')).parts, 2);
    EXPECT_EQ(SmsLength::of(QString(135, u'ب')).parts, 3);
    // Latin text with one Arabic letter is all UCS-2.
    EXPECT_EQ(SmsLength::of(QString(100, u'a') + u"م"_s).parts, 2);
    // Arabic-Indic digits are not GSM either.
    EXPECT_EQ(SmsLength::of(u"١٠٪"_s).encoding, SmsLength::Encoding::Ucs2);
}

TEST(SmsLength, ACharacterBeyondTheBmpCostsTwoAndIsNeverCut)
{
    const QString smile = QString::fromUcs4(U"\U0001F600");
    EXPECT_EQ(SmsLength::of(smile).units, 2);
    const SmsLength cut = SmsLength::of(QString(66, u'ب') + smile + QString(10, u'ب'));
    EXPECT_EQ(cut.units, 78);
    EXPECT_EQ(cut.parts, 2);
    EXPECT_EQ(cut.leftInPart, 67 - 12);
}

TEST(SmsLength, AnEmptyTextIsNoMessage)
{
    EXPECT_EQ(SmsLength::of(QString()).parts, 0);
}
