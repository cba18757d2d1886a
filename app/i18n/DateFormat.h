#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace nomo::i18n {

// A moment on a merchant's screen, in Riyadh time and the locale's digits, the one
// shape every view of the console uses (DESIGN.md §Type, ARABIC.md §3):
//   Arabic  «١/١٢/٢٠٢٦ ٩:١٣ م»  (day first, Arabic-Indic digits, ص/م)
//   English "1 Dec 2026, 21:13" (never "12/1/26")
// An invalid time gives an empty string.
QString dateTime(const QDateTime &when, const QLocale &locale = QLocale());
// The Riyadh day alone, for a column of days (an expiry): «٣١/١٢/٢٠٢٦», "31 Dec 2026".
QString date(const QDateTime &when, const QLocale &locale = QLocale());

} // namespace nomo::i18n
