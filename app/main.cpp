// nomo-console: the merchant's desktop app. Arabic first (right to left), English second.
//   nomo-console [--lang ar|en] [--daemon URL] [--data-dir DIR]
//                [--screenshot FILE [--screen dashboard|<page>|settings:<feature>|coupon-editor[:CODE]|coupon-campaign]]
//                [--seed-demo ORDERS[,PAGE_VIEWS[,DAYS]]] [--exit-after-paint] [--sign-in] [--export-report FILE.pdf|FILE.csv]
#include "app/ConsoleController.h"
#include "viewmodels/TemplateEditorModel.h"
#include "app/CouponFlows.h"
#include "ui/Theme.h"
#include "cache/CacheDatabase.h"
#include "cache/DemoData.h"
#include "i18n/Language.h"
#include "ui/DashboardWindow.h"
#include "ui/pages/ReportsPage.h"
#include "ui/SettingsDialog.h"

#include "app/BroadcastFlow.h"
#include "ui/BroadcastDialog.h"

#include <QApplication>
#include <QDialog>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTabBar>
#include <QScrollArea>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Peak resident memory, for the cold-start benchmark.
QByteArray peakMemory()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).simplified();
    }
    return {};
}

int seed(const QString &dataDir, const QString &spec)
{
    auto cache = nomo::CacheDatabase::open(dataDir);
    if (!cache) {
        std::fprintf(stderr, "%s\n", qPrintable(cache.error().toString()));
        return 1;
    }
    const QStringList parts = spec.split(u',');
    nomo::DemoSize size;
    size.orders = parts.value(0).toInt();
    size.pageViews = parts.size() > 1 ? parts[1].toLongLong() : size.orders * 10LL;
    if (parts.size() > 2)
        size.days = std::clamp(parts[2].toInt(), 1, 730);
    if (auto seeded = nomo::seedDemoData(**cache, size, QDateTime::currentDateTimeUtc()); !seeded) {
        std::fprintf(stderr, "%s\n", qPrintable(seeded.error().toString()));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"nomo-console"_s);
    QApplication::setOrganizationName(u"nomo-flow"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(u"lang"_s, u"Interface language: ar (default) or en."_s, u"code"_s, u"ar"_s);
    const QCommandLineOption daemonOption(u"daemon"_s, u"The daemon's base URL (default http://127.0.0.1:8080, or NOMO_CONSOLE_DAEMON)."_s,
                                          u"url"_s);
    const QCommandLineOption dataDirOption(u"data-dir"_s, u"Folder of the local cache (or NOMO_CONSOLE_DATA_DIR)."_s, u"dir"_s);
    const QCommandLineOption shotOption(u"screenshot"_s, u"Render a screen to a PNG <file> and exit (no keychain, no network)."_s,
                                        u"file"_s);
    const QCommandLineOption screenOption(u"screen"_s,
                                          u"Screen for --screenshot: dashboard, a page (overview, tools, coupons, activity, account), "
                                            "a page scrolled to a part (reports@liftTable), "
                                          "settings:<feature>, coupon-editor[:<code>], coupon-campaign messages:<automation>:<channel>[:<language>], messages-log, broadcasts or broadcast-new."_s,
                                          u"name"_s, u"dashboard"_s);
    const QCommandLineOption exportOption(u"export-report"_s,
                                          u"Export the Reports page's last 30 days to <file> (.pdf or .csv) and exit."_s, u"file"_s);
    const QCommandLineOption seedOption(u"seed-demo"_s, u"Write demo data (<orders>[,<page views>[,<days>]]) into the cache and exit."_s,
                                        u"size"_s);
    const QCommandLineOption paintOption(u"exit-after-paint"_s,
                                         u"Exit once the dashboard has painted; print milliseconds since start and peak memory."_s);
    const QCommandLineOption signInOption(u"sign-in"_s, u"When this computer is not signed in yet, open the browser sign-in at start."_s);
    parser.addOptions({langOption, daemonOption, dataDirOption, shotOption, screenOption, seedOption, paintOption, signInOption, exportOption});
    parser.process(app);

    const QString dataDir = parser.isSet(dataDirOption) ? parser.value(dataDirOption) : nomo::CacheDatabase::defaultDataDir();
    if (parser.isSet(seedOption))
        return seed(dataDir, parser.value(seedOption));

    nomo::theme::apply(app);
    const QString language = qEnvironmentVariable("NOMO_LANG", parser.value(langOption));
    nomo::Language::apply(app, nomo::Language::localeFor(language));

    nomo::ConsoleOptions options;
    options.daemonUrl = QUrl(parser.isSet(daemonOption) ? parser.value(daemonOption)
                                                        : qEnvironmentVariable("NOMO_CONSOLE_DAEMON", u"http://127.0.0.1:8080"_s));
    options.dataDir = dataDir;
    const bool quiet = parser.isSet(shotOption) || parser.isSet(paintOption);
    options.useKeychain = !quiet;
    options.signInAtStart = parser.isSet(signInOption) && !quiet;
    auto controller = nomo::ConsoleController::create(options);
    if (!controller) {
        std::fprintf(stderr, "nomo-console: %s\n", qPrintable(controller.error().toString()));
        return 1;
    }
    nomo::ConsoleController &console = **controller;
    nomo::DashboardWindow &window = console.window();
    QObject::connect(&window, &nomo::DashboardWindow::languageRequested, &app, [&app](const QString &code) {
        nomo::Language::apply(app, nomo::Language::localeFor(code));
    });
    if (parser.isSet(paintOption)) {
        QObject::connect(&window, &nomo::DashboardWindow::firstPaint, &app, [&sinceStart] {
            std::printf("{\"first_paint_ms\":%lld,\"vm_hwm\":\"%s\"}\n", static_cast<long long>(sinceStart.elapsed()),
                        peakMemory().constData());
            std::fflush(stdout);
            QApplication::exit(0);
        });
    }
    window.show();
    console.start();

    if (parser.isSet(exportOption)) {
        const QString file = parser.value(exportOption);
        auto *reports = qobject_cast<nomo::ReportsPage *>(window.page(u"reports"_s));
        if (!reports || !window.showPage(u"reports"_s))
            return 2;
        QTimer::singleShot(300, reports, [reports, file] {
            const bool pdf = file.endsWith(u".pdf"_s, Qt::CaseInsensitive);
            QApplication::exit((pdf ? reports->exportPdf(file) : reports->exportCsv(file)) ? 0 : 1);
        });
        return QApplication::exec();
    }

    if (parser.isSet(shotOption)) {
        const QString file = parser.value(shotOption);
        const QString screen = parser.value(screenOption);
        QWidget *target = &window;
        if (screen.startsWith(u"settings:"_s)) {
            nomo::SettingsDialog *dialog = console.openSettings(screen.mid(9));
            if (!dialog) {
                std::fprintf(stderr, "nomo-console: unknown feature in --screen %s\n", qPrintable(screen));
                return 2;
            }
            dialog->show();
            target = dialog;
        } else if (screen.startsWith(u"coupon-editor"_s) || screen == u"coupon-campaign") {
            // The editor of a cached coupon by its code, or a new coupon or campaign.
            std::optional<qint64> id;
            if (const QString code = screen.section(u':', 1); !code.isEmpty()) {
                id = console.coupons().idOf(code);
                if (!id) {
                    std::fprintf(stderr, "nomo-console: no coupon %s in the cache\n", qPrintable(code));
                    return 2;
                }
            }
            window.showPage(u"coupons"_s);
            QDialog *dialog = screen == u"coupon-campaign" ? console.coupons().openCampaign() : console.coupons().openEditor(id);
            if (!dialog)
                return 2;
            dialog->show();
            target = dialog;
        } else if (screen == u"broadcasts" || screen == u"broadcast-new") {
            window.showPage(u"messages"_s);
            if (auto *sections = window.findChild<QTabBar *>(u"messagesSections"_s))
                sections->setCurrentIndex(2);
            if (screen == u"broadcast-new") {
                QDialog *dialog = console.broadcasts().openDialog();
                dialog->show();
                target = dialog;
            }
        } else if (screen == u"messages-log") {
            // The message log part of the Messages page.
            window.showPage(u"messages"_s);
            if (auto *sections = window.findChild<QTabBar *>(u"messagesSections"_s))
                sections->setCurrentIndex(1);
        } else if (screen.startsWith(u"messages:"_s)) {
            // A template by automation, channel and language: messages:abandoned_cart:sms:ar
            window.showPage(u"messages"_s);
            console.templates().select(screen.section(u':', 1, 1), screen.section(u':', 2, 2),
                                       screen.section(u':', 3, 3).isEmpty() ? u"ar"_s : screen.section(u':', 3, 3));
        } else if (screen.contains(u'@')) {
            // A page scrolled to one of its parts by object name: reports@liftTable.
            if (!window.showPage(screen.section(u'@', 0, 0))) {
                std::fprintf(stderr, "nomo-console: unknown page in --screen %s\n", qPrintable(screen));
                return 2;
            }
            const QString part = screen.section(u'@', 1);
            QTimer::singleShot(100, &window, [&window, part] {
                QWidget *widget = window.findChild<QWidget *>(part);
                for (QScrollArea *area : window.findChildren<QScrollArea *>())
                    if (widget && area->isVisible() && area->isAncestorOf(widget))
                        area->ensureWidgetVisible(widget, 0, 400);
            });
        } else if (!screen.isEmpty() && screen != u"dashboard" && !window.showPage(screen)) {
            std::fprintf(stderr, "nomo-console: unknown --screen %s (%s)\n", qPrintable(screen), qPrintable(window.pageIds().join(u", "_s)));
            return 2;
        }
        QTimer::singleShot(300, target, [target, file] { QApplication::exit(target->grab().save(file) ? 0 : 1); });
    }
    return QApplication::exec();
}
