#include "storefront/RecentPurchases.h"

#include "core/Time.h"
#include "db/Database.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
// A web address the toast may link or show: https, with a host. Anything else (a
// javascript: or data: address in a product's fields) is dropped, not escaped.
QString safeAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == u"https" && !url.host().isEmpty() ? url.toString(QUrl::FullyEncoded) : QString();
}
} // namespace

RecentPurchases::RecentPurchases(QString connectionName, const Clock &clock, qint64 keepMs)
    : m_connection(std::move(connectionName))
    , m_clock(clock)
    , m_keepMs(keepMs)
{
}

Result<QList<RecentPurchases::Purchase>> RecentPurchases::latest(qint64 store, int maxAgeHours, bool showNames)
{
    const QDateTime now = m_clock.nowUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QString key = u"%1:%2:%3"_s.arg(store).arg(maxAgeHours).arg(showNames);
    if (auto kept = m_kept.constFind(key); kept != m_kept.cend() && nowMs >= kept->atMs && nowMs - kept->atMs < m_keepMs)
        return kept->purchases;
    auto rows = db::exec(QSqlDatabase::database(m_connection, false),
                         u"SELECT o.ordered_at, o.city, o.product_name, o.product_image, o.product_url, c.first_name FROM orders o "
                         "LEFT JOIN customers c ON c.merchant_id = o.merchant_id AND c.id = o.customer_id "
                         "WHERE o.merchant_id = :m AND o.ordered_at >= :since AND o.ordered_at <= :now "
                         "AND o.product_name IS NOT NULL AND o.product_name <> '' "
                         "AND o.status NOT IN ('payment_pending', 'canceled', 'refunded', 'restored', 'restoring') "
                         "ORDER BY o.ordered_at DESC, o.id DESC LIMIT :limit"_s,
                         {{u"m"_s, store}, {u"since"_s, nowMs - qint64(maxAgeHours) * 3600 * 1000}, {u"now"_s, nowMs},
                          {u"limit"_s, kMaxPurchases}});
    if (!rows)
        return fail(rows.error());
    QList<Purchase> purchases;
    while (rows->next()) {
        Purchase p;
        p.orderedAt = time::fromStorage(rows->value(0).toLongLong());
        p.city = rows->value(1).toString().left(60);
        p.product = rows->value(2).toString().left(200);
        p.image = safeAddress(rows->value(3).toString());
        p.url = safeAddress(rows->value(4).toString());
        // The first name only, never the family name, and only when allowed.
        if (showNames)
            p.firstName = rows->value(5).toString().trimmed().section(u' ', 0, 0).left(40);
        purchases.append(p);
    }
    if (m_kept.size() > 10000)
        m_kept.clear();
    m_kept.insert(key, Kept{purchases, nowMs});
    return purchases;
}

QJsonArray RecentPurchases::toJson(const QList<Purchase> &purchases, const QDateTime &now)
{
    QJsonArray list;
    for (const Purchase &p : purchases) {
        QJsonObject one{{u"city"_s, p.city},
                        {u"product"_s, p.product},
                        {u"image"_s, p.image},
                        {u"url"_s, p.url},
                        {u"seconds_ago"_s, std::max<qint64>(0, p.orderedAt.secsTo(now))}};
        if (!p.firstName.isEmpty())
            one.insert(u"name"_s, p.firstName);
        list.append(one);
    }
    return list;
}

} // namespace nomo
