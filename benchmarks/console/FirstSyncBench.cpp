// First sync of a new console: the real SyncEngine, ApiClient and cache, against a
// running daemon, from an empty cache to the end of the feed. Prints one JSON line:
// seconds, changes applied, orders in the cache, peak memory.
//   NOMO_BENCH_TOKEN=<console token> nomo-bench-first-sync --daemon URL --data-dir DIR [--page-limit N]
#include "api/ApiClient.h"
#include "cache/CacheDatabase.h"
#include "cache/SyncStateStore.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
qint64 peakKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).simplified().split(' ').constFirst().toLongLong();
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption daemonOption(u"daemon"_s, u"daemon base URL"_s, u"url"_s);
    const QCommandLineOption dataOption(u"data-dir"_s, u"empty folder for the cache"_s, u"dir"_s);
    const QCommandLineOption pageOption(u"page-limit"_s, u"changes per page"_s, u"n"_s, u"1000"_s);
    parser.addOptions({daemonOption, dataOption, pageOption});
    parser.process(app);

    auto cache = nomo::CacheDatabase::open(parser.value(dataOption));
    if (!cache) {
        std::fprintf(stderr, "%s\n", qPrintable(cache.error().toString()));
        return 1;
    }
    nomo::ApiClient api{QUrl(parser.value(daemonOption))};
    api.setToken(qEnvironmentVariable("NOMO_BENCH_TOKEN"));
    nomo::SyncEngine engine(**cache, api);
    engine.setPageLimit(parser.value(pageOption).toInt());
    engine.setSignedIn(true);

    QElapsedTimer timer;
    bool reached = false;
    QObject::connect(&engine, &nomo::SyncEngine::passFinished, &app, [&](bool ok) {
        reached = ok;
        QCoreApplication::quit();
    });
    timer.start();
    engine.syncNow();
    QCoreApplication::exec();
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    QSqlQuery orders((*cache)->database());
    orders.exec(u"SELECT COUNT(*) FROM orders"_s);
    const qint64 orderCount = orders.next() ? orders.value(0).toLongLong() : -1;
    const QJsonObject result{{u"reached_daemon"_s, reached},
                             {u"seconds"_s, seconds},
                             {u"cursor"_s, nomo::SyncStateStore(**cache).cursor()},
                             {u"orders"_s, orderCount},
                             {u"peak_kib"_s, peakKiB()}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return reached ? 0 : 1;
}
