#include "calendar/SaudiOccasions.h"

#include "calendar/RiyadhSun.h"
#include "calendar/UmmAlQura.h"
#include "core/Time.h"

#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nomo::calendar {

namespace {
// The Hijri month and day of a Hijri occasion. The last ten nights begin on the night
// after 20 Ramadan's iftar (the 21st night: an Islamic night comes before its day).
std::optional<std::pair<int, int>> hijriDayOf(const QString &key)
{
    if (key == u"ramadan_start")
        return std::pair{9, 1};
    if (key == u"ramadan_last_ten")
        return std::pair{9, 20};
    if (key == u"eid_al_fitr")
        return std::pair{10, 1};
    if (key == u"eid_al_adha")
        return std::pair{12, 10};
    return std::nullopt;
}

// The Hijri day of a Hijri occasion in the year that puts it in `gregorianYear`.
std::optional<QDate> hijriIn(int gregorianYear, int month, int day)
{
    const auto start = UmmAlQura::fromGregorian(QDate(gregorianYear, 1, 1));
    if (!start)
        return std::nullopt;
    for (int year = start->year; year <= start->year + 1; ++year)
        if (auto date = UmmAlQura::toGregorian({year, month, day}); date && date->year() == gregorianYear)
            return date;
    return std::nullopt;
}
} // namespace

const QStringList &SaudiOccasions::keys()
{
    static const QStringList kKeys{u"ramadan_start"_s, u"ramadan_last_ten"_s, u"eid_al_fitr"_s, u"eid_al_adha"_s,
                                   u"founding_day"_s,  u"national_day"_s,     u"white_friday"_s, u"singles_day"_s};
    return kKeys;
}

std::optional<QDate> SaudiOccasions::dayIn(const QString &key, int year)
{
    if (const auto hijri = hijriDayOf(key))
        return hijriIn(year, hijri->first, hijri->second);
    if (key == u"founding_day")
        return QDate(year, 2, 22);
    if (key == u"national_day")
        return QDate(year, 9, 23);
    if (key == u"singles_day")
        return QDate(year, 11, 11);
    if (key == u"white_friday") {
        QDate day(year, 11, 1);
        while (day.dayOfWeek() != Qt::Thursday)
            day = day.addDays(1);
        return day.addDays(21 + 1); // the fourth Thursday, then its Friday
    }
    return std::nullopt;
}

QList<Occasion> SaudiOccasions::upcoming(const QDate &from, int count)
{
    QList<Occasion> found;
    // Hijri occasions by Hijri year (a Gregorian year can hold two Ramadans), the others by Gregorian year.
    const auto hijriNow = UmmAlQura::fromGregorian(from);
    for (const QString &key : keys()) {
        if (const auto hijri = hijriDayOf(key)) {
            for (int year = hijriNow ? hijriNow->year : 0; hijriNow && year <= hijriNow->year + 3; ++year)
                if (auto day = UmmAlQura::toGregorian({year, hijri->first, hijri->second}); day && *day >= from)
                    found.append({key, *day});
            continue;
        }
        for (int year = from.year(); year <= from.year() + 3; ++year)
            if (auto day = dayIn(key, year); day && *day >= from)
                found.append({key, *day});
    }
    std::sort(found.begin(), found.end(), [](const Occasion &a, const Occasion &b) { return a.day < b.day; });
    return found.mid(0, count);
}

QDateTime SaudiOccasions::at(const QString &key, const QDate &day, Moment moment)
{
    switch (moment) {
    case Moment::Morning: return QDateTime(day, QTime(10, 0), time::riyadh()).toUTC();
    case Moment::Evening: return QDateTime(day, QTime(20, 0), time::riyadh()).toUTC();
    case Moment::AfterIftar: return RiyadhSun::sunset(day).addSecs(30 * 60);
    case Moment::BeforeSuhoor:
        // Ramadan's first suhoor is before the first day's dawn; otherwise the night after the day.
        return RiyadhSun::fajr(key == u"ramadan_start" ? day : day.addDays(1)).addSecs(-90 * 60);
    }
    return {};
}

std::optional<Moment> SaudiOccasions::momentFromKey(const QString &key)
{
    if (key == u"morning")
        return Moment::Morning;
    if (key == u"evening")
        return Moment::Evening;
    if (key == u"after_iftar")
        return Moment::AfterIftar;
    if (key == u"before_suhoor")
        return Moment::BeforeSuhoor;
    return std::nullopt;
}

QString SaudiOccasions::name(const QString &key, const QString &language)
{
    const bool ar = language.startsWith(u"ar"_s);
    if (key == u"ramadan_start")
        return ar ? u"أول يوم من رمضان"_s : u"The first day of Ramadan"_s;
    if (key == u"ramadan_last_ten")
        return ar ? u"العشر الأواخر من رمضان (من ليلة ٢١)"_s : u"The last ten nights of Ramadan (from the 21st night)"_s;
    if (key == u"eid_al_fitr")
        return ar ? u"عيد الفطر"_s : u"Eid al-Fitr"_s;
    if (key == u"eid_al_adha")
        return ar ? u"عيد الأضحى"_s : u"Eid al-Adha"_s;
    if (key == u"founding_day")
        return ar ? u"يوم التأسيس"_s : u"Founding Day"_s;
    if (key == u"national_day")
        return ar ? u"اليوم الوطني"_s : u"National Day"_s;
    if (key == u"white_friday")
        return ar ? u"الجمعة البيضاء"_s : u"White Friday"_s;
    if (key == u"singles_day")
        return ar ? u"عروض ١١.١١"_s : u"11.11"_s;
    return key;
}

} // namespace nomo::calendar
