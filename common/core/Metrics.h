#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <mutex>

namespace nomo {

// Counters and histograms with labels, kept in memory and written out in
// Prometheus's text format (version 0.0.4) by the daemon's GET /metrics. Thread-safe:
// the HTTP thread, the queue worker and the database layer all count here. Names
// follow Prometheus's conventions: nomo_<what>_<unit>, counters end in _total.
class Metrics
{
public:
    static Metrics &instance();

    // Label name -> value, in the same order on every call of a family.
    using Labels = QList<std::pair<QString, QString>>;
    // The first call of a name declares its family (help text, label names, bucket
    // bounds for a histogram); later calls only count.
    void add(const QString &name, const QString &help, const Labels &labels, double amount = 1);
    void observe(const QString &name, const QString &help, const Labels &labels, double value,
                 const QList<double> &buckets = defaultSecondsBuckets());

    // A gauge family read at scrape time (queue depth, memory): `collect` appends
    // (label values, value) pairs. Called on the scraping thread.
    using Collector = std::function<QList<std::pair<QStringList, double>>()>;
    void addGauge(const QString &name, const QString &help, const QStringList &labelNames, Collector collect);

    QByteArray exposition() const;

    static QList<double> defaultSecondsBuckets(); // 1 ms … 10 s

private:
    struct Family
    {
        QString help;
        QString type; // counter | histogram | gauge
        QStringList labelNames;
        QList<double> buckets;
        // label values joined by \x1f -> value (counter) or per-bucket counts + sum + count
        QHash<QString, QList<double>> series;
        Collector collect;
    };
    Family &family(const QString &name, const QString &help, const QString &type);

    mutable std::mutex m_mutex;
    QHash<QString, Family> m_families;
    QStringList m_order;
};

} // namespace nomo
