#include "reports/AttributionRules.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace nomo {

AttributionDecision decideAttribution(qint64 orderedAtMs, const OrderTouches &touches, const AttributionWindows &windows)
{
    AttributionDecision decision;
    if (touches.couponId) {
        decision.source = u"coupon"_s;
        decision.couponId = touches.couponId;
        return decision;
    }

    // The latest qualifying touch of a message; at the same moment a click beats an
    // open, and then the later message (the higher id) wins, so the answer never
    // depends on the order the touches were read in.
    const MessageTouch *best = nullptr;
    qint64 bestAt = 0;
    bool bestClick = false;
    const auto consider = [&](const MessageTouch &touch, qint64 at, bool click) {
        const bool better = !best || at > bestAt || (at == bestAt && click && !bestClick)
            || (at == bestAt && click == bestClick && touch.messageId > best->messageId);
        if (better) {
            best = &touch;
            bestAt = at;
            bestClick = click;
        }
    };
    for (const MessageTouch &touch : touches.messages) {
        if (touch.clickedAtMs && *touch.clickedAtMs <= orderedAtMs && *touch.clickedAtMs >= orderedAtMs - windows.clickMs)
            consider(touch, *touch.clickedAtMs, true);
        if (touch.channel == u"email" && touch.openedAtMs && *touch.openedAtMs <= orderedAtMs
            && *touch.openedAtMs >= orderedAtMs - windows.openMs)
            consider(touch, *touch.openedAtMs, false);
    }
    if (best) {
        decision.source = u"message"_s;
        decision.messageId = best->messageId;
        decision.cartId = best->cartId;
        decision.automation = best->automation;
        decision.channel = best->channel;
        decision.touch = bestClick ? u"click"_s : u"open"_s;
        decision.touchedAtMs = bestAt;
        return decision;
    }

    for (const VisitTouch::Tool tool : {VisitTouch::Tool::Collector, VisitTouch::Tool::Toast}) {
        std::optional<qint64> latest;
        for (const VisitTouch &touch : touches.visit)
            if (touch.tool == tool && touch.atMs <= orderedAtMs && (!latest || touch.atMs > *latest))
                latest = touch.atMs;
        if (latest) {
            decision.source = tool == VisitTouch::Tool::Collector ? u"collector"_s : u"toast"_s;
            decision.touch = tool == VisitTouch::Tool::Collector ? u"submit"_s : u"click"_s;
            decision.touchedAtMs = latest;
            return decision;
        }
    }
    return decision;
}

bool orderCounts(const QString &status, const QString &paymentMethod)
{
    // canceled; restored (returned and refunded); restoring (being returned).
    static const QStringList none{u"canceled"_s, u"cancelled"_s, u"restored"_s, u"restoring"_s, u"refunded"_s};
    if (none.contains(status))
        return false;
    // Cash on delivery is money only once the shopper paid at the door.
    if (paymentMethod == u"cod" || paymentMethod == u"cash_on_delivery")
        return status == u"delivered" || status == u"completed";
    return true;
}

qint64 vatIn(qint64 totalHalalas, std::optional<qint64> salla)
{
    if (salla)
        return *salla;
    // net = total × 100 / 115, rounded half away from zero; VAT is what is left.
    const qint64 magnitude = totalHalalas < 0 ? -totalHalalas : totalHalalas;
    qint64 net = (magnitude * 100 * 2 + 115) / (115 * 2);
    if (totalHalalas < 0)
        net = -net;
    return totalHalalas - net;
}

} // namespace nomo
