#include "core/Time.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
namespace nt = nomo::time;

namespace {
QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}
} // namespace

TEST(Time, WritesIso8601UtcWithMilliseconds)
{
    const QDateTime riyadhNoon(QDate(2025, 11, 23), QTime(12, 0), nt::riyadh());
    EXPECT_EQ(nt::toWire(riyadhNoon), u"2025-11-23T09:00:00.000Z"_s);
}

TEST(Time, ReadsIso8601WithZoneOrOffset)
{
    EXPECT_EQ(*nt::fromWire(u"2025-11-23T09:00:00Z"_s), utc(2025, 11, 23, 9, 0, 0));
    EXPECT_EQ(*nt::fromWire(u"2025-11-23T12:00:00.250+03:00"_s), utc(2025, 11, 23, 9, 0, 0, 250));
    EXPECT_EQ(*nt::fromWire(u"2021-10-09T21:00:00.000000Z"_s), utc(2021, 10, 9, 21, 0, 0));
}

TEST(Time, RefusesWireTimesWithoutAZone)
{
    const auto parsed = nt::fromWire(u"2025-11-23T09:00:00"_s);
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().code, nomo::ErrorCode::ParseError);
    EXPECT_FALSE(nt::fromWire(u"yesterday"_s));
}

TEST(Time, StoresEpochMillisecondsRoundTrip)
{
    const QDateTime when = utc(2025, 11, 23, 9, 0, 0, 123);
    EXPECT_EQ(nt::fromStorage(nt::toStorage(when)), when);
    EXPECT_EQ(nt::fromStorage(nt::toStorage(when)).timeSpec(), Qt::UTC);
}

TEST(Time, BucketsDaysInRiyadh)
{
    // 22:30 UTC on the 23rd is 01:30 on the 24th in Riyadh.
    EXPECT_EQ(nt::riyadhDay(utc(2025, 11, 23, 22, 30, 0)), QDate(2025, 11, 24));
    EXPECT_EQ(nt::riyadhDay(utc(2025, 11, 23, 20, 59, 59)), QDate(2025, 11, 23));
    EXPECT_EQ(nt::riyadhDayStartUtc(QDate(2025, 11, 24)), utc(2025, 11, 23, 21, 0, 0));
}

TEST(Time, ReadsSallaPhpDateObjects)
{
    const QJsonObject object = QJsonDocument::fromJson(
        R"({"date":"2022-06-26 12:21:45.000000","timezone_type":3,"timezone":"Asia/Riyadh"})").object();
    EXPECT_EQ(*nt::parseSallaDate(QJsonValue(object)), utc(2022, 6, 26, 9, 21, 45));
}

TEST(Time, ReadsSallaPlainDatesAsRiyadhTime)
{
    EXPECT_EQ(*nt::parseSallaDate(u"2025-11-19 14:05:12"_s), utc(2025, 11, 19, 11, 5, 12));
}

TEST(Time, ReadsSallaJavaScriptDates)
{
    EXPECT_EQ(*nt::parseSallaDate(u"Sun Jun 26 2022 12:21:48 GMT+0300"_s), utc(2022, 6, 26, 9, 21, 48));
    EXPECT_EQ(*nt::parseSallaDate(u"Sun Jun 26 2022 12:21:48 GMT+0300 (Arabia Standard Time)"_s),
              utc(2022, 6, 26, 9, 21, 48));
}

TEST(Time, RefusesImpossibleSallaDates)
{
    EXPECT_FALSE(nt::parseSallaDate(u"2025-02-30 10:00:00"_s));
    EXPECT_FALSE(nt::parseSallaDate(u"Sun Foo 26 2022 12:21:48 GMT+0300"_s));
    EXPECT_FALSE(nt::parseSallaDate(QJsonValue(42)));
}

TEST(Time, FormatsForDisplayInRiyadhTime)
{
    const QString english = nt::formatForDisplay(utc(2025, 11, 23, 22, 30, 0), QLocale(QLocale::English));
    EXPECT_TRUE(english.contains(u"11/24/25"_s)) << english.toStdString();
    const QString arabic = nt::formatForDisplay(utc(2025, 11, 23, 22, 30, 0), QLocale(QLocale::Arabic, QLocale::SaudiArabia));
    EXPECT_TRUE(arabic.contains(u"٢٠٢٥"_s) || arabic.contains(u"٢٥"_s)) << arabic.toStdString();
}
