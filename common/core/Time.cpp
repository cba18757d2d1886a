#include "core/Time.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nomo::time {

namespace {

Error badDate(const QString &text, const QString &why)
{
    return Error{ErrorCode::ParseError, u"time.invalid"_s, u"cannot read date \"%1\": %2"_s.arg(text.left(64), why)};
}

// "YYYY-MM-DD HH:MM:SS[.ffffff]" in the given zone. Qt's "zzz" takes exactly three
// digits, so Salla's six-digit microseconds are cut to milliseconds by hand.
Result<QDateTime> parseLocalDateTime(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression re(
        uR"(^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$)"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return fail(badDate(text, u"expected YYYY-MM-DD HH:MM:SS"_s));
    // Views, not copies: every order and cart carries a few of these dates, and the
    // event worker reads them all (docs/benchmarks.md).
    const auto number = [&m](int group) {
        return m.capturedView(group).toInt();
    };
    const QDate date(number(1), number(2), number(3));
    const QStringView digits = m.capturedView(7).left(3); // milliseconds: the first three digits
    int milliseconds = digits.toInt();
    for (qsizetype i = digits.size(); i < 3; ++i)
        milliseconds *= 10;
    const QTime clock(number(4), number(5), number(6), milliseconds);
    if (!date.isValid() || !clock.isValid())
        return fail(badDate(text, u"no such date or time"_s));
    return QDateTime(date, clock, zone).toUTC();
}

QTimeZone zoneByName(const QString &name)
{
    if (name.isEmpty() || name == u"Asia/Riyadh")
        return riyadh();
    if (name == u"UTC" || name == u"Z")
        return QTimeZone::utc();
    QTimeZone zone(name.toUtf8());
    return zone.isValid() ? zone : QTimeZone();
}

// "Sun Jun 26 2022 12:21:48 GMT+0300" (optionally followed by " (Arabia Standard Time)").
Result<QDateTime> parseJavaScriptDate(const QString &text)
{
    static const QRegularExpression re(
        uR"(^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-])(\d{2})(\d{2}))"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return fail(badDate(text, u"not a JavaScript date"_s));
    static const QStringList months = {u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s,
                                       u"Jul"_s, u"Aug"_s, u"Sep"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s};
    const auto number = [&m](int group) {
        return m.capturedView(group).toInt();
    };
    const int month = static_cast<int>(months.indexOf(m.capturedView(1))) + 1;
    const QDate date(number(3), month, number(2));
    const QTime clock(number(4), number(5), number(6));
    if (month == 0 || !date.isValid() || !clock.isValid())
        return fail(badDate(text, u"no such date or time"_s));
    const int sign = m.capturedView(7) == u"-" ? -1 : 1;
    const int offset = sign * (number(8) * 3600 + number(9) * 60);
    // A fixed offset, not a QTimeZone: building one per date cost as much as the rest.
    return QDateTime(date, clock, Qt::OffsetFromUTC, offset).toUTC();
}

} // namespace

const QTimeZone &riyadh()
{
    // Falls back to a fixed UTC+3 where the system has no tz database: Riyadh has
    // had no DST since 1970, so the two agree for every date we store.
    static const QTimeZone zone = [] {
        QTimeZone named("Asia/Riyadh");
        return named.isValid() ? named : QTimeZone(3 * 3600);
    }();
    return zone;
}

QString toWire(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue toWireOrNull(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(toWire(when)) : QJsonValue(QJsonValue::Null);
}

Result<QDateTime> fromWire(const QString &text)
{
    static const QRegularExpression hasZone(uR"((Z|[+-]\d{2}:?\d{2})$)"_s);
    if (!hasZone.match(text).hasMatch())
        return fail(badDate(text, u"ISO 8601 with a zone (Z or +hh:mm) expected"_s));
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        // Qt reads at most milliseconds; cut longer fractions ("...:00.123456Z").
        static const QRegularExpression longFraction(uR"((\.\d{3})\d+)"_s);
        QString trimmed = text;
        trimmed.replace(longFraction, u"\\1"_s);
        parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    }
    if (!parsed.isValid())
        return fail(badDate(text, u"not ISO 8601"_s));
    return parsed.toUTC();
}

qint64 toStorage(const QDateTime &when)
{
    return when.toMSecsSinceEpoch();
}

QDateTime fromStorage(qint64 epochMilliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(epochMilliseconds, Qt::UTC);
}

QDate riyadhDay(const QDateTime &when)
{
    return when.toTimeZone(riyadh()).date();
}

QDateTime riyadhDayStartUtc(QDate day)
{
    return QDateTime(day, QTime(0, 0), riyadh()).toUTC();
}

QString formatForDisplay(const QDateTime &when, const QLocale &locale)
{
    return locale.toString(when.toTimeZone(riyadh()), QLocale::ShortFormat);
}

Result<QDateTime> parseSallaDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(badDate(text, u"empty"_s));
    if (trimmed.front().isLetter())
        return parseJavaScriptDate(trimmed);
    static const QRegularExpression isoWithZone(uR"(T.*(Z|[+-]\d{2}:?\d{2})$)"_s);
    if (isoWithZone.match(trimmed).hasMatch())
        return fromWire(trimmed);
    // Salla's "YYYY-MM-DD HH:MM:SS" carries no zone; its store time is Riyadh.
    return parseLocalDateTime(trimmed, riyadh());
}

Result<QDateTime> parseSallaDate(const QJsonValue &value)
{
    if (value.isString())
        return parseSallaDate(value.toString());
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonValue date = object.value(u"date"_s);
        if (!date.isString())
            return fail(badDate(QString(), u"date object without a \"date\" string"_s));
        const QTimeZone zone = zoneByName(object.value(u"timezone"_s).toString());
        if (!zone.isValid())
            return fail(badDate(date.toString(), u"unknown time zone"_s));
        return parseLocalDateTime(date.toString(), zone);
    }
    return fail(badDate(QString(), u"expected a string or a date object"_s));
}

} // namespace nomo::time
