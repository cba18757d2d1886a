#include "viewmodels/SalesReportModel.h"

#include "viewmodels/MessageLogModel.h"
#include "viewmodels/OverviewModel.h"

#include "cache/CacheDatabase.h"
#include "cache/FeatureStore.h"
#include "cache/SyncStateStore.h"
#include "calendar/UmmAlQura.h"
#include "core/Clock.h"
#include "core/Time.h"
#include "features/FeatureSchema.h"
#include "json/SalesJson.h"
#include "reports/SalesTotals.h"

#include <QCoreApplication>
#include <QtMath>

#include <cmath>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr int kMaxDays = 400;

// Halalas as SAR with a dot and two decimals, whatever the language: a spreadsheet's number.
QString sar(qint64 halalas)
{
    const qint64 magnitude = halalas < 0 ? -halalas : halalas;
    return u"%1%2.%3"_s.arg(halalas < 0 ? u"-"_s : QString()).arg(magnitude / 100).arg(magnitude % 100, 2, 10, QChar(u'0'));
}

// A CSV field: quoted when it holds a separator, a quote or a line break.
QString field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

qint64 sourceRevenue(const SalesDay &day, const QString &source)
{
    qint64 sum = 0;
    for (const SalesSource &s : day.sources)
        if (s.source == source)
            sum += s.revenue;
    return sum;
}
} // namespace

SalesReportModel::SalesReportModel(const CacheDatabase &cache, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_clock(clock)
{
    reload();
}

std::pair<QDate, QDate> SalesReportModel::rangeOf(Period period, QDate today)
{
    switch (period) {
    case Period::Today:
        return {today, today};
    case Period::Days7:
        return {today.addDays(-6), today};
    case Period::Days30:
        return {today.addDays(-29), today};
    case Period::Days90:
        return {today.addDays(-89), today};
    case Period::HijriMonth:
        if (const auto hijri = calendar::UmmAlQura::fromGregorian(today))
            if (const auto first = calendar::UmmAlQura::toGregorian({hijri->year, hijri->month, 1}))
                return {*first, today};
        return {today.addDays(-29), today};
    case Period::Ramadan:
        if (const auto hijri = calendar::UmmAlQura::fromGregorian(today)) {
            const int year = hijri->month >= 9 ? hijri->year : hijri->year - 1;
            const auto first = calendar::UmmAlQura::toGregorian({year, 9, 1});
            const int length = calendar::UmmAlQura::daysInMonth(year, 9);
            if (first && length > 0)
                return {*first, std::min(today, first->addDays(length - 1))};
        }
        return {today.addDays(-29), today};
    case Period::Custom:
        break;
    }
    return {today.addDays(-29), today};
}

void SalesReportModel::setPeriod(Period period)
{
    if (period == Period::Custom)
        return; // setCustom() names the days
    m_period = period;
    reload();
}

void SalesReportModel::setCustom(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) >= kMaxDays)
        return;
    m_period = Period::Custom;
    m_from = from;
    m_to = to;
    reload();
}

void SalesReportModel::reload()
{
    const QDate today = time::riyadhDay(m_clock.nowUtc());
    if (m_period != Period::Custom)
        std::tie(m_from, m_to) = rangeOf(m_period, today);
    const QDate before = previousFrom();
    QHash<QDate, SalesDay> byDay;
    QList<SalesDay> earlier;
    m_rows = 0;
    QSqlQuery query(m_cache.database());
    query.prepare(u"SELECT json FROM sales_days WHERE day >= ? AND day <= ? ORDER BY day"_s);
    query.addBindValue(before.toString(Qt::ISODate));
    query.addBindValue(m_to.toString(Qt::ISODate));
    if (query.exec()) {
        while (query.next()) {
            const QJsonObject object = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
            auto day = fromJson<SalesDay>(JsonField(object));
            if (!day)
                continue; // a row this console cannot read is left out, not shown half
            if (day->day < m_from) {
                earlier.append(*day);
            } else {
                ++m_rows;
                byDay.insert(day->day, *day);
            }
        }
    }
    m_daily.clear();
    for (QDate d = m_from; d <= m_to; d = d.addDays(1)) {
        SalesDay day = byDay.value(d);
        day.day = d;
        m_daily.append(day);
    }
    m_total = addUp(m_daily);
    m_previous = addUp(earlier);
    m_previous.day = before;

    const auto visitorsIn = [this](QDate from, QDate to) -> qint64 {
        QSqlQuery sum(m_cache.database());
        sum.prepare(u"SELECT COALESCE(SUM(visitors), 0) FROM visitor_days WHERE day >= ? AND day <= ?"_s);
        sum.addBindValue(from.toString(Qt::ISODate));
        sum.addBindValue(to.toString(Qt::ISODate));
        return sum.exec() && sum.next() ? sum.value(0).toLongLong() : 0;
    };
    m_visitors = visitorsIn(m_from, m_to);
    m_previousVisitors = visitorsIn(before, previousTo());
    const auto status = SyncStateStore(m_cache).status();
    m_storeName = status ? status->merchantName : QString();
    m_smsPrice = FeatureStore(m_cache).effective(u"notifications"_s).settings.value(u"sms_price_halalas"_s).toInteger(8);
    Q_EMIT changed();
}

