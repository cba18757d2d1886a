#include "cache/ChangeApplier.h"

#include "cache/CacheDatabase.h"
#include "cache/CacheValues.h"
#include "cache/FeatureStore.h"
#include "cache/SyncStateStore.h"
#include "core/ConsoleLogging.h"
#include "features/FeatureSchema.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace nomo {

using cache::optionalInteger;
using cache::storedTime;

namespace {

Status run(QSqlQuery &query)
{
    if (!query.exec())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, query.lastError().text());
    return {};
}

} // namespace

ChangeApplier::ChangeApplier(const CacheDatabase &cache)
    : m_cache(cache)
    , m_db(cache.database())
{
}

Result<qint64> ChangeApplier::apply(const ChangePage &page, const StepHook &afterEachChange)
{
    SyncStateStore state(m_db);
    const qint64 current = state.cursor();
    // A page that ends at or before the cursor was applied already (a repeated fetch
    // after a crash between commit and the next request): apply nothing twice.
    if (page.nextSince <= current && !page.changes.isEmpty())
        return current;
    if (!m_db.transaction())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, m_db.lastError().text());
    auto rollback = [this](Error error) -> Result<qint64> {
        m_db.rollback();
        qCWarning(lcCache) << "change page rolled back:" << error.toString();
        return fail(std::move(error));
    };
    qsizetype applied = 0;
    for (const Change &change : page.changes) {
        if (change.seq <= current)
            continue; // already in the cache
        if (auto done = applyOne(change); !done)
            return rollback(done.error());
        ++applied;
        if (afterEachChange) {
            if (auto go = afterEachChange(applied); !go)
                return rollback(go.error());
        }
    }
    const qint64 next = std::max(current, page.nextSince);
    if (auto saved = state.setCursor(next); !saved)
        return rollback(saved.error());
    if (!m_db.commit())
        return rollback(Error{ErrorCode::DatabaseError, u"cache.write"_s, m_db.lastError().text()});
    return next;
}

Status ChangeApplier::applyOne(const Change &change)
{
    const bool remove = change.op == u"delete";
    if (change.entity == u"feature") {
        return remove ? this->remove(u"features"_s, u"key"_s, change.entityId) : upsertFeature(change.payload);
    }
    if (change.entity == u"order")
        return remove ? this->remove(u"orders"_s, u"id"_s, change.entityId.toLongLong()) : upsertOrder(change.payload);
    if (change.entity == u"customer")
        return remove ? this->remove(u"customers"_s, u"id"_s, change.entityId.toLongLong()) : upsertCustomer(change.payload);
    if (change.entity == u"coupon")
        return remove ? this->remove(u"coupons"_s, u"id"_s, change.entityId.toLongLong()) : upsertCoupon(change.payload);
    if (change.entity == u"abandoned_cart" || change.entity == u"cart")
        return remove ? this->remove(u"carts"_s, u"id"_s, change.entityId.toLongLong()) : upsertCart(change.payload);
    // A newer daemon may send entities this console does not know yet: skipping them
    // keeps the feed moving, and they are not shown anywhere anyway.
    qCInfo(lcCache) << "skipping change of unknown entity" << change.entity;
    return {};
}

Status ChangeApplier::upsertFeature(const QJsonObject &p)
{
    // A feature this console does not know yet (a newer daemon) is skipped like an
    // unknown entity: refusing it would stall the feed on this page for good.
    if (!featureSchema(p.value(u"key"_s).toString())) {
        qCInfo(lcCache) << "skipping change of unknown feature" << p.value(u"key"_s).toString();
        return {};
    }
    return FeatureStore(m_cache).saveServerCopy(p);
}

