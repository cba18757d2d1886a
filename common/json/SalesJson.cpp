#include "json/SalesJson.h"

#include "domain/SalesDay.h"
#include "json/WireObject.h"
#include "reports/Holdout.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
template<class T>
QJsonArray arrayOf(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return array;
}
} // namespace

QJsonObject toJson(const SalesSource &s)
{
    return {{u"source"_s, s.source}, {u"automation"_s, s.automation}, {u"orders"_s, s.orders},
            {u"revenue_halalas"_s, s.revenue}, {u"vat_halalas"_s, s.vat}};
}

template<>
QString wireName<SalesSource>()
{
    return u"sales_source"_s;
}

template<>
Result<SalesSource> fromJson<SalesSource>(const JsonField &at)
{
    WireObject o(at);
    SalesSource s;
    s.source = o.oneOf(u"source", {u"coupon"_s, u"message"_s, u"collector"_s, u"toast"_s, u"none"_s});
    s.automation = o.string(u"automation");
    s.orders = o.integer(u"orders");
    s.revenue = o.integer(u"revenue_halalas");
    s.vat = o.integer(u"vat_halalas");
    return o.result(std::move(s));
}

QJsonObject toJson(const CouponSales &c)
{
    return {{u"coupon_id"_s, c.couponId}, {u"code"_s, c.code}, {u"uses"_s, c.uses},
            {u"discount_halalas"_s, c.discount}, {u"revenue_halalas"_s, c.revenue}};
}

template<>
QString wireName<CouponSales>()
{
    return u"coupon_sales"_s;
}

template<>
Result<CouponSales> fromJson<CouponSales>(const JsonField &at)
{
    WireObject o(at);
    CouponSales c;
    c.couponId = o.integer(u"coupon_id");
    c.code = o.string(u"code");
    c.uses = o.integer(u"uses");
    c.discount = o.integer(u"discount_halalas");
    c.revenue = o.integer(u"revenue_halalas");
    return o.result(std::move(c));
}

QJsonObject toJson(const MessageSales &m)
{
    return {{u"automation"_s, m.automation}, {u"channel"_s, m.channel},     {u"sent"_s, m.sent},
            {u"delivered"_s, m.delivered},   {u"opened"_s, m.opened},       {u"clicked"_s, m.clicked},
            {u"unsubscribes"_s, m.unsubscribes}, {u"sms_parts"_s, m.smsParts}, {u"orders"_s, m.orders},
            {u"revenue_halalas"_s, m.revenue}};
}

template<>
QString wireName<MessageSales>()
{
    return u"message_sales"_s;
}

template<>
Result<MessageSales> fromJson<MessageSales>(const JsonField &at)
{
    WireObject o(at);
    MessageSales m;
    m.automation = o.string(u"automation");
    m.channel = o.oneOf(u"channel", {u"email"_s, u"sms"_s, u"whatsapp"_s, u"push"_s});
    m.sent = o.integer(u"sent");
    m.delivered = o.integer(u"delivered");
    m.opened = o.integer(u"opened");
    m.clicked = o.integer(u"clicked");
    m.unsubscribes = o.integer(u"unsubscribes");
    m.smsParts = o.integer(u"sms_parts");
    m.orders = o.integer(u"orders");
    m.revenue = o.integer(u"revenue_halalas");
    return o.result(std::move(m));
}

QJsonObject toJson(const LiftGroup &g)
{
    return {{u"shoppers"_s, g.shoppers}, {u"revenue_halalas"_s, g.revenue}, {u"revenue_squares"_s, g.revenueSquares}};
}

template<>
QString wireName<LiftGroup>()
{
    return u"lift_group"_s;
}

template<>
Result<LiftGroup> fromJson<LiftGroup>(const JsonField &at)
{
    WireObject o(at);
    LiftGroup g;
    g.shoppers = o.integer(u"shoppers");
    g.revenue = o.integer(u"revenue_halalas");
    g.revenueSquares = o.integer(u"revenue_squares");
    return o.result(std::move(g));
}

QJsonObject toJson(const ToolLift &l)
{
    return {{u"tool"_s, l.tool}, {u"treated"_s, toJson(l.treated)}, {u"held_back"_s, toJson(l.heldBack)}};
}

template<>
QString wireName<ToolLift>()
{
    return u"tool_lift"_s;
}

template<>
Result<ToolLift> fromJson<ToolLift>(const JsonField &at)
{
    WireObject o(at);
    ToolLift l;
    l.tool = o.oneOf(u"tool", holdout::allTools());
    l.treated = o.nested<LiftGroup>(u"treated");
    l.heldBack = o.nested<LiftGroup>(u"held_back");
    return o.result(std::move(l));
}

QJsonObject toJson(const SalesDay &d)
{
    return {{u"day"_s, d.day.toString(Qt::ISODate)},
            {u"orders"_s, d.orders},
            {u"revenue_halalas"_s, d.revenue},
            {u"vat_halalas"_s, d.vat},
            {u"discount_halalas"_s, d.discount},
            {u"sources"_s, arrayOf(d.sources)},
            {u"coupons"_s, arrayOf(d.coupons)},
            {u"messages"_s, arrayOf(d.messages)},
            {u"carts"_s, QJsonObject{{u"abandoned"_s, d.cartsAbandoned},
                                     {u"messaged"_s, d.cartsMessaged},
                                     {u"recovered"_s, d.cartsRecovered},
                                     {u"recovered_revenue_halalas"_s, d.recoveredRevenue}}},
            {u"lift"_s, arrayOf(d.lift)}};
}

template<>
QString wireName<SalesDay>()
{
    return u"sales_day"_s;
}

template<>
Result<SalesDay> fromJson<SalesDay>(const JsonField &at)
{
    WireObject o(at);
    SalesDay d;
    d.day = QDate::fromString(o.string(u"day"), Qt::ISODate);
    if (!d.day.isValid())
        o.refuse(u"day", u"a date, YYYY-MM-DD"_s);
    d.orders = o.integer(u"orders");
    d.revenue = o.integer(u"revenue_halalas");
    d.vat = o.integer(u"vat_halalas");
    d.discount = o.integer(u"discount_halalas");
    d.sources = o.list<SalesSource>(u"sources");
    d.coupons = o.list<CouponSales>(u"coupons");
    d.messages = o.list<MessageSales>(u"messages");
    WireObject carts = o.inner(u"carts");
    d.cartsAbandoned = carts.integer(u"abandoned");
    d.cartsMessaged = carts.integer(u"messaged");
    d.cartsRecovered = carts.integer(u"recovered");
    d.recoveredRevenue = carts.integer(u"recovered_revenue_halalas");
    o.adopt(carts);
    // Days sent before the experiments existed have none.
    if (!o.field(u"lift").isMissing())
        d.lift = o.list<ToolLift>(u"lift");
    return o.result(std::move(d));
}

} // namespace nomo
