// nomo-daemon: the headless, multi-tenant companion of Nomo Flow.
//   nomo-daemon [--config FILE]                 serve (the default command)
//   nomo-daemon [--config FILE] migrate         apply schema migrations and exit
//   nomo-daemon [--config FILE] --check-config  print the effective config and exit
//   nomo-daemon [--config FILE] device-token --merchant ID [--name NAME]
//                                               issue a console token without the browser
//                                               sign-in; prints one JSON line
//   nomo-daemon [--config FILE] erase-store --merchant ID
//                                               delete a store's data now, at the merchant's
//                                               request (PDPL), and record that it was
// Exit status: 0 fine, 1 could not run (database, schema, address), 2 bad config or usage.
#include "app/Daemon.h"
#include "app/SqliteBackup.h"
#include "app/SqliteProcess.h"
#include "app/SignalWatcher.h"
#include "config/DaemonConfig.h"
#include "logging/LogOutput.h"
#include "logging/Logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

int reportBadConfig(const DaemonConfig &config)
{
    for (const Error &problem : config.store().problems())
        printTo(stderr, u"nomo-daemon: config error: %1\n"_s.arg(problem.detail));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any thread exists, so every thread inherits the mask (see SignalWatcher).
    SignalWatcher::blockTerminationSignals();
    configureSqliteProcess(); // before any connection opens
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"nomo-daemon"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Nomo Flow daemon: Salla webhooks, storefront widgets, console API."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(u"config"_s, u"Read configuration from <file> (INI)."_s, u"file"_s);
    const QCommandLineOption checkOption(u"check-config"_s, u"Print the effective configuration (secrets masked) and exit."_s);
    const QCommandLineOption merchantOption(u"merchant"_s, u"device-token, erase-store, rebuild-reports: the store id."_s, u"id"_s);
    const QCommandLineOption nameOption(u"name"_s, u"device-token: the device's name."_s, u"name"_s, u"operator"_s);
    const QCommandLineOption toOption(u"to"_s, u"backup: the file to write (must not exist)."_s, u"file"_s);
    const QCommandLineOption fromOption(u"from"_s, u"restore: the backup to copy in."_s, u"file"_s);
    const QCommandLineOption daysOnlyOption(u"days-only"_s,
                                            u"rebuild-reports: republish the days from the attributions as they are, without re-following every order."_s);
    parser.addOptions({configOption, checkOption, merchantOption, nameOption, toOption, fromOption, daysOnlyOption});
    parser.addPositionalArgument(u"command"_s, u"serve (default), migrate, device-token, erase-store, rebuild-reports, backup or restore"_s, u"[command]"_s);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.isEmpty() ? u"serve"_s : positional.constFirst();
    static const QStringList commands{u"serve"_s, u"migrate"_s, u"device-token"_s, u"erase-store"_s, u"rebuild-reports"_s, u"backup"_s, u"restore"_s};
    if (positional.size() > 1 || !commands.contains(command)) {
        printTo(stderr, u"nomo-daemon: unknown command \"%1\" (serve, migrate, device-token, erase-store, rebuild-reports, backup or restore)\n"_s.arg(positional.join(u' ')));
        return 2;
    }

    const DaemonConfig config = DaemonConfig::load(parser.value(configOption), QProcessEnvironment::systemEnvironment());
    if (parser.isSet(checkOption)) {
        printTo(stdout, config.store().describe());
        if (!config.isValid())
            return reportBadConfig(config);
        printTo(stdout, u"configuration is valid\n"_s);
        return 0;
    }
    if (!config.isValid())
        return reportBadConfig(config);
    LogOutput::install(config.jsonLogs(), config.logRules());

    if (command == u"migrate") {
        if (auto migrated = Daemon::migrateOnly(config); !migrated) {
            qCCritical(lcStartup).noquote() << migrated.error().detail;
            return 1;
        }
        printTo(stdout, u"database is at the current schema\n"_s);
        return 0;
    }

    if (command == u"backup" || command == u"restore") {
        const QString file = parser.value(command == u"backup" ? toOption : fromOption);
        if (file.isEmpty()) {
            printTo(stderr, command == u"backup" ? u"nomo-daemon: backup needs --to <file>\n"_s : u"nomo-daemon: restore needs --from <file>\n"_s);
            return 2;
        }
        const Status done = command == u"backup" ? SqliteBackup::backup(config, file) : SqliteBackup::restore(config, file);
        if (!done) {
            qCCritical(lcStartup).noquote() << command << "failed:" << done.error().detail;
            return 1;
        }
        printTo(stdout, command == u"backup" ? u"backed up to %1\n"_s.arg(file) : u"restored from %1\n"_s.arg(file));
        return 0;
    }

    if (command == u"erase-store") {
        bool ok = false;
        const qint64 merchantId = parser.value(merchantOption).toLongLong(&ok);
        if (!ok || merchantId <= 0) {
            printTo(stderr, u"nomo-daemon: erase-store needs --merchant <store id>\n"_s);
            return 2;
        }
        auto erased = Daemon::eraseStore(config, merchantId);
        if (!erased) {
            qCCritical(lcStartup).noquote() << erased.error().detail;
            return 1;
        }
        printTo(stdout, QString::fromUtf8(QJsonDocument(*erased).toJson(QJsonDocument::Compact)) + u'\n');
        return 0;
    }

    if (command == u"rebuild-reports") {
        bool ok = true;
        const qint64 merchantId = parser.isSet(merchantOption) ? parser.value(merchantOption).toLongLong(&ok) : 0;
        if (!ok || merchantId < 0) {
            printTo(stderr, u"nomo-daemon: rebuild-reports takes --merchant <store id>, or nothing for every store\n"_s);
            return 2;
        }
        auto rebuilt = Daemon::rebuildReports(config, merchantId, !parser.isSet(daysOnlyOption));
        if (!rebuilt) {
            qCCritical(lcStartup).noquote() << rebuilt.error().detail;
            return 1;
        }
        printTo(stdout, QString::fromUtf8(QJsonDocument(*rebuilt).toJson(QJsonDocument::Compact)) + u'\n');
        return 0;
    }

    if (command == u"device-token") {
        bool ok = false;
        const qint64 merchantId = parser.value(merchantOption).toLongLong(&ok);
        if (!ok || merchantId <= 0) {
            printTo(stderr, u"nomo-daemon: device-token needs --merchant <store id>\n"_s);
            return 2;
        }
        auto issued = Daemon::issueDeviceToken(config, merchantId, parser.value(nameOption));
        if (!issued) {
            qCCritical(lcStartup).noquote() << issued.error().detail;
            return 1;
        }
        printTo(stdout, QString::fromUtf8(QJsonDocument(*issued).toJson(QJsonDocument::Compact)) + u'\n');
        return 0;
    }

    SignalWatcher signals;
    Daemon daemon(config);
    if (auto started = daemon.start(); !started) {
        qCCritical(lcStartup).noquote() << "cannot start:" << started.error().detail;
        return 1;
    }
    // One JSON line on stdout says where we listen, for scripts and tests to read.
    printTo(stdout,
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"event"_s, u"listening"_s},
                                                        {u"url"_s, daemon.baseUrl()},
                                                        {u"port"_s, daemon.port()},
                                                        {u"routes"_s, daemon.routeTable()}})
                                  .toJson(QJsonDocument::Compact))
                + u'\n');

    QObject::connect(&signals, &SignalWatcher::terminationRequested, &app, [&](int number) {
        qCInfo(lcStartup) << "signal" << number << "received, shutting down";
        daemon.shutdown(config.value(u"shutdown.grace_ms"_s).toInt(), [] { QCoreApplication::quit(); });
    });
    const int status = QCoreApplication::exec();
    qCInfo(lcStartup) << "stopped";
    return status;
}
