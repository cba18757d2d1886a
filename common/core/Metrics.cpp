#include "core/Metrics.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
const QChar kJoin = QChar(0x1f);

QString escapeLabel(QString value)
{
    return value.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
}

QString escapeHelp(QString value)
{
    return value.replace(u'\\', u"\\\\"_s).replace(u'\n', u"\\n"_s);
}

QString number(double value)
{
    if (std::isinf(value))
        return value > 0 ? u"+Inf"_s : u"-Inf"_s;
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 12);
}

QString labels(const QStringList &names, const QStringList &values, const QString &extraName = {}, const QString &extraValue = {})
{
    QStringList parts;
    for (qsizetype i = 0; i < names.size(); ++i)
        parts.append(u"%1=\"%2\""_s.arg(names.at(i), escapeLabel(values.value(i))));
    if (!extraName.isEmpty())
        parts.append(u"%1=\"%2\""_s.arg(extraName, extraValue));
    return parts.isEmpty() ? QString() : u'{' + parts.join(u',') + u'}';
}
} // namespace

Metrics &Metrics::instance()
{
    static Metrics metrics;
    return metrics;
}

QList<double> Metrics::defaultSecondsBuckets()
{
    return {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
}

Metrics::Family &Metrics::family(const QString &name, const QString &help, const QString &type)
{
    auto it = m_families.find(name);
    if (it == m_families.end()) {
        it = m_families.insert(name, Family{help, type, {}, {}, {}, {}});
        m_order.append(name);
    }
    if (it->help.isEmpty())
        it->help = help;
    if (it->type.isEmpty())
        it->type = type;
    return *it;
}

namespace {
std::pair<QStringList, QString> split(const Metrics::Labels &labels)
{
    QStringList names, values;
    for (const auto &[name, value] : labels) {
        names.append(name);
        values.append(value);
    }
    return {names, values.join(kJoin)};
}
} // namespace

void Metrics::add(const QString &name, const QString &help, const Labels &labelPairs, double amount)
{
    const auto [names, key] = split(labelPairs);
    const std::lock_guard lock(m_mutex);
    Family &f = family(name, help, u"counter"_s);
    if (f.labelNames.isEmpty())
        f.labelNames = names;
    QList<double> &value = f.series[key];
    if (value.isEmpty())
        value.append(0);
    value[0] += amount;
}

void Metrics::observe(const QString &name, const QString &help, const Labels &labelPairs, double observed,
                      const QList<double> &buckets)
{
    const auto [names, key] = split(labelPairs);
    const std::lock_guard lock(m_mutex);
    Family &f = family(name, help, u"histogram"_s);
    if (f.buckets.isEmpty())
        f.buckets = buckets;
    if (f.labelNames.isEmpty())
        f.labelNames = names;
    QList<double> &counts = f.series[key];
    if (counts.isEmpty())
        counts.fill(0, f.buckets.size() + 2); // buckets…, sum, count
    for (qsizetype i = 0; i < f.buckets.size(); ++i)
        if (observed <= f.buckets.at(i))
            counts[i] += 1;
    counts[f.buckets.size()] += observed;
    counts[f.buckets.size() + 1] += 1;
}

void Metrics::addGauge(const QString &name, const QString &help, const QStringList &labelNames, Collector collect)
{
    const std::lock_guard lock(m_mutex);
    Family &f = family(name, help, u"gauge"_s);
    f.labelNames = labelNames;
    f.collect = std::move(collect);
}

QByteArray Metrics::exposition() const
{
    QList<std::pair<QString, Family>> families;
    {
        const std::lock_guard lock(m_mutex);
        for (const QString &name : m_order)
            families.append({name, m_families.value(name)});
    }
    QString out;
    for (const auto &[name, f] : families) {
        if (f.type.isEmpty())
            continue; // declared, never used
        QList<std::pair<QStringList, double>> gauges;
        if (f.collect)
            gauges = f.collect(); // outside the lock: it may read the database
        out += u"# HELP %1 %2\n# TYPE %1 %3\n"_s.arg(name, escapeHelp(f.help), f.type);
        if (f.type == u"gauge") {
            for (const auto &[values, value] : gauges)
                out += name + labels(f.labelNames, values) + u' ' + number(value) + u'\n';
            continue;
        }
        QStringList keys = f.series.keys();
        keys.sort();
        for (const QString &key : keys) {
            const QStringList values = key.isEmpty() && f.labelNames.isEmpty() ? QStringList() : key.split(kJoin);
            const QList<double> &v = f.series.value(key);
            if (f.type == u"counter") {
                out += name + labels(f.labelNames, values) + u' ' + number(v.value(0)) + u'\n';
                continue;
            }
            for (qsizetype i = 0; i < f.buckets.size(); ++i)
                out += name + u"_bucket"_s + labels(f.labelNames, values, u"le"_s, number(f.buckets.at(i))) + u' ' + number(v.at(i)) + u'\n';
            const double count = v.at(f.buckets.size() + 1);
            out += name + u"_bucket"_s + labels(f.labelNames, values, u"le"_s, u"+Inf"_s) + u' ' + number(count) + u'\n';
            out += name + u"_sum"_s + labels(f.labelNames, values) + u' ' + number(v.at(f.buckets.size())) + u'\n';
            out += name + u"_count"_s + labels(f.labelNames, values) + u' ' + number(count) + u'\n';
        }
    }
    return out.toUtf8();
}

} // namespace nomo
