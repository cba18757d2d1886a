#include "i18n/DateFormat.h"

#include "core/Time.h"

using namespace Qt::StringLiterals;

namespace nomo::i18n {

QString dateTime(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return {};
    const QDateTime riyadh = when.toTimeZone(time::riyadh());
    if (locale.language() == QLocale::Arabic)
        return locale.toString(riyadh, u"d/M/yyyy h:mm ap"_s);
    // English: the day and a month name, 24-hour clock; the month from an English
    // locale so "Dec" reads the same whatever English region the system has.
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(riyadh, u"d MMM yyyy, HH:mm"_s);
}

QString date(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return {};
    const QDate day = when.toTimeZone(time::riyadh()).date();
    if (locale.language() == QLocale::Arabic)
        return locale.toString(day, u"d/M/yyyy"_s);
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(day, u"d MMM yyyy"_s);
}

} // namespace nomo::i18n