Status ChangeApplier::upsertOrder(const QJsonObject &p)
{
    QSqlQuery &query = prepared(u"INSERT OR REPLACE INTO orders (id, salla_id, reference_id, customer_id, status, total_halalas, "
                  "discount_halalas, coupon_code, payment_method, city, item_count, ordered_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(p.value(u"id"_s).toInteger());
    query.addBindValue(optionalInteger(p.value(u"salla_id"_s)));
    query.addBindValue(p.value(u"reference_id"_s).toVariant().toString());
    query.addBindValue(optionalInteger(p.value(u"customer_id"_s)));
    query.addBindValue(p.value(u"status"_s).toString());
    query.addBindValue(p.value(u"total_halalas"_s).toInteger());
    query.addBindValue(p.value(u"discount_halalas"_s).toInteger());
    query.addBindValue(p.value(u"coupon_code"_s).toString());
    query.addBindValue(p.value(u"payment_method"_s).toString());
    query.addBindValue(p.value(u"city"_s).toString());
    query.addBindValue(p.value(u"item_count"_s).toInt());
    const QVariant orderedAt = storedTime(p.value(u"ordered_at"_s));
    query.addBindValue(orderedAt.isNull() ? storedTime(p.value(u"updated_at"_s)) : orderedAt);
    query.addBindValue(storedTime(p.value(u"updated_at"_s)));
    return run(query);
}

Status ChangeApplier::upsertCustomer(const QJsonObject &p)
{
    // Only what the console shows: names and city. Emails and phones stay on the daemon.
    QSqlQuery &query = prepared(u"INSERT OR REPLACE INTO customers (id, salla_id, first_name, last_name, city, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(p.value(u"id"_s).toInteger());
    query.addBindValue(optionalInteger(p.value(u"salla_id"_s)));
    query.addBindValue(p.value(u"first_name"_s).toString());
    query.addBindValue(p.value(u"last_name"_s).toString());
    query.addBindValue(p.value(u"city"_s).toString());
    query.addBindValue(storedTime(p.value(u"updated_at"_s)));
    return run(query);
}

Status ChangeApplier::upsertCoupon(const QJsonObject &p)
{
    QSqlQuery &query = prepared(u"INSERT OR REPLACE INTO coupons (id, code, type, amount, status, usage_count, sync_state, version, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(p.value(u"id"_s).toInteger());
    query.addBindValue(p.value(u"code"_s).toString());
    query.addBindValue(p.value(u"type"_s).toString());
    query.addBindValue(p.value(u"amount"_s).toInteger());
    query.addBindValue(p.value(u"status"_s).toString());
    query.addBindValue(p.value(u"usage_count"_s).toInteger());
    query.addBindValue(p.value(u"sync_state"_s).toString());
    query.addBindValue(p.value(u"version"_s).toInteger());
    query.addBindValue(storedTime(p.value(u"updated_at"_s)));
    return run(query);
}

Status ChangeApplier::upsertCart(const QJsonObject &p)
{
    QSqlQuery &query = prepared(u"INSERT OR REPLACE INTO carts (id, customer_id, total_halalas, status, abandoned_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(p.value(u"id"_s).toInteger());
    query.addBindValue(optionalInteger(p.value(u"customer_id"_s)));
    const QJsonValue total = p.contains(u"total_halalas"_s) ? p.value(u"total_halalas"_s) : p.value(u"total"_s);
    query.addBindValue(total.toInteger());
    query.addBindValue(p.value(u"status"_s).toString(u"abandoned"_s));
    query.addBindValue(storedTime(p.value(u"abandoned_at"_s)));
    query.addBindValue(storedTime(p.value(u"updated_at"_s)));
    return run(query);
}

QSqlQuery &ChangeApplier::prepared(const QString &sql)
{
    auto &slot = m_statements[sql];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db);
        slot->prepare(sql);
    }
    return *slot;
}

Status ChangeApplier::remove(const QString &table, const QString &keyColumn, const QVariant &key)
{
    QSqlQuery &query = prepared(u"DELETE FROM %1 WHERE %2 = ?"_s.arg(table, keyColumn));
    query.addBindValue(key);
    return run(query);
}

} // namespace nomo