qint64 SalesReportModel::attributed(const SalesDay &day)
{
    return day.revenue - sourceRevenue(day, u"none"_s);
}

QString SalesReportModel::sourceLabel(const QString &source, const QString &automation)
{
    if (source == u"coupon")
        return tr("Coupons");
    if (source == u"message")
        return MessageLogModel::automationText(automation);
    if (source == u"collector")
        return tr("Email sign-up form");
    if (source == u"toast")
        return tr("Latest purchase");
    return tr("Not from a tool");
}

QString SalesReportModel::toolLabel(const QString &tool)
{
    if (const FeatureSchema *schema = featureSchema(tool))
        return QCoreApplication::translate("FeatureSchema", schema->title);
    return MessageLogModel::automationText(tool);
}

QString SalesReportModel::verdictText(const LiftEstimate &estimate)
{
    const auto sar = [](double halalas) { return OverviewModel::money(qRound64(std::abs(halalas))); };
    switch (estimate.verdict) {
    case LiftEstimate::Verdict::Raises:
        return tr("Brings in %1 to %2 more per shopper").arg(sar(estimate.low), sar(estimate.high));
    case LiftEstimate::Verdict::Lowers:
        return tr("Shoppers who get it buy %1 to %2 less").arg(sar(estimate.high), sar(estimate.low));
    case LiftEstimate::Verdict::NotYet:
        break;
    }
    return tr("No clear effect yet");
}

QString SalesReportModel::periodText() const
{
    const QLocale locale;
    const bool arabic = locale.language() == QLocale::Arabic;
    const auto one = [&](QDate day) {
        QString text = locale.toString(day, u"d MMMM yyyy"_s);
        if (arabic)
            if (const auto hijri = calendar::UmmAlQura::fromGregorian(day))
                text += u"م ("_s + calendar::UmmAlQura::format(*hijri, u"ar"_s) + u")"_s;
        return text;
    };
    if (m_from == m_to)
        return one(m_from);
    return tr("%1 to %2").arg(one(m_from), one(m_to));
}

QByteArray SalesReportModel::csv() const
{
    const QStringList headers{tr("Date"),
                              tr("Hijri date"),
                              tr("Orders"),
                              tr("Sales (SAR, with VAT)"),
                              tr("VAT (SAR)"),
                              tr("Sales without VAT (SAR)"),
                              tr("Coupon discounts (SAR)"),
                              tr("Coupons (SAR)"),
                              tr("Messages (SAR)"),
                              tr("Email sign-up form (SAR)"),
                              tr("Latest purchase (SAR)"),
                              tr("Not from a tool (SAR)"),
                              tr("Visitors"),
                              tr("Abandoned carts"),
                              tr("Recovered carts"),
                              tr("Recovered sales (SAR)")};
    QStringList lines;
    QStringList head;
    for (const QString &h : headers)
        head << field(h);
    lines << head.join(u',');
    QHash<QDate, qint64> visitors;
    {
        QSqlQuery query(m_cache.database());
        query.prepare(u"SELECT day, visitors FROM visitor_days WHERE day >= ? AND day <= ?"_s);
        query.addBindValue(m_from.toString(Qt::ISODate));
        query.addBindValue(m_to.toString(Qt::ISODate));
        if (query.exec())
            while (query.next())
                visitors.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toLongLong());
    }
    const QString language = QLocale().language() == QLocale::Arabic ? u"ar"_s : u"en"_s;
    for (const SalesDay &day : m_daily) {
        const auto hijri = calendar::UmmAlQura::fromGregorian(day.day);
        lines << QStringList{day.day.toString(Qt::ISODate),
                             field(hijri ? calendar::UmmAlQura::format(*hijri, language) : QString()),
                             QString::number(day.orders),
                             sar(day.revenue),
                             sar(day.vat),
                             sar(day.revenue - day.vat),
                             sar(day.discount),
                             sar(sourceRevenue(day, u"coupon"_s)),
                             sar(sourceRevenue(day, u"message"_s)),
                             sar(sourceRevenue(day, u"collector"_s)),
                             sar(sourceRevenue(day, u"toast"_s)),
                             sar(sourceRevenue(day, u"none"_s)),
                             QString::number(visitors.value(day.day)),
                             QString::number(day.cartsAbandoned),
                             QString::number(day.cartsRecovered),
                             sar(day.recoveredRevenue)}
                     .join(u',');
    }
    // Excel reads a CSV as the machine's code page unless it starts with a BOM.
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

} // namespace nomo
