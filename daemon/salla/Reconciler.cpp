#include "salla/Reconciler.h"

#include "core/Time.h"
#include "db/Database.h"
#include "logging/Logging.h"
#include "repositories/EventRepository.h"
#include "repositories/MerchantRepository.h"
#include "salla/SallaApiClient.h"
#include "security/Digest.h"

#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace nomo {

Reconciler::Reconciler(QString connectionName, SallaApiClient &api, int lookbackDays, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
    , m_api(api)
    , m_lookbackDays(lookbackDays)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &Reconciler::runAll);
}

void Reconciler::start(int intervalSeconds)
{
    m_timer->start(intervalSeconds * 1000);
}

void Reconciler::runAll()
{
    auto merchants = MerchantRepository(QSqlDatabase::database(m_connection, false), m_clock).activeIds();
    if (!merchants) {
        qCWarning(lcSalla).noquote() << "reconcile cannot list stores:" << merchants.error().detail;
        return;
    }
    for (const qint64 merchant : std::as_const(*merchants)) {
        if (m_running.contains(merchant))
            continue; // the previous pass for this store is still going
        m_running.insert(merchant);
        reconcile(merchant, [this, merchant](int) { m_running.remove(merchant); });
    }
}

void Reconciler::reconcile(qint64 merchantId, std::function<void(int)> done)
{
    QUrlQuery recent;
    recent.addQueryItem(u"from_date"_s, time::riyadhDay(m_clock.nowUtc().addDays(-m_lookbackDays)).toString(Qt::ISODate));
    m_api.getAllPages(merchantId, u"/orders"_s, recent, [this, merchantId, done](Result<QJsonArray> orders) {
        if (!orders) {
            qCWarning(lcSalla).noquote() << "reconcile of store" << merchantId << "could not list orders:" << orders.error().detail;
            return done(0);
        }
        QList<QJsonObject> listed;
        for (const QJsonValue &order : *orders)
            listed.append(order.toObject());
        recoverMissing(merchantId, u"order.created"_s, u"orders"_s, listed, [this, merchantId, done](int fromOrders) {
            m_api.getAllPages(merchantId, u"/carts/abandoned"_s, {}, [this, merchantId, done, fromOrders](Result<QJsonArray> carts) {
                if (!carts)
                    return done(fromOrders);
                QList<QJsonObject> listed;
                for (const QJsonValue &cart : *carts)
                    listed.append(cart.toObject());
                recoverMissing(merchantId, u"abandoned.cart"_s, u"abandoned_carts"_s, listed, [this, merchantId, done, fromOrders](int fromCarts) {
                    const int total = fromOrders + fromCarts;
                    if (total > 0) {
                        qCInfo(lcSalla) << "reconcile recovered" << total << "missed events of store" << merchantId;
                        Q_EMIT eventsRecovered(total);
                    }
                    done(total);
                });
            });
        });
    });
}

void Reconciler::recoverMissing(qint64 merchantId, const QString &event, const QString &table, const QList<QJsonObject> &records,
                                std::function<void(int)> done)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // Known: stored already, or waiting as an event for the worker.
    QList<qint64> missing;
    for (const QJsonObject &record : records) {
        const qint64 id = record.value(u"id"_s).toInteger();
        auto known = db::exec(db,
                              u"SELECT 1 FROM %1 WHERE merchant_id = :merchant AND salla_id = :id "
                              "UNION ALL SELECT 1 FROM events WHERE merchant_id = :merchant2 AND delivery_key LIKE :key"_s.arg(table),
                              {{u"merchant"_s, merchantId},
                               {u"merchant2"_s, merchantId},
                               {u"id"_s, id},
                               {u"key"_s, u"%1:%2:%3:%"_s.arg(event).arg(merchantId).arg(id)}});
        if (known && !known->next())
            missing.append(id);
    }
    if (missing.isEmpty())
        return done(0);
    // The list shapes are abridged; the full record comes from the item's own endpoint
    // (carts list already carries the full cart).
    auto store = [this, merchantId, event](const QJsonObject &data) {
        const QJsonObject envelope{{u"event"_s, event},
                                   {u"merchant"_s, merchantId},
                                   {u"created_at"_s, time::toWire(m_clock.nowUtc())},
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
    if (event == u"abandoned.cart") {
        int recovered = 0;
        for (const QJsonObject &record : records) {
            if (missing.contains(record.value(u"id"_s).toInteger()))
                recovered += store(record);
        }
        return done(recovered);
    }
    auto count = std::make_shared<int>(0);
    auto left = std::make_shared<int>(static_cast<int>(missing.size()));
    for (const qint64 id : std::as_const(missing)) {
        m_api.get(merchantId, u"/orders/%1"_s.arg(id), {}, [store, count, left, done](Result<QJsonObject> order) {
            if (order)
                *count += store(order->value(u"data"_s).toObject());
            if (--*left == 0)
                done(*count);
        });
    }
}

} // namespace nomo
