#pragma once

#include <QLocale>
#include <QString>

class QApplication;

namespace nomo {

// The console's language: Arabic (Saudi Arabia) by default, English second. Installs
// our translations and Qt's own (so stock dialogs speak Arabic too), sets the layout
// direction from the locale, and picks fonts that shape Arabic well.
class Language
{
public:
    // "ar" or "en"; anything else falls back to Arabic.
    static QLocale localeFor(const QString &code);
    static void apply(QApplication &app, const QLocale &locale);
};

} // namespace nomo
