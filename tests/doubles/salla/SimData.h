#pragma once

#include "SimClock.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QRandomGenerator>
#include <QString>

#include <memory>
#include <optional>

namespace nomo::sim {

// One Salla store and everything the simulator keeps for it. Records are kept in
// the exact JSON shapes Salla uses (built from the fixtures as templates), so what
// the API and the webhooks emit is those shapes by construction.
struct SimStore
{
    qint64 id = 0;
    QString username;
    QString name;
    QString plan = QStringLiteral("pro");
    qint64 ownerId = 0;
    QString ownerName;
    QString ownerEmail;
    QString ownerMobile;

    QMap<qint64, QJsonObject> customers; // customer model
    QMap<qint64, QJsonObject> orders;    // full order model
    QMap<qint64, QJsonObject> carts;     // abandoned cart model
    QMap<qint64, QJsonObject> coupons;   // coupon answer object (SimCoupons)
    QSet<qint64> cartsDecided;           // carts whose shopper has come back, or never will
};

// The store data and the builders of every Salla shape the simulator emits.
class SimData
{
public:
    SimData(quint64 seed, const SimClock &clock);

    static constexpr qint64 kAppId = 1902457731;
    static QJsonObject fixture(const QString &fileName); // parsed tests/data/salla file
    static QByteArray fixtureBytes(const QString &fileName);

    // The fixtures' store (1487302251, noura-perfumes) first, then generated ones.
    SimStore &addStore();
    SimStore *store(qint64 id);
    QList<qint64> storeIds() const;

    // Living-store events: each returns the webhook "data" it caused.
    QJsonObject newCustomer(SimStore &store);
    QJsonObject newAbandonedCart(SimStore &store, const QJsonObject &customer);
    // A shopper applies one of the store's coupons to a cart: coupon.applied data.
    std::optional<QJsonObject> applyCoupon(SimStore &store, const QJsonObject &customer);
    QJsonObject newOrder(SimStore &store, const QJsonObject &customer, const QString &couponCode = {});
    // Moves an order one step on (under_review -> in_progress -> ... -> completed) and
    // returns order.status.updated data, or nothing when it is already final.
    // The order cancelled (or returned: "restored"): order.cancelled / order.refunded data,
    // the full model with its new status.
    std::optional<QJsonObject> endOrder(SimStore &store, qint64 orderId, bool refunded);
    std::optional<QJsonObject> advanceOrder(SimStore &store, qint64 orderId);

    // Envelope of a webhook: store events carry a JavaScript-style date, app.* events
    // "YYYY-MM-DD HH:MM:SS" (REFERENCE.md §1).
    QJsonObject envelope(const QString &event, qint64 storeId, const QJsonObject &data) const;
    QJsonObject appInstalled() const;
    QJsonObject appUninstalled() const;
    QJsonObject appSettingsUpdated() const;
    QJsonObject userInfo(const SimStore &store, const QString &scope, qint64 expiresAt) const;
    // Where the stores' logos are served (the simulator's own /_sim/logo/<id>.svg, as
    // Salla's CDN serves real ones); set once the simulator listens.
    void setAssetsBaseUrl(const QString &url) { m_assetsBaseUrl = url; }
    QString logoUrl(const SimStore &store) const;
    QJsonObject storeInfo(const SimStore &store) const;
    QJsonObject orderListItem(const QJsonObject &order) const;

    // Salla's date and money shapes.
    QJsonObject phpDate(const QDateTime &when) const;
    QString plainDate(const QDateTime &when) const;
    QString javaScriptDate(const QDateTime &when) const;
    static QJsonObject money(qint64 halalas);

    qint64 nextId(); // unique, growing, 10-digit ids
    QRandomGenerator &random() { return m_random; }

private:
    QString m_assetsBaseUrl;
    QJsonObject customerBrief(const QJsonObject &customer, bool withEmail) const;
    QJsonArray cartItems(QList<std::pair<int, int>> lines);
    QList<std::pair<int, int>> pickLines();

    const SimClock &m_clock;
    QRandomGenerator m_random;
    QList<std::shared_ptr<SimStore>> m_stores;
    qint64 m_lastId = 0;
};

} // namespace nomo::sim
