#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace nomo {

// The store's attribution windows (notifications settings): how long after a click,
// and after an email was opened, an order still counts for the message.
struct AttributionWindows
{
    qint64 clickMs = 5LL * 24 * 3600 * 1000;
    qint64 openMs = 24LL * 3600 * 1000;
};

// A message the shopper clicked or opened (at most one time each: the first).
struct MessageTouch
{
    qint64 messageId = 0;
    QString automation;
    QString channel;
    std::optional<qint64> cartId; // a cart reminder's cart
    std::optional<qint64> clickedAtMs;
    std::optional<qint64> openedAtMs;
};

// What the shopper did with a storefront tool in the visit that ended in the order.
struct VisitTouch
{
    enum class Tool { Collector, Toast };
    Tool tool = Tool::Collector;
    qint64 atMs = 0;
};

// Everything that might have earned an order, gathered before it is decided.
struct OrderTouches
{
    std::optional<qint64> couponId; // ours, by the order's code
    QList<MessageTouch> messages;
    QList<VisitTouch> visit;
};

// What earned the order, decided once.
struct AttributionDecision
{
    QString source = QStringLiteral("none"); // coupon, message, collector, toast, none
    std::optional<qint64> couponId;
    std::optional<qint64> messageId;
    std::optional<qint64> cartId;
    QString automation;
    QString channel;
    QString touch; // click, open (a message); submit (collector); click (toast)
    std::optional<qint64> touchedAtMs;
};

// The rules, in order (docs/attribution.md): the coupon whose code the order used;
// else the latest message touch before the order — a click within the click window,
// or an email opened within the open window (a click wins a tie); else the email
// collector if the shopper signed up in the visit; else the purchase toast if they
// clicked it in the visit; else none. Both window edges count, to the millisecond; a
// touch after the order never does.
AttributionDecision decideAttribution(qint64 orderedAtMs, const OrderTouches &touches, const AttributionWindows &windows);

// Whether an order's money counts now: not cancelled, returned or refunded, and a
// cash-on-delivery order only once it was delivered (a refused one never).
bool orderCounts(const QString &status, const QString &paymentMethod);

// The VAT in a total: Salla's own figure when the order carried one, else the 15%
// inside the total (total − total/1.15, rounded half away from zero to the halala).
qint64 vatIn(qint64 totalHalalas, std::optional<qint64> salla);

} // namespace nomo
