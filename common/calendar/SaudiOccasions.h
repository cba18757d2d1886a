#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace nomo::calendar {

// The Saudi selling seasons a broadcast is planned around, each on its day: Ramadan's
// first day and last ten nights, the two Eids (Umm al-Qura), Founding Day (22
// February), National Day (23 September), White Friday (the Friday after the fourth
// Thursday of November) and 11.11.
struct Occasion
{
    QString key; // ramadan_start, ramadan_last_ten, eid_al_fitr, eid_al_adha, founding_day, national_day, white_friday, singles_day
    QDate day;   // the Gregorian day it falls on (the last ten nights: 20 Ramadan, whose evening begins them)
};

// When on that day: 10:00 and 20:00 Riyadh time, half an hour after iftar (sunset),
// an hour and a half before suhoor ends (the next dawn; for Ramadan's first day, its own
// dawn: the first suhoor).
enum class Moment { Morning, Evening, AfterIftar, BeforeSuhoor };

class SaudiOccasions
{
public:
    static const QStringList &keys();
    // The next `count` occasions on or after `from`, soonest first.
    static QList<Occasion> upcoming(const QDate &from, int count);
    // An occasion's (first) day in the Gregorian year.
    static std::optional<QDate> dayIn(const QString &key, int gregorianYear);
    // The UTC time of `moment` on the occasion `key`'s `day`.
    static QDateTime at(const QString &key, const QDate &day, Moment moment);
    static QString name(const QString &key, const QString &language);
    static std::optional<Moment> momentFromKey(const QString &key); // morning, evening, after_iftar, before_suhoor
};

} // namespace nomo::calendar
