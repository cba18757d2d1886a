// The Hijri calendar Saudi Arabia announces (Umm al-Qura) and the seasons a broadcast is
// planned around, on the days they really fall, with iftar and suhoor for Riyadh.
#include "calendar/RiyadhSun.h"
#include "calendar/SaudiOccasions.h"
#include "calendar/UmmAlQura.h"
#include "core/Time.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::calendar;

TEST(UmmAlQura, KnownSaudiDatesConvertBothWays)
{
    // As announced: Ramadan 1447 began 18 February 2026, Eid al-Fitr 20 March 2026,
    // Eid al-Adha 27 May 2026; Ramadan 1446 began 1 March 2025; 1 Muharram 1447 = 26 June 2025.
    const std::pair<HijriDate, QDate> known[] = {
        {{1447, 9, 1}, QDate(2026, 2, 18)},  {{1447, 10, 1}, QDate(2026, 3, 20)}, {{1447, 12, 10}, QDate(2026, 5, 27)},
        {{1446, 9, 1}, QDate(2025, 3, 1)},   {{1447, 1, 1}, QDate(2025, 6, 26)},  {{1440, 1, 1}, QDate(2018, 9, 11)},
    };
    for (const auto &[hijri, gregorian] : known) {
        EXPECT_EQ(UmmAlQura::toGregorian(hijri), gregorian) << hijri.year << "/" << hijri.month << "/" << hijri.day;
        EXPECT_EQ(UmmAlQura::fromGregorian(gregorian), hijri) << gregorian.toString(Qt::ISODate).toStdString();
    }
    // Every day of the table round-trips, and months have 29 or 30 days.
    const QDate last = *UmmAlQura::toGregorian({1470, 12, UmmAlQura::daysInMonth(1470, 12)});
    for (QDate day(2018, 9, 11); day <= last; day = day.addDays(1)) {
        const auto hijri = UmmAlQura::fromGregorian(day);
        ASSERT_TRUE(hijri) << day.toString(Qt::ISODate).toStdString();
        ASSERT_EQ(UmmAlQura::toGregorian(*hijri), day);
    }
    EXPECT_FALSE(UmmAlQura::fromGregorian(QDate(2018, 9, 10)));
    EXPECT_FALSE(UmmAlQura::fromGregorian(last.addDays(1))) << "past the table: nothing rather than a guess";
    EXPECT_FALSE(UmmAlQura::toGregorian({1447, 9, 31}));
    EXPECT_EQ(UmmAlQura::format({1447, 9, 1}, u"ar"_s), u"١ رمضان ١٤٤٧ هـ"_s);
    EXPECT_EQ(UmmAlQura::format({1447, 9, 1}, u"en"_s), u"1 Ramadan 1447 AH"_s);
}

TEST(SaudiOccasions, EachSeasonFallsOnItsDay)
{
    EXPECT_EQ(SaudiOccasions::dayIn(u"ramadan_start"_s, 2027), QDate(2027, 2, 8));
    EXPECT_EQ(SaudiOccasions::dayIn(u"ramadan_last_ten"_s, 2026), QDate(2026, 3, 9)) << "20 Ramadan 1447: its evening is the 21st night";
    EXPECT_EQ(SaudiOccasions::dayIn(u"eid_al_adha"_s, 2026), QDate(2026, 5, 27));
    EXPECT_EQ(SaudiOccasions::dayIn(u"founding_day"_s, 2027), QDate(2027, 2, 22));
    EXPECT_EQ(SaudiOccasions::dayIn(u"national_day"_s, 2026), QDate(2026, 9, 23));
    EXPECT_EQ(SaudiOccasions::dayIn(u"white_friday"_s, 2026), QDate(2026, 11, 27)) << "the day after Thanksgiving (26 Nov 2026)";
    EXPECT_EQ(SaudiOccasions::dayIn(u"white_friday"_s, 2027), QDate(2027, 11, 26));

    const QList<Occasion> next = SaudiOccasions::upcoming(QDate(2026, 12, 2), 4);
    ASSERT_EQ(next.size(), 4);
    EXPECT_EQ(next.at(0).key, u"ramadan_start"_s);
    EXPECT_EQ(next.at(0).day, QDate(2027, 2, 8));
    EXPECT_EQ(next.at(1).key, u"founding_day"_s);
    EXPECT_EQ(next.at(2).key, u"ramadan_last_ten"_s);
    EXPECT_EQ(next.at(2).day, QDate(2027, 2, 27));

    // 2030 holds two Ramadans (1451 and 1452): both are offered.
    int ramadans = 0;
    for (const Occasion &o : SaudiOccasions::upcoming(QDate(2029, 12, 1), 40))
        ramadans += o.key == u"ramadan_start"_s && o.day.year() == 2030;
    EXPECT_EQ(ramadans, 2);
    for (int i = 1; i < next.size(); ++i)
        EXPECT_LE(next.at(i - 1).day, next.at(i).day);
}

TEST(SaudiOccasions, IftarAndSuhoorFollowRiyadhsSun)
{
    // Riyadh, 8 February 2027: sunset about 17:44, Fajr about 05:20 (Umm al-Qura), Riyadh time.
    const QDateTime sunset = RiyadhSun::sunset(QDate(2027, 2, 8)).toTimeZone(nomo::time::riyadh());
    EXPECT_NEAR(sunset.time().msecsSinceStartOfDay() / 60000.0, 17 * 60 + 44, 4) << sunset.toString(Qt::ISODate).toStdString();
    const QDateTime fajr = RiyadhSun::fajr(QDate(2027, 2, 9)).toTimeZone(nomo::time::riyadh());
    EXPECT_NEAR(fajr.time().msecsSinceStartOfDay() / 60000.0, 5 * 60 + 20, 8) << fajr.toString(Qt::ISODate).toStdString();
    // June: the sun sets later and dawn comes earlier.
    // June's solstice: noon about 11:55, a day of about 13 h 40 min, so sunset near 18:45.
    EXPECT_NEAR(RiyadhSun::sunset(QDate(2027, 6, 21)).toTimeZone(nomo::time::riyadh()).time().msecsSinceStartOfDay() / 60000.0, 18 * 60 + 45, 5);
    EXPECT_LT(RiyadhSun::fajr(QDate(2027, 6, 21)).toTimeZone(nomo::time::riyadh()).time(), QTime(3, 55));

    const QDateTime afterIftar = SaudiOccasions::at(u"ramadan_start"_s, QDate(2027, 2, 8), Moment::AfterIftar);
    EXPECT_EQ(afterIftar, RiyadhSun::sunset(QDate(2027, 2, 8)).addSecs(1800));
    const QDateTime firstSuhoor = SaudiOccasions::at(u"ramadan_start"_s, QDate(2027, 2, 8), Moment::BeforeSuhoor);
    EXPECT_EQ(firstSuhoor, RiyadhSun::fajr(QDate(2027, 2, 8)).addSecs(-5400)) << "the first suhoor is before the first fast";
    const QDateTime lastTen = SaudiOccasions::at(u"ramadan_last_ten"_s, QDate(2027, 2, 27), Moment::BeforeSuhoor);
    EXPECT_EQ(lastTen.toTimeZone(nomo::time::riyadh()).date(), QDate(2027, 2, 28)) << "the 21st night's suhoor";
    EXPECT_EQ(SaudiOccasions::at(u"national_day"_s, QDate(2027, 2, 8), Moment::Morning), QDateTime(QDate(2027, 2, 8), QTime(7, 0), QTimeZone::utc()));
}
