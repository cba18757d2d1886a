#include "cache/ChangeApplier.h"

#include "json/DomainJson.h"
#include "json/SalesJson.h"

#include <QJsonDocument>

#include "cache/CacheDatabase.h"
#include "cache/CacheValues.h"
#include "cache/CouponStore.h"
#include "cache/TemplateStore.h"
#include "cache/FeatureStore.h"
#include "cache/SyncStateStore.h"
#include "core/ConsoleLogging.h"
#include "json/DomainJson.h"

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
    // Read first, write after: no payload is decoded in the middle of the transaction.
    QList<DecodedChange> writes;
    writes.reserve(page.changes.size());
    for (const Change &change : page.changes) {
        if (change.seq <= current)
            continue; // already in the cache
        DecodedChange decoded = decodeChange(change);
        if (!std::holds_alternative<std::monostate>(decoded))
            writes.append(std::move(decoded));
    }
    if (!m_db.transaction())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, m_db.lastError().text());
    auto rollback = [this](Error error) -> Result<qint64> {
        m_db.rollback();
        qCWarning(lcCache) << "change page rolled back:" << error.toString();
        return fail(std::move(error));
    };
    qsizetype applied = 0;
    for (const DecodedChange &change : std::as_const(writes)) {
        if (auto done = write(change); !done)
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

Status ChangeApplier::write(const DecodedChange &change)
{
    return std::visit(
        [this](const auto &value) -> Status {
            if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::monostate>)
                return {};
            else if constexpr (std::is_same_v<std::decay_t<decltype(value)>, CacheRemoval>)
                return remove(value);
            else
                return upsert(value);
        },
        change);
}

Status ChangeApplier::upsert(const MessageTemplate &tmpl)
{
    return TemplateStore(m_cache).save(tmpl);
}

Status ChangeApplier::upsert(const FeatureState &feature)
{
    return FeatureStore(m_cache).saveServerCopy(feature);
}

Status ChangeApplier::upsert(const Order &order)
{
    QSqlQuery &query = prepared(u"INSERT OR REPLACE INTO orders (id, salla_id, reference_id, customer_id, status, total_halalas, "
                  "discount_halalas, coupon_code, payment_method, city, item_count, ordered_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(order.id);
    query.addBindValue(order.sallaId);
    query.addBindValue(order.referenceId);
    query.addBindValue(optionalInteger(order.customerId));
    query.addBindValue(order.status);
    query.addBindValue(order.total.halalas());
    query.addBindValue(order.discount.halalas());
    query.addBindValue(order.couponCode);
    query.addBindValue(order.paymentMethod);
    query.addBindValue(order.city);
    query.addBindValue(order.itemCount);
    query.addBindValue(storedTime(order.orderedAt));
    query.addBindValue(storedTime(order.updatedAt));
    return run(query);
}

Status ChangeApplier::upsert(const Customer &customer)
{
    // Only what the console shows: names and city. Emails and phones stay on the daemon.
    QSqlQuery &query = prepared(u"INSERT OR REPLACE INTO customers (id, salla_id, first_name, last_name, city, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(customer.id);
    query.addBindValue(customer.sallaId);
    query.addBindValue(customer.firstName);
    query.addBindValue(customer.lastName);
    query.addBindValue(customer.city);
    query.addBindValue(storedTime(customer.updatedAt));
    return run(query);
}

Status ChangeApplier::upsert(const Coupon &coupon)
{
    // One writer of coupon rows (the outbox answers use it too); a store has few.
    return CouponStore(m_cache).save(coupon);
}

Status ChangeApplier::upsert(const AbandonedCart &cart)
{
    QSqlQuery &query = prepared(u"INSERT OR REPLACE INTO carts (id, customer_id, total_halalas, status, abandoned_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(cart.id);
    query.addBindValue(optionalInteger(cart.customerId));
    query.addBindValue(cart.total.halalas());
    query.addBindValue(cart.status);
    query.addBindValue(storedTime(cart.abandonedAt));
    query.addBindValue(storedTime(cart.updatedAt)); // not on the feed's cart: NULL, as before
    return run(query);
}

Status ChangeApplier::upsert(const EmailSubscriber &subscriber)
{
    QSqlQuery &query = prepared(u"INSERT OR REPLACE INTO subscribers (id, email, name, source, language, consent_at, unsubscribed_at, "
                                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(subscriber.id);
    query.addBindValue(subscriber.email);
    query.addBindValue(subscriber.name);
    query.addBindValue(subscriber.source);
    query.addBindValue(subscriber.language);
    query.addBindValue(storedTime(subscriber.consentAt));
    query.addBindValue(storedTime(subscriber.unsubscribedAt));
    query.addBindValue(storedTime(subscriber.createdAt));
    return run(query);
}

Status ChangeApplier::upsert(const VisitorDay &day)
{
    QSqlQuery &query = prepared(u"INSERT OR REPLACE INTO visitor_days (day, visitors, sessions, page_views, json) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(day.day.toString(Qt::ISODate));
    query.addBindValue(day.visitors);
    query.addBindValue(day.sessions);
    query.addBindValue(day.pageViews);
    query.addBindValue(QString::fromUtf8(QJsonDocument(toJson(day)).toJson(QJsonDocument::Compact)));
    return run(query);
}

Status ChangeApplier::upsert(const SalesDay &day)
{
    QSqlQuery &query = prepared(u"INSERT OR REPLACE INTO sales_days (day, orders, revenue, json) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(day.day.toString(Qt::ISODate));
    query.addBindValue(day.orders);
    query.addBindValue(day.revenue);
    query.addBindValue(QString::fromUtf8(QJsonDocument(toJson(day)).toJson(QJsonDocument::Compact)));
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

Status ChangeApplier::remove(const CacheRemoval &removal)
{
    QSqlQuery &query = prepared(u"DELETE FROM %1 WHERE %2 = ?"_s.arg(removal.table, removal.keyColumn));
    query.addBindValue(removal.key);
    return run(query);
}

} // namespace nomo
