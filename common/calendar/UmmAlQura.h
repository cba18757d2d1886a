#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace nomo::calendar {

// A day of the Hijri calendar.
struct HijriDate
{
    int year = 0;
    int month = 0; // 1 Muharram … 12 Dhu al-Hijjah
    int day = 0;
    bool operator==(const HijriDate &) const = default;
};

// Saudi Arabia's official Hijri calendar, Umm al-Qura, from its published month
// lengths (UmmAlQura.cpp: 1440–1470 AH, September 2018 to 2048). Qt's Islamic civil calendar is
// the arithmetic one, a day or two off Umm al-Qura in many months — and a Ramadan
// campaign a day early is a mistake a merchant sees — hence the table.
class UmmAlQura
{
public:
    static constexpr int kFirstYear = 1440;
    static constexpr int kLastYear = 1470;

    // Nothing outside the table's years.
    static std::optional<HijriDate> fromGregorian(const QDate &date);
    static std::optional<QDate> toGregorian(const HijriDate &date);
    static int daysInMonth(int year, int month); // 0 outside the table

    // "١٥ رمضان ١٤٤٧" or "15 Ramadan 1447", in the language's digits.
    static QString format(const HijriDate &date, const QString &language);
    static QString monthName(int month, const QString &language);
};

} // namespace nomo::calendar
