#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace nomo::digits {

// What the merchant types may mix ٠–٩ (and Persian ۰–۹) with 0–9; both are read.
QString toLatin(QString text);
// Shown back in the interface's own digits: ٠–٩ in Arabic, 0–9 in English.
QString toLocale(QString text, const QLocale &locale = QLocale());
// A whole number as typed, in either digit system, group separators allowed.
std::optional<qint64> parseInteger(const QString &text);

} // namespace nomo::digits
