#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace nomo {

// One name and how often it came up: a page and its views, a source or a device and
// its visits.
struct NamedCount
{
    QString name;
    qint64 count = 0;
    bool operator==(const NamedCount &) const = default;
};

// A store's visitors on one Riyadh day, as the Visitors report shows them: the daemon
// rolls visitor_sessions and page_views up (VisitorRollup) and sends the day on the
// change feed as "visitor_day" whenever it moved, so the report opens offline and
// costs the console one row a day, not a row a page view.
struct VisitorDay
{
    QDate day;
    qint64 visitors = 0;  // distinct visitor ids seen that day
    qint64 sessions = 0;  // visits started that day
    qint64 pageViews = 0;
    QList<NamedCount> pages;   // most viewed paths, at most kTop
    QList<NamedCount> sources; // visits by where they came from ("" for direct), at most kTop
    QList<NamedCount> devices; // visits by mobile, tablet, desktop

    static constexpr int kTop = 10;
    bool operator==(const VisitorDay &) const = default;
};

} // namespace nomo
