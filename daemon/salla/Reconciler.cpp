#include "salla/Reconciler.h"

#include "core/Time.h"
#include "db/Database.h"
#include "logging/Logging.h"
#include "money/Money.h"
#include "repositories/EventRepository.h"
#include "repositories/MerchantRepository.h"
#include "repositories/WebhookInbox.h"
#include "salla/SallaApiClient.h"
#include "security/Digest.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nomo {

Reconciler::Reconciler(QString connectionName, SallaApiClient &api, int lookbackDays, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
    , m_api(api)
    , m_lookbackDays(lookbackDays)
    , m_clock(clock)
{
}

namespace {

// How our stored row compares with what Salla lists. The list item is abridged, so
// only what it carries is compared: an order's status slug and total, a cart's total.
bool differs(const QString &table, const QJsonObject &listed, const db::Query &row)
{
    auto total = Money::fromSalla(listed.value(u"total"_s));
    if (total && total->halalas() != row.value(0).toLongLong())
        return true;
    return table == u"orders" && listed.value(u"status"_s)[u"slug"_s].toString() != row.value(1).toString();
}

} // namespace

void Reconciler::reconcile(qint64 merchantId, std::function<void(Result<int>)> done)
{
    QUrlQuery recent;
    recent.addQueryItem(u"from_date"_s, time::riyadhDay(m_clock.nowUtc().addDays(-m_lookbackDays)).toString(Qt::ISODate));
    m_api.getAllPages(merchantId, u"/orders"_s, recent, [this, merchantId, done](Result<QJsonArray> orders) {
        if (!orders) {
            qCWarning(lcSalla).noquote() << "reconcile of store" << merchantId << "could not list orders:" << orders.error().detail;
            return done(fail(orders.error()));
        }
        QList<QJsonObject> listed;
        for (const QJsonValue &order : *orders)
            listed.append(order.toObject());
        recover(merchantId, u"order.created"_s, u"orders"_s, listed, {}, [this, merchantId, done](int fromOrders) {
            const QDateTime listedAt = m_clock.nowUtc(); // the carts list is their full record
            m_api.getAllPages(merchantId, u"/carts/abandoned"_s, {}, [this, merchantId, done, fromOrders, listedAt](Result<QJsonArray> carts) {
                if (!carts) {
                    qCWarning(lcSalla).noquote() << "reconcile of store" << merchantId << "could not list carts:" << carts.error().detail;
                    if (fromOrders > 0)
                        Q_EMIT eventsRecovered(fromOrders);
                    return done(fail(carts.error()));
                }
                QList<QJsonObject> listed;
                for (const QJsonValue &cart : *carts)
                    listed.append(cart.toObject());
                recover(merchantId, u"abandoned.cart"_s, u"abandoned_carts"_s, listed, listedAt, [this, merchantId, done, fromOrders](int fromCarts) {
                    const int total = fromOrders + fromCarts;
                    if (total > 0) {
                        qCInfo(lcSalla) << "reconcile stored" << total << "missed or differing records of store" << merchantId;
                        Q_EMIT eventsRecovered(total);
                    }
                    qCDebug(lcSalla) << "reconcile pass of store" << merchantId << "done";
                    done(total);
                });
            });
        });
    });
}

void Reconciler::recover(qint64 merchantId, const QString &event, const QString &table, const QList<QJsonObject> &records,
                         const QDateTime &listedAt, std::function<void(int)> done)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString columns = table == u"orders" ? u"total_halalas, status"_s : u"total_halalas"_s;
    // An event for the record exists: any at all, or a reconcile one that is still
    // waiting or that failed (it would fail again; the log must not grow every pass).
    auto hasEvent = [&](qint64 id, bool reconcileOnly) {
        const QString key = reconcileOnly ? u"%1:%2:%3:reconcile:%"_s : u"%1:%2:%3:%"_s;
        auto found = db::exec(db,
                              u"SELECT 1 FROM events WHERE merchant_id = :merchant AND delivery_key LIKE :key"_s
                                  + (reconcileOnly ? u" AND status IN ('pending', 'failed')"_s : QString()),
                              {{u"merchant"_s, merchantId}, {u"key"_s, key.arg(event).arg(merchantId).arg(id)}});
        if (!found || found->next())
            return true; // when in doubt, store nothing
        // Or answered and waiting in the SQLite webhook inbox, not in `events` yet.
        if (db::engineOf(db) != DbEngine::Sqlite)
            return false;
        return WebhookInbox::holds(db, merchantId, key.arg(event).arg(merchantId).arg(id)).value_or(true);
    };
    // Wanted: records we neither store nor wait for as an event (a lost webhook), and
    // stored ones that differ from Salla (a lost update, or one stored out of order).
    QList<qint64> wanted;
    for (const QJsonObject &record : records) {
        const qint64 id = record.value(u"id"_s).toInteger();
        bool stored = false;
        bool differing = false;
        {
            auto row = db::exec(db, u"SELECT %1 FROM %2 WHERE merchant_id = :merchant AND salla_id = :id"_s.arg(columns, table),
                                {{u"merchant"_s, merchantId}, {u"id"_s, id}});
            if (!row)
                continue;
            stored = row->next();
            differing = stored && differs(table, record, *row);
        } // each statement handed back before the next
        if (stored ? differing && !hasEvent(id, true) : !hasEvent(id, false))
            wanted.append(id);
    }
    if (wanted.isEmpty())
        return done(0);
    // Stored as an event whose envelope says when Salla was asked: the record holds
    // Salla's state as of then, so it wins over anything older and loses to anything newer.
    auto store = [this, merchantId, event](const QJsonObject &data, const QDateTime &fetchedAt) {
        const QJsonObject envelope{{u"event"_s, event},
                                   {u"merchant"_s, merchantId},
                                   {u"created_at"_s, time::toWire(fetchedAt)},
                                   {u"data"_s, data}};
        const QByteArray body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
        const QString key = u"%1:%2:%3:reconcile:%4"_s.arg(event)
                                .arg(merchantId)
                                .arg(data.value(u"id"_s).toInteger())
                                .arg(QString::fromLatin1(digest::sha256(body).toHex()));
        const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        auto transaction = db::Transaction::begin(db);
        if (!transaction)
            return false;
        auto stored = EventRepository(db, m_clock).store({IncomingEvent{merchantId, key, event, u"reconcile"_s, body}});
        return stored && transaction->commit().has_value() && stored->constFirst();
    };
    // The list shapes are abridged; the full record comes from the item's own endpoint
    // (carts list already carries the full cart).
    if (event == u"abandoned.cart") {
        int recovered = 0;
        for (const QJsonObject &record : records) {
            if (wanted.contains(record.value(u"id"_s).toInteger()))
                recovered += store(record, listedAt);
        }
        return done(recovered);
    }
    auto count = std::make_shared<int>(0);
    auto left = std::make_shared<int>(static_cast<int>(wanted.size()));
    for (const qint64 id : std::as_const(wanted)) {
        const QDateTime fetchedAt = m_clock.nowUtc(); // before asking: the answer is at least this new
        m_api.get(merchantId, u"/orders/%1"_s.arg(id), {}, [store, fetchedAt, count, left, done](Result<QJsonObject> order) {
            if (order)
                *count += store(order->value(u"data"_s).toObject(), fetchedAt);
            if (--*left == 0)
                done(*count);
        });
    }
}

} // namespace nomo
