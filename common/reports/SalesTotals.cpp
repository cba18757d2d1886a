#include "reports/SalesTotals.h"

#include "reports/Holdout.h"
#include "reports/LiftEstimate.h"

#include <QMap>

#include <algorithm>
#include <optional>

namespace nomo {

namespace {
template<class T, class Key>
QList<T> sortedByRevenue(const QMap<Key, T> &map)
{
    QList<T> list = map.values(); // key order first, so equal revenue keeps a stable order
    std::stable_sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.revenue > b.revenue; });
    return list;
}
} // namespace

SalesDay addUp(const QList<SalesDay> &days)
{
    SalesDay total;
    if (!days.isEmpty())
        total.day = days.constFirst().day;
    QMap<std::pair<QString, QString>, SalesSource> sources;
    QMap<qint64, CouponSales> coupons;
    QMap<std::pair<QString, QString>, MessageSales> messages;
    QMap<QString, ToolLift> lift;
    for (const SalesDay &day : days) {
        total.orders += day.orders;
        total.revenue += day.revenue;
        total.vat += day.vat;
        total.discount += day.discount;
        total.cartsAbandoned += day.cartsAbandoned;
        total.cartsMessaged += day.cartsMessaged;
        total.cartsRecovered += day.cartsRecovered;
        total.recoveredRevenue += day.recoveredRevenue;
        for (const SalesSource &s : day.sources) {
            SalesSource &into = sources[{s.source, s.automation}];
            into.source = s.source;
            into.automation = s.automation;
            into.orders += s.orders;
            into.revenue += s.revenue;
            into.vat += s.vat;
        }
        for (const CouponSales &c : day.coupons) {
            CouponSales &into = coupons[c.couponId];
            into.couponId = c.couponId;
            if (!c.code.isEmpty())
                into.code = c.code;
            into.uses += c.uses;
            into.discount += c.discount;
            into.revenue += c.revenue;
        }
        for (const MessageSales &m : day.messages) {
            MessageSales &into = messages[{m.automation, m.channel}];
            into.automation = m.automation;
            into.channel = m.channel;
            into.sent += m.sent;
            into.delivered += m.delivered;
            into.opened += m.opened;
            into.clicked += m.clicked;
            into.unsubscribes += m.unsubscribes;
            into.smsParts += m.smsParts;
            into.orders += m.orders;
            into.revenue += m.revenue;
        }
        for (const ToolLift &l : day.lift) {
            ToolLift &into = lift[l.tool];
            into.tool = l.tool;
            into.treated = into.treated + l.treated;
            into.heldBack = into.heldBack + l.heldBack;
        }
    }
    total.sources = sortedByRevenue(sources);
    total.coupons = sortedByRevenue(coupons);
    total.messages = sortedByRevenue(messages);
    for (const QString &tool : holdout::allTools())
        if (lift.contains(tool))
            total.lift.append(lift.value(tool));
    return total;
}

std::optional<double> revenuePerRiyal(qint64 revenueHalalas, qint64 smsParts, qint64 priceHalalas)
{
    const qint64 spent = smsParts * priceHalalas;
    if (spent <= 0)
        return std::nullopt;
    return static_cast<double>(revenueHalalas) / static_cast<double>(spent);
}

} // namespace nomo
