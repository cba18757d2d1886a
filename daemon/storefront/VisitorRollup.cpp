#include "storefront/VisitorRollup.h"

#include "core/Time.h"
#include "db/Database.h"
#include "json/DomainJson.h"
#include "reports/DayFeed.h"


using namespace Qt::StringLiterals;

namespace nomo {

namespace {
Result<QList<NamedCount>> counts(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    auto rows = db::exec(db, sql, binds);
    if (!rows)
        return fail(rows.error());
    QList<NamedCount> list;
    while (rows->next())
        list.append(NamedCount{rows->value(0).toString(), rows->value(1).toLongLong()});
    return list;
}
} // namespace

VisitorRollup::VisitorRollup(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

Result<VisitorDay> VisitorRollup::compute(qint64 store, QDate day) const
{
    const qint64 from = time::toStorage(time::riyadhDayStartUtc(day));
    const qint64 to = time::toStorage(time::riyadhDayStartUtc(day.addDays(1)));
    const QVariantMap range{{u"m"_s, store}, {u"from"_s, from}, {u"to"_s, to}};
    VisitorDay rolled;
    rolled.day = day;
    auto visitors = db::scalar(m_db,
                               u"SELECT COUNT(DISTINCT visitor_id) FROM visitor_sessions WHERE merchant_id = :m "
                               "AND started_at >= :from AND started_at < :to"_s,
                               range);
    auto sessions = db::scalar(m_db, u"SELECT COUNT(*) FROM visitor_sessions WHERE merchant_id = :m AND started_at >= :from AND started_at < :to"_s,
                               range);
    auto views = db::scalar(m_db,
                            u"SELECT COUNT(*) FROM page_views WHERE merchant_id = :m AND viewed_at >= :from AND viewed_at < :to "
                            "AND kind = 'pageview'"_s,
                            range);
    if (!visitors || !sessions || !views)
        return fail(!visitors ? visitors.error() : !sessions ? sessions.error() : views.error());
    rolled.visitors = *visitors;
    rolled.sessions = *sessions;
    rolled.pageViews = *views;
    QVariantMap top = range;
    top.insert(u"top"_s, VisitorDay::kTop);
    auto pages = counts(m_db,
                        u"SELECT path, COUNT(*) AS n FROM page_views WHERE merchant_id = :m AND viewed_at >= :from AND viewed_at < :to "
                        "AND kind = 'pageview' GROUP BY path ORDER BY n DESC, path LIMIT :top"_s,
                        top);
    // Where a visit came from: its campaign's source when it has one, else the referring
    // site, else nothing (typed in, a bookmark, an app).
    auto sources = counts(m_db,
                          u"SELECT COALESCE(NULLIF(utm_source, ''), referrer, '') AS source, COUNT(*) AS n FROM visitor_sessions "
                          "WHERE merchant_id = :m AND started_at >= :from AND started_at < :to "
                          "GROUP BY COALESCE(NULLIF(utm_source, ''), referrer, '') ORDER BY n DESC, source LIMIT :top"_s,
                          top);
    auto devices = counts(m_db,
                          u"SELECT COALESCE(device, ''), COUNT(*) AS n FROM visitor_sessions WHERE merchant_id = :m "
                          "AND started_at >= :from AND started_at < :to GROUP BY COALESCE(device, '') ORDER BY n DESC, 1 LIMIT :top"_s,
                          top);
    if (!pages || !sources || !devices)
        return fail(!pages ? pages.error() : !sources ? sources.error() : devices.error());
    rolled.pages = *pages;
    rolled.sources = *sources;
    rolled.devices = *devices;
    return rolled;
}

Result<bool> VisitorRollup::publish(qint64 store, QDate day)
{
    auto rolled = compute(store, day);
    if (!rolled)
        return fail(rolled.error());
    return DayFeed{u"visitor_days"_s, u"visitor_day"_s}.publish(m_db, m_clock, store, day, toJson(*rolled),
                                                               rolled->sessions == 0 && rolled->pageViews == 0);
}

Result<int> VisitorRollup::publishAll()
{
    auto stores = db::exec(m_db,
                           u"SELECT f.merchant_id FROM merchant_features f JOIN merchants m ON m.id = f.merchant_id "
                           "WHERE f.feature_key = 'visitor_data' AND f.enabled = :on AND m.status <> 'uninstalled' ORDER BY f.merchant_id"_s,
                           {{u"on"_s, true}});
    if (!stores)
        return fail(stores.error());
    QList<qint64> ids;
    while (stores->next())
        ids.append(stores->value(0).toLongLong());
    const QDate today = time::riyadhDay(m_clock.nowUtc());
    int sent = 0;
    for (const qint64 store : std::as_const(ids)) {
        for (const QDate day : {today.addDays(-1), today}) {
            auto published = publish(store, day);
            if (!published)
                return fail(published.error());
            sent += *published;
        }
    }
    return sent;
}

} // namespace nomo
