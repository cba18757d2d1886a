#include "viewmodels/VisitorsModel.h"

#include "cache/CacheDatabase.h"
#include "core/Clock.h"
#include "core/Time.h"
#include "json/DomainJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
// Summed over the days, most first, at most VisitorDay::kTop.
QList<NamedCount> summed(const QHash<QString, qint64> &counts)
{
    QList<NamedCount> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append(NamedCount{it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const NamedCount &a, const NamedCount &b) {
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
    if (list.size() > VisitorDay::kTop)
        list.resize(VisitorDay::kTop);
    return list;
}
} // namespace

VisitorsModel::VisitorsModel(const CacheDatabase &cache, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_clock(clock)
{
    reload();
}

void VisitorsModel::setDays(int days)
{
    if (days == m_days || (days != 7 && days != 30 && days != 90))
        return;
    m_days = days;
    reload();
}

void VisitorsModel::reload()
{
    m_today = time::riyadhDay(m_clock.nowUtc());
    const QDate first = m_today.addDays(1 - m_days);
    const QDate previousFirst = first.addDays(-m_days);
    QHash<QDate, VisitorDay> byDay;
    m_previous = {};
    m_rows = 0;
    QSqlQuery query(m_cache.database());
    query.prepare(u"SELECT day, json FROM visitor_days WHERE day >= ? AND day <= ? ORDER BY day"_s);
    query.addBindValue(previousFirst.toString(Qt::ISODate));
    query.addBindValue(m_today.toString(Qt::ISODate));
    if (query.exec()) {
        while (query.next()) {
            const QJsonObject object = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
            auto day = fromJson<VisitorDay>(JsonField(object));
            if (!day)
                continue; // a row this console cannot read is left out, not shown half
            if (day->day < first) {
                m_previous.visitors += day->visitors;
                m_previous.sessions += day->sessions;
                m_previous.pageViews += day->pageViews;
            } else {
                ++m_rows;
                byDay.insert(day->day, *day);
            }
        }
    }
    m_daily.clear();
    m_totals = {};
    QHash<QString, qint64> pages, sources, devices;
    for (QDate d = first; d <= m_today; d = d.addDays(1)) {
        VisitorDay day = byDay.value(d);
        day.day = d;
        m_totals.visitors += day.visitors;
        m_totals.sessions += day.sessions;
        m_totals.pageViews += day.pageViews;
        for (const NamedCount &c : std::as_const(day.pages))
            pages[c.name] += c.count;
        for (const NamedCount &c : std::as_const(day.sources))
            sources[c.name] += c.count;
        for (const NamedCount &c : std::as_const(day.devices))
            devices[c.name] += c.count;
        m_daily.append(day);
    }
    m_pages = summed(pages);
    m_sources = summed(sources);
    m_devices = summed(devices);
    Q_EMIT changed();
}

QString VisitorsModel::sourceLabel(const QString &source)
{
    if (source.isEmpty())
        return tr("Came straight (typed, saved or an app)");
    return source;
}

QString VisitorsModel::deviceLabel(const QString &device)
{
    if (device == u"mobile")
        return tr("Phones");
    if (device == u"tablet")
        return tr("Tablets");
    if (device == u"desktop")
        return tr("Computers");
    return tr("Other");
}

} // namespace nomo
