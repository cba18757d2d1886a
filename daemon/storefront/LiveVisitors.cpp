#include "storefront/LiveVisitors.h"

#include "db/Database.h"

#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr int kMaxKept = 50000;
QString keyOf(qint64 store, std::optional<qint64> product)
{
    return QString::number(store) + u':' + (product ? QString::number(*product) : QString());
}
} // namespace

LiveVisitors::LiveVisitors(QString connectionName, const Clock &clock, qint64 keepMs)
    : m_connection(std::move(connectionName))
    , m_clock(clock)
    , m_keepMs(keepMs)
{
}

Result<qint64> LiveVisitors::query(qint64 store, std::optional<qint64> product) const
{
    const qint64 since = m_clock.nowUtc().toMSecsSinceEpoch() - kWindowMs;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (product)
        return db::scalar(db,
                          u"SELECT COUNT(*) FROM visitor_sessions WHERE merchant_id = :m AND current_product = :p "
                          "AND last_seen_at >= :since"_s,
                          {{u"m"_s, store}, {u"p"_s, *product}, {u"since"_s, since}});
    return db::scalar(db, u"SELECT COUNT(*) FROM visitor_sessions WHERE merchant_id = :m AND last_seen_at >= :since"_s,
                      {{u"m"_s, store}, {u"since"_s, since}});
}

Result<LiveVisitors::Count> LiveVisitors::count(qint64 store, std::optional<qint64> product)
{
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    const auto cached = [&](std::optional<qint64> which) -> Result<qint64> {
        const QString key = keyOf(store, which);
        if (auto kept = m_kept.constFind(key); kept != m_kept.cend() && now >= kept->atMs && now - kept->atMs < m_keepMs)
            return kept->value;
        auto value = query(store, which);
        if (!value)
            return fail(value.error());
        if (m_kept.size() >= kMaxKept)
            m_kept.clear();
        m_kept.insert(key, Kept{*value, now});
        return *value;
    };
    Count count;
    auto onStore = cached(std::nullopt);
    if (!onStore)
        return fail(onStore.error());
    count.store = *onStore;
    if (product) {
        auto onProduct = cached(product);
        if (!onProduct)
            return fail(onProduct.error());
        count.product = *onProduct;
    }
    return count;
}

} // namespace nomo
