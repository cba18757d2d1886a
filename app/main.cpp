// nomo-console: the merchant's desktop app. Arabic first (right to left), English second.
//   nomo-console [--lang ar|en] [--screenshot FILE]
#include "i18n/Language.h"
#include "ui/WelcomeWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"nomo-console"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(u"lang"_s, u"Interface language: ar (default) or en."_s, u"code"_s, u"ar"_s);
    const QCommandLineOption shotOption(u"screenshot"_s, u"Render the window to a PNG <file> and exit."_s, u"file"_s);
    parser.addOptions({langOption, shotOption});
    parser.process(app);

    const QString language = qEnvironmentVariable("NOMO_LANG", parser.value(langOption));
    nomo::Language::apply(app, nomo::Language::localeFor(language));

    nomo::WelcomeWindow window;
    QObject::connect(&window, &nomo::WelcomeWindow::languageRequested, &app, [&app](const QString &code) {
        nomo::Language::apply(app, nomo::Language::localeFor(code));
    });
    window.show();

    if (parser.isSet(shotOption)) {
        const QString file = parser.value(shotOption);
        QTimer::singleShot(200, &window, [&window, file] {
            QApplication::exit(window.grab().save(file) ? 0 : 1);
        });
    }
    return QApplication::exec();
}
