#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "reports/AttributionRules.h"

#include <QSqlDatabase>

#include <optional>

namespace nomo {

struct Order;

// An order's attribution (docs/attribution.md), kept in the transaction that records
// the order: the first time the order is seen its touches are gathered — our coupon by
// its code, the shopper's messages clicked or opened, their storefront visit found by
// the visitor id the checkout's address and browser give today — and decided once;
// every later state of the order only moves what counts (cancelled, refunded, a
// cash-on-delivery order delivered or refused). Returns whether the row moved.
class OrderAttribution
{
public:
    OrderAttribution(QSqlDatabase db, qint64 merchantId, const Clock &clock);

    // `seen` is the order as the event carried it (for the shopper's address and
    // browser, never stored); the stored order is read by `orderId`.
    Result<bool> follow(qint64 orderId, const Order &seen);

    // The store's windows, from its notifications settings (defaults when unset).
    Result<AttributionWindows> windows() const;
    // follow() takes the windows from `kept` when it holds them, and leaves them there
    // when it reads them: the event worker keeps one per store for a batch, whose
    // transaction no settings change can commit inside (EventProcessor::forgetStores).
    void keepWindowsIn(std::optional<AttributionWindows> *kept) { m_kept = kept; }

private:
    struct Shopper
    {
        std::optional<qint64> customerId;
        QString email, phone; // normalized, from the customer
        QString visitorId;    // the order day's visitor id, when the order carried its address and browser
    };
    Result<Shopper> shopperOf(std::optional<qint64> customerId, qint64 orderedAtMs, const Order &seen) const;
    Result<OrderTouches> touchesOf(qint64 orderId, const Shopper &shopper, qint64 orderedAtMs, const AttributionWindows &windows) const;
    Status addVisit(OrderTouches &touches, qint64 orderedAtMs, const QString &visitorId) const;

    QSqlDatabase m_db;
    qint64 m_merchantId;
    const Clock &m_clock;
    std::optional<AttributionWindows> *m_kept = nullptr;
};

} // namespace nomo
