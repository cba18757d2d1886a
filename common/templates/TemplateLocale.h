#pragma once

#include <QLocale>
#include <QString>

namespace nomo::templates {

// The locale a template's language writes numbers, money and dates in: Saudi Arabic
// (Arabic-Indic digits), or British English ("1 December 2026").
inline QLocale localeOf(const QString &language)
{
    return language.startsWith(QStringLiteral("ar")) ? QLocale(QLocale::Arabic, QLocale::SaudiArabia)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace nomo::templates
