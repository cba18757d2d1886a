#include "i18n/Language.h"

#include "ui/Theme.h"

#include <QApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace nomo {

QLocale Language::localeFor(const QString &code)
{
    if (code.startsWith(u"en"_s))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(QLocale::Arabic, QLocale::SaudiArabia);
}

void Language::apply(QApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    // Replaced, not stacked, when the merchant switches language at run time.
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **translator : {&ours, &qt}) {
        if (*translator) {
            QApplication::removeTranslator(*translator);
            delete *translator;
        }
        *translator = new QTranslator(&app);
    }
    if (ours->load(locale, u"nomo"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(ours);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    // From the locale, not from a list of languages: Arabic, Persian, Urdu, Hebrew...
    QApplication::setLayoutDirection(locale.textDirection());
    theme::useFontFor(app, locale.language() == QLocale::Arabic);
}

} // namespace nomo
