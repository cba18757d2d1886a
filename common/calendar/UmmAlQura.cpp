#include "calendar/UmmAlQura.h"

#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

namespace nomo::calendar {

namespace {
// Month lengths of each year from 1440 AH, bit m set when month m+1 has 30 days (else
// 29), as Umm al-Qura publishes them. Taken from moment-hijri 3.0.0's Umm al-Qura
// table (MIT), checked against Saudi announcements: 1 Ramadan 1447 = 18 February 2026,
// 1 Shawwal 1447 = 20 March 2026, 10 Dhu al-Hijjah 1447 = 27 May 2026.
constexpr std::array<quint16, UmmAlQura::kLastYear - UmmAlQura::kFirstYear + 1> kYears{
    0x2BA, // 1440: 29 30 29 30 30 30 29 30 29 30 29 29
    0x5B5, // 1441: 30 29 30 29 30 30 29 30 30 29 30 29
    0x5AA, // 1442: 29 30 29 30 29 30 29 30 30 29 30 29
    0xD55, // 1443: 30 29 30 29 30 29 30 29 30 29 30 30
    0xA9A, // 1444: 29 30 29 30 30 29 29 30 29 30 29 30
    0x92E, // 1445: 29 30 30 30 29 30 29 29 30 29 29 30
    0x26E, // 1446: 29 30 30 30 29 30 30 29 29 30 29 29
    0x55D, // 1447: 30 29 30 30 30 29 30 29 30 29 30 29
    0xADA, // 1448: 29 30 29 30 30 29 30 30 29 30 29 30
    0x6D4, // 1449: 29 29 30 29 30 29 30 30 29 30 30 29
    0x6A5, // 1450: 30 29 30 29 29 30 29 30 29 30 30 29
    0x54B, // 1451: 30 30 29 30 29 29 30 29 30 29 30 29
    0xA97, // 1452: 30 30 30 29 30 29 29 30 29 30 29 30
    0x54E, // 1453: 29 30 30 30 29 29 30 29 30 29 30 29
    0xAAE, // 1454: 29 30 30 30 29 30 29 30 29 30 29 30
    0x5AC, // 1455: 29 29 30 30 29 30 29 30 30 29 30 29
    0xBA9, // 1456: 30 29 29 30 29 30 29 30 30 30 29 30
    0xD92, // 1457: 29 30 29 29 30 29 29 30 30 29 30 30
    0xB25, // 1458: 30 29 30 29 29 30 29 29 30 30 29 30
    0x64B, // 1459: 30 30 29 30 29 29 30 29 29 30 30 29
    0xCAB, // 1460: 30 30 29 30 29 30 29 30 29 29 30 30
    0x55A, // 1461: 29 30 29 30 30 29 30 29 30 29 30 29
    0xB55, // 1462: 30 29 30 29 30 29 30 29 30 30 29 30
    0x6D2, // 1463: 29 30 29 29 30 29 30 30 29 30 30 29
    0xEA5, // 1464: 30 29 30 29 29 30 29 30 29 30 30 30
    0xE4A, // 1465: 29 30 29 30 29 29 30 29 29 30 30 30
    0xA95, // 1466: 30 29 30 29 30 29 29 30 29 30 29 30
    0x52D, // 1467: 30 29 30 30 29 30 29 29 30 29 30 29
    0xAAD, // 1468: 30 29 30 30 29 30 29 30 29 30 29 30
    0x36C, // 1469: 29 29 30 30 29 30 30 29 30 30 29 29
    0x759, // 1470: 30 29 29 30 30 29 30 29 30 30 30 29
};
constexpr qint64 kFirstDayJulian = 2458373; // 1 Muharram 1440 = 11 September 2018

int lengthOf(int year, int month)
{
    return (kYears[std::size_t(year - UmmAlQura::kFirstYear)] >> (month - 1)) & 1 ? 30 : 29;
}
} // namespace

int UmmAlQura::daysInMonth(int year, int month)
{
    if (year < kFirstYear || year > kLastYear || month < 1 || month > 12)
        return 0;
    return lengthOf(year, month);
}

std::optional<QDate> UmmAlQura::toGregorian(const HijriDate &date)
{
    if (date.day < 1 || date.day > daysInMonth(date.year, date.month))
        return std::nullopt;
    qint64 julian = kFirstDayJulian;
    for (int y = kFirstYear; y < date.year; ++y)
        for (int m = 1; m <= 12; ++m)
            julian += lengthOf(y, m);
    for (int m = 1; m < date.month; ++m)
        julian += lengthOf(date.year, m);
    return QDate::fromJulianDay(julian + date.day - 1);
}

std::optional<HijriDate> UmmAlQura::fromGregorian(const QDate &date)
{
    qint64 left = date.toJulianDay() - kFirstDayJulian;
    if (!date.isValid() || left < 0)
        return std::nullopt;
    for (int y = kFirstYear; y <= kLastYear; ++y)
        for (int m = 1; m <= 12; ++m) {
            const int length = lengthOf(y, m);
            if (left < length)
                return HijriDate{y, m, int(left) + 1};
            left -= length;
        }
    return std::nullopt;
}

QString UmmAlQura::monthName(int month, const QString &language)
{
    static const char16_t *const kArabic[] = {u"محرم", u"صفر", u"ربيع الأول", u"ربيع الآخر", u"جمادى الأولى", u"جمادى الآخرة",
                                              u"رجب", u"شعبان", u"رمضان", u"شوال", u"ذو القعدة", u"ذو الحجة"};
    static const char *const kEnglish[] = {"Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah",
                                           "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"};
    if (month < 1 || month > 12)
        return {};
    return language.startsWith(u"ar"_s) ? QString::fromUtf16(kArabic[month - 1]) : QString::fromLatin1(kEnglish[month - 1]);
}

QString UmmAlQura::format(const HijriDate &date, const QString &language)
{
    const bool arabic = language.startsWith(u"ar"_s);
    const QLocale locale(arabic ? QLocale(QLocale::Arabic, QLocale::SaudiArabia) : QLocale(QLocale::English, QLocale::UnitedKingdom));
    // A year is not a quantity: no thousands separator.
    const QString year = locale.toString(date.year).remove(locale.groupSeparator());
    return u"%1 %2 %3"_s.arg(locale.toString(date.day), monthName(date.month, language), year)
           + (arabic ? u" هـ"_s : u" AH"_s);
}

} // namespace nomo::calendar
