// The console's reports over a year of a busy store: the Reports page's model (a
// period added up from the cache's sales_day rows) and the Visitors page's (visitor_day
// rows), each period opened 20 times, beside the same figures computed from the raw
// rows the cache also holds (orders, page views). Prints one JSON line of medians and
// maxima in milliseconds.
//   nomo-bench-reports --data-dir DIR   (a cache seeded with nomo-console --seed-demo)
#include "cache/CacheDatabase.h"
#include "core/Clock.h"
#include "viewmodels/SalesReportModel.h"
#include "viewmodels/VisitorsModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
constexpr int kRuns = 20;

// Median and max of `runs` timings of `what`, in ms.
QJsonObject timed(int runs, const std::function<void()> &what)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        what();
        ms.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {{u"median_ms"_s, ms.at(ms.size() / 2)}, {u"max_ms"_s, ms.constLast()}};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dataOption(u"data-dir"_s, u"a seeded console folder"_s, u"dir"_s);
    parser.addOption(dataOption);
    parser.process(app);
    auto cache = nomo::CacheDatabase::open(parser.value(dataOption));
    if (!cache) {
        std::fprintf(stderr, "%s\n", qPrintable(cache.error().toString()));
        return 1;
    }
    const nomo::Clock &clock = nomo::Clock::system();
    nomo::SalesReportModel sales(**cache, clock);
    nomo::VisitorsModel visitors(**cache, clock);
    using Period = nomo::SalesReportModel::Period;
    const QDate today = sales.to();
    QJsonObject out;
    out.insert(u"sales_7_days"_s, timed(kRuns, [&] { sales.setPeriod(Period::Days7); sales.reload(); }));
    out.insert(u"sales_90_days"_s, timed(kRuns, [&] { sales.setPeriod(Period::Days90); sales.reload(); }));
    out.insert(u"sales_365_days"_s, timed(kRuns, [&] { sales.setCustom(today.addDays(-364), today); sales.reload(); }));
    out.insert(u"visitors_90_days"_s, timed(kRuns, [&] { visitors.setDays(90); visitors.reload(); }));

    // The same year from the raw rows: orders by day, and visits and page views by day.
    QSqlQuery query((*cache)->database());
    const qint64 from = today.addDays(-364).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    qint64 checksum = 0;
    out.insert(u"raw_orders_365_days"_s, timed(5, [&] {
        query.exec(u"SELECT date(ordered_at / 1000 + 10800, 'unixepoch') AS d, COUNT(*), SUM(total_halalas) FROM orders "
                   "WHERE ordered_at >= %1 GROUP BY d"_s.arg(from));
        while (query.next())
            checksum += query.value(2).toLongLong();
    }));
    out.insert(u"raw_page_views_365_days"_s, timed(3, [&] {
        query.exec(u"SELECT date(viewed_at / 1000 + 10800, 'unixepoch') AS d, COUNT(*), COUNT(DISTINCT path) FROM page_views "
                   "WHERE viewed_at >= %1 GROUP BY d"_s.arg(from));
        while (query.next())
            checksum += query.value(1).toLongLong();
    }));
    out.insert(u"year_revenue_halalas"_s, sales.total().revenue);
    out.insert(u"checksum"_s, checksum);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
