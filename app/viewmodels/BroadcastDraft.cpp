#include "viewmodels/BroadcastDraft.h"

#include "calendar/UmmAlQura.h"
#include "core/Time.h"
#include "i18n/DateFormat.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace nomo {

using calendar::Moment;
using calendar::SaudiOccasions;

QDateTime BroadcastDraft::sendAt() const
{
    if (occasion.isEmpty())
        return custom.isValid() ? custom.toUTC() : QDateTime();
    const QDate day = QDate::fromString(occasion.section(u'@', 1, 1), Qt::ISODate);
    return day.isValid() ? SaudiOccasions::at(occasion.section(u'@', 0, 0), day, moment) : QDateTime();
}

QString BroadcastDraft::occasionKey() const
{
    return occasion.isEmpty() ? QString() : occasion.section(u'@', 0, 0) + u':' + momentKey(moment);
}

QJsonObject BroadcastDraft::request() const
{
    QJsonObject body{{u"name"_s, name.trimmed()},
                     {u"segment"_s, segment},
                     {u"channels"_s, QJsonArray::fromStringList(channels)},
                     {u"language"_s, language},
                     {u"send_at"_s, time::toWire(sendAt())}};
    if (segment == u"recent_buyers" || segment == u"lapsed")
        body.insert(u"segment_days"_s, segmentDays);
    if (!occasion.isEmpty())
        body.insert(u"occasion"_s, occasionKey());
    return body;
}

QStringList BroadcastDraft::problems(const QDateTime &now) const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << tr("Give the broadcast a name you will recognise in reports.");
    if (channels.isEmpty())
        out << tr("Choose at least one channel.");
    const QDateTime at = sendAt();
    if (!at.isValid())
        out << tr("Choose when it goes out.");
    else if (at < now.addSecs(-300))
        out << tr("That time has passed. Choose a later one.");
    else if (at > now.addDays(400))
        out << tr("Broadcasts can be planned up to 400 days ahead.");
    if ((moment == Moment::AfterIftar || moment == Moment::BeforeSuhoor) && !occasion.isEmpty() && !ramadan(occasion.section(u'@', 0, 0)))
        out << tr("After iftar and before suhoor are Ramadan's moments. Choose a Ramadan season or another moment.");
    return out;
}

QString BroadcastDraft::withHijri(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    const QString language = locale.language() == QLocale::Arabic ? u"ar"_s : u"en"_s;
    const QDateTime riyadh = utc.toTimeZone(time::riyadh());
    const QString gregorian = locale.toString(riyadh.date(), u"dddd d MMMM yyyy"_s).remove(locale.groupSeparator()) + tr(", ")
                              + locale.toString(riyadh.time(), language == u"ar" ? u"h:mm ap"_s : u"HH:mm"_s);
    const auto hijri = calendar::UmmAlQura::fromGregorian(riyadh.date());
    return hijri ? tr("%1 Riyadh time (%2)").arg(gregorian, calendar::UmmAlQura::format(*hijri, language))
                 : tr("%1 Riyadh time").arg(gregorian);
}

QString BroadcastDraft::whenText() const
{
    const QDateTime at = sendAt();
    return at.isValid() ? withHijri(at) : QString();
}

bool BroadcastDraft::inQuietHours(int start, int end) const
{
    const QDateTime at = sendAt();
    if (!at.isValid() || start == end)
        return false;
    const int hour = at.toTimeZone(time::riyadh()).time().hour();
    return start < end ? (hour >= start && hour < end) : (hour >= start || hour < end);
}

QList<calendar::Occasion> BroadcastDraft::seasons(const QDate &today)
{
    return SaudiOccasions::upcoming(today, 12);
}

bool BroadcastDraft::ramadan(const QString &occasion)
{
    return occasion.startsWith(u"ramadan"_s);
}

QString BroadcastDraft::momentKey(Moment moment)
{
    switch (moment) {
    case Moment::Morning: return u"morning"_s;
    case Moment::Evening: return u"evening"_s;
    case Moment::AfterIftar: return u"after_iftar"_s;
    case Moment::BeforeSuhoor: return u"before_suhoor"_s;
    }
    return {};
}

QString BroadcastDraft::momentText(Moment moment)
{
    switch (moment) {
    case Moment::Morning: return tr("In the morning (10:00)");
    case Moment::Evening: return tr("In the evening (20:00)");
    case Moment::AfterIftar: return tr("Half an hour after iftar");
    case Moment::BeforeSuhoor: return tr("An hour and a half before suhoor ends");
    }
    return {};
}

QString BroadcastDraft::segmentText(const QString &segment, int days)
{
    if (segment == u"recent_buyers")
        return tr("Bought in the last %Ln day(s)", "segment", days);
    if (segment == u"lapsed")
        return tr("Have not bought for %Ln day(s)", "segment", days);
    if (segment == u"never_bought")
        return tr("Never bought");
    return tr("Every customer");
}

} // namespace nomo
