#include "core/Time.h"
#include "domain/Message.h"
#include "json/DomainJson.h"
#include "json/WireObject.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
QJsonValue idOrNull(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}
} // namespace

// The message log's entry: what happened to one message, without its texts (a log
// lists hundreds; the texts are the template's, composed).
QJsonObject toJson(const Message &m)
{
    return {{u"id"_s, m.id},
            {u"automation"_s, m.automation},
            {u"channel"_s, m.channel},
            {u"language"_s, m.language},
            {u"marketing"_s, m.marketing},
            {u"customer_id"_s, idOrNull(m.customerId)},
            {u"cart_id"_s, idOrNull(m.cartId)},
            {u"order_id"_s, idOrNull(m.orderId)},
            {u"coupon_id"_s, idOrNull(m.couponId)},
            {u"recipient"_s, m.recipient},
            {u"step"_s, m.step},
            {u"status"_s, m.status},
            {u"subject"_s, m.subject},
            {u"attempts"_s, m.attempts},
            {u"provider"_s, m.provider},
            {u"reason"_s, m.reason},
            {u"due_at"_s, time::toWireOrNull(m.dueAt)},
            {u"created_at"_s, time::toWire(m.createdAt)},
            {u"sent_at"_s, time::toWireOrNull(m.sentAt)},
            {u"delivered_at"_s, time::toWireOrNull(m.deliveredAt)},
            {u"opened_at"_s, time::toWireOrNull(m.openedAt)},
            {u"clicked_at"_s, time::toWireOrNull(m.clickedAt)}};
}

template<>
QString wireName<Message>()
{
    return u"message"_s;
}

template<>
Result<Message> fromJson<Message>(const JsonField &at)
{
    WireObject o(at);
    Message m;
    m.id = o.integer(u"id");
    m.automation = o.string(u"automation");
    m.channel = o.string(u"channel");
    m.language = o.string(u"language");
    m.marketing = o.boolean(u"marketing");
    m.customerId = o.nullableInteger(u"customer_id");
    m.cartId = o.nullableInteger(u"cart_id");
    m.orderId = o.nullableInteger(u"order_id");
    m.couponId = o.nullableInteger(u"coupon_id");
    m.recipient = o.string(u"recipient");
    m.step = o.smallInteger(u"step");
    m.status = o.string(u"status");
    m.subject = o.nullableString(u"subject");
    m.attempts = o.smallInteger(u"attempts");
    m.provider = o.nullableString(u"provider");
    m.reason = o.nullableString(u"reason");
    m.dueAt = o.nullableTime(u"due_at");
    m.createdAt = o.time(u"created_at");
    m.sentAt = o.nullableTime(u"sent_at");
    m.deliveredAt = o.nullableTime(u"delivered_at");
    m.openedAt = o.nullableTime(u"opened_at");
    m.clickedAt = o.nullableTime(u"clicked_at");
    return o.result(std::move(m));
}

} // namespace nomo
