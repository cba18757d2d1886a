#include "core/Time.h"
#include "domain/Broadcast.h"
#include "json/DomainJson.h"
#include "json/WireObject.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nomo {

// A broadcast as the console lists it: its terms, where it stands, and what its
// messages became.
QJsonObject toJson(const Broadcast &b)
{
    const Broadcast::Counts &c = b.counts;
    return {{u"id"_s, b.id},
            {u"name"_s, b.name},
            {u"segment"_s, b.segment},
            {u"segment_days"_s, b.segmentDays},
            {u"channels"_s, QJsonArray::fromStringList(b.channels)},
            {u"language"_s, b.language},
            {u"coupon_id"_s, b.couponId ? QJsonValue(*b.couponId) : QJsonValue()},
            {u"send_at"_s, time::toWire(b.sendAt)},
            {u"occasion"_s, b.occasion},
            {u"status"_s, b.status},
            {u"planned"_s, b.planned},
            {u"counts"_s, QJsonObject{{u"sent"_s, c.sent}, {u"delivered"_s, c.delivered}, {u"opened"_s, c.opened}, {u"clicked"_s, c.clicked},
                                      {u"orders"_s, c.orders}, {u"not_sent"_s, c.notSent}, {u"waiting"_s, c.waiting}}},
            {u"created_at"_s, time::toWire(b.createdAt)}};
}

template<>
QString wireName<Broadcast>()
{
    return u"broadcast"_s;
}

template<>
Result<Broadcast> fromJson<Broadcast>(const JsonField &at)
{
    WireObject o(at);
    Broadcast b;
    b.id = o.integer(u"id");
    b.name = o.string(u"name");
    b.segment = o.oneOf(u"segment", {u"everyone"_s, u"recent_buyers"_s, u"lapsed"_s, u"never_bought"_s});
    b.segmentDays = o.smallInteger(u"segment_days");
    for (const QJsonValue &channel : o.field(u"channels").value().toArray())
        b.channels << channel.toString();
    b.language = o.string(u"language");
    b.couponId = o.nullableInteger(u"coupon_id");
    b.sendAt = o.time(u"send_at");
    b.occasion = o.nullableString(u"occasion");
    b.status = o.oneOf(u"status", {u"scheduled"_s, u"sending"_s, u"sent"_s, u"cancelled"_s});
    b.planned = o.smallInteger(u"planned");
    WireObject counts = o.inner(u"counts");
    b.counts = {counts.smallInteger(u"sent"), counts.smallInteger(u"delivered"), counts.smallInteger(u"opened"),
                counts.smallInteger(u"clicked"), counts.smallInteger(u"orders"), counts.smallInteger(u"not_sent"),
                counts.smallInteger(u"waiting")};
    o.adopt(counts);
    b.createdAt = o.time(u"created_at");
    return o.result(std::move(b));
}

} // namespace nomo
