#pragma once

#include <QDate>
#include <QDateTime>

namespace nomo::calendar {

// Sun times of one day in Riyadh (24.7136° N, 46.6753° E) by the sunrise equation
// (within a minute or so): iftar is at sunset (Maghrib), suhoor ends at Fajr, which
// Umm al-Qura sets at the sun 18.5° below the horizon. For "after iftar" and "before
// suhoor" in a Ramadan broadcast; not a prayer timetable.
struct RiyadhSun
{
    static QDateTime sunset(const QDate &day); // UTC
    static QDateTime fajr(const QDate &day);   // UTC, the morning of `day`
};

} // namespace nomo::calendar
