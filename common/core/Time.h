#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QTimeZone>

class QJsonValue;
class QLocale;

// Time rules: UTC in storage (epoch milliseconds in BIGINT columns, identical on
// SQLite and PostgreSQL), ISO 8601 on the wire, Asia/Riyadh for display and for the
// day buckets of reports. Riyadh has been UTC+3 without DST since 1970.
namespace nomo::time {

const QTimeZone &riyadh();

// "2025-11-23T10:15:00.000Z": always UTC, always milliseconds.
QString toWire(const QDateTime &when);
// The same, or JSON null for a time that is not set: an API's nullable date-time
// is null when absent, never "".
QJsonValue toWireOrNull(const QDateTime &when);
// ISO 8601 with "Z" or a numeric offset; a time without a zone is refused, since
// guessing one is how off-by-three-hours bugs begin.
Result<QDateTime> fromWire(const QString &text);

qint64 toStorage(const QDateTime &when);
QDateTime fromStorage(qint64 epochMilliseconds);

// The calendar day in Riyadh that `when` falls on, and that day's start in UTC.
QDate riyadhDay(const QDateTime &when);
QDateTime riyadhDayStartUtc(QDate day);

// Date and time for a merchant's screen, in Riyadh time, in the locale's digits.
QString formatForDisplay(const QDateTime &when, const QLocale &locale);

// Salla sends four date shapes (REFERENCE.md §1): a PHP DateTime object
// {"date": "2022-06-26 12:21:45.000000", "timezone": "Asia/Riyadh"}, a plain
// "YYYY-MM-DD HH:MM:SS" (Riyadh time), a JavaScript Date string
// "Sun Jun 26 2022 12:21:48 GMT+0300", and ISO 8601. All come back as UTC.
Result<QDateTime> parseSallaDate(const QJsonValue &value);
Result<QDateTime> parseSallaDate(const QString &text);

} // namespace nomo::time
