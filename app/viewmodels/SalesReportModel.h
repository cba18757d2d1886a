#pragma once

#include "domain/SalesDay.h"
#include "reports/LiftEstimate.h"

#include <QDate>
#include <QList>
#include <QObject>

namespace nomo {

class CacheDatabase;
class Clock;

// The Reports page: a period of Riyadh days read from the cache's sales_days — the
// daemon's rollups of attributions, messages and carts from the change feed — with
// every day present (zeros where nothing sold), the period added up (the same addUp
// the daemon's reports API uses) against the period of the same length before it,
// and the visitors of the period for the conversion rate. Opens offline.
class SalesReportModel : public QObject
{
    Q_OBJECT

public:
    enum class Period { Today, Days7, Days30, Days90, HijriMonth, Ramadan, Custom };

    SalesReportModel(const CacheDatabase &cache, const Clock &clock, QObject *parent = nullptr);

    // The days a period covers on `today` (Riyadh): today; the last 7, 30, 90 days; this
    // Hijri month so far (Umm al-Qura); the latest Ramadan (this one so far, else the
    // last). Custom keeps what setCustom() set.
    static std::pair<QDate, QDate> rangeOf(Period period, QDate today);

    Period period() const { return m_period; }
    void setPeriod(Period period);
    void setCustom(QDate from, QDate to); // refused (nothing changes) when to < from or longer than a year
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    QDate previousFrom() const { return m_from.addDays(-(m_from.daysTo(m_to) + 1)); }
    QDate previousTo() const { return m_from.addDays(-1); }

    const QList<SalesDay> &daily() const { return m_daily; } // oldest first, every day of the period
    const SalesDay &total() const { return m_total; }
    const SalesDay &previous() const { return m_previous; }
    qint64 visitors() const { return m_visitors; }
    qint64 previousVisitors() const { return m_previousVisitors; }
    qint64 smsPriceHalalas() const { return m_smsPrice; }
    bool hasData() const { return m_rows > 0; }
    QString storeName() const { return m_storeName; }

    // Attributed revenue: every source but none.
    static qint64 attributed(const SalesDay &day);
    // Words for the screen: a source of revenue ("coupon", "message"+automation … — an
    // automation in the message log's words); the period as a merchant reads it
    // (Gregorian, and Hijri beside it in Arabic).
    static QString sourceLabel(const QString &source, const QString &automation);
    // A holding tool as the merchant knows it: the automation's name, the card's title.
    static QString toolLabel(const QString &tool);
    // An experiment's verdict in plain words: no clear effect until its interval leaves
    // zero out, then how much more (or less) a shopper buys, as a range in SAR.
    static QString verdictText(const LiftEstimate &estimate);
    QString periodText() const;

    // The period's days as CSV for Excel: UTF-8 with a byte order mark (so Excel shows
    // Arabic), headers in the UI's language, amounts in SAR with a dot, one row a day.
    QByteArray csv() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void changed();

private:
    const CacheDatabase &m_cache;
    const Clock &m_clock;
    Period m_period = Period::Days30;
    QDate m_from, m_to;
    QList<SalesDay> m_daily;
    SalesDay m_total, m_previous;
    qint64 m_visitors = 0, m_previousVisitors = 0;
    qint64 m_smsPrice = 8;
    qint64 m_rows = 0;
    QString m_storeName;
};

} // namespace nomo
