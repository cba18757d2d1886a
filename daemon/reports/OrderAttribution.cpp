#include "reports/OrderAttribution.h"

#include "core/Time.h"
#include "db/Database.h"
#include "domain/Order.h"
#include "features/FeatureSchema.h"
#include "http/ClientAddress.h"
#include "repositories/ConsentRepository.h"
#include "repositories/FeatureRepository.h"
#include "reports/HoldoutUnits.h"
#include "storefront/BeaconWriter.h"
#include "storefront/VisitorIds.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
QVariant nullable(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

std::optional<qint64> optionalOf(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}
} // namespace

OrderAttribution::OrderAttribution(QSqlDatabase db, qint64 merchantId, const Clock &clock)
    : m_db(std::move(db))
    , m_merchantId(merchantId)
    , m_clock(clock)
{
}

Result<AttributionWindows> OrderAttribution::windows() const
{
    auto feature = FeatureRepository(m_db, TenantContext(m_merchantId), m_clock).get(u"notifications"_s);
    if (!feature)
        return fail(feature.error());
    const QJsonObject settings = featureSchema(u"notifications"_s)->withDefaults(feature->settings);
    AttributionWindows windows;
    windows.clickMs = settings.value(u"attribution_click_days"_s).toInteger(5) * 24 * 3600 * 1000;
    windows.openMs = settings.value(u"attribution_open_hours"_s).toInteger(24) * 3600 * 1000;
    return windows;
}

Result<bool> OrderAttribution::follow(qint64 orderId, const Order &seen)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    const QVariantMap key{{u"m"_s, m_merchantId}, {u"o"_s, orderId}};
    auto order = db::exec(m_db,
                          u"SELECT status, COALESCE(payment_method, ''), total_halalas, tax_halalas, ordered_at, customer_id "
                          "FROM orders WHERE merchant_id = :m AND id = :o"_s,
                          key);
    if (!order)
        return fail(order.error());
    if (!order->next())
        return fail(ErrorCode::NotFound, u"order.not_found"_s, u"order %1 does not exist"_s.arg(orderId));
    const QString status = order->value(0).toString();
    const qint64 total = order->value(2).toLongLong();
    const qint64 counted = orderCounts(status, order->value(1).toString()) ? total : 0;
    const qint64 vat = counted == 0 ? 0 : vatIn(total, optionalOf(order->value(3)));
    const qint64 orderedAt = order->value(4).toLongLong();
    const std::optional<qint64> customer = optionalOf(order->value(5));
    const qint64 now = time::toStorage(m_clock.nowUtc());

    auto stored = db::exec(m_db,
                           u"SELECT status, total_halalas, counted_halalas, vat_halalas, ordered_at FROM attributions "
                           "WHERE merchant_id = :m AND order_id = :o"_s,
                           key);
    if (!stored)
        return fail(stored.error());
    const QString day = time::riyadhDay(time::fromStorage(orderedAt)).toString(Qt::ISODate);
    if (stored->next()) {
        // Decided already: only what counts follows the order.
        if (stored->value(0).toString() == status && stored->value(1).toLongLong() == total && stored->value(2).toLongLong() == counted
            && stored->value(3).toLongLong() == vat && stored->value(4).toLongLong() == orderedAt)
            return false;
        auto shopper = shopperOf(customer, orderedAt, Order{});
        if (!shopper)
            return fail(shopper.error());
        // The experiments the order is an outcome of move with it.
        if (auto touched = HoldoutUnits(m_db, m_merchantId, m_clock).touch(customer, shopper->email, orderedAt); !touched)
            return fail(touched.error());
        auto moved = db::exec(m_db,
                              u"UPDATE attributions SET status = :status, total_halalas = :total, counted_halalas = :counted, "
                              "vat_halalas = :vat, ordered_at = :at, day = :day, updated_at = :now WHERE merchant_id = :m AND order_id = :o"_s,
                              {{u"m"_s, m_merchantId}, {u"o"_s, orderId}, {u"status"_s, status}, {u"total"_s, total},
                               {u"counted"_s, counted}, {u"vat"_s, vat}, {u"at"_s, orderedAt}, {u"day"_s, day}, {u"now"_s, now}});
        if (!moved)
            return fail(moved.error());
        if (auto done = transaction->commit(); !done)
            return fail(done.error());
        return true;
    }

    Result<AttributionWindows> windowsNow = m_kept && *m_kept ? Result<AttributionWindows>(**m_kept) : windows();
    if (!windowsNow)
        return fail(windowsNow.error());
    if (m_kept)
        *m_kept = *windowsNow;
    auto shopper = shopperOf(customer, orderedAt, seen);
    if (!shopper)
        return fail(shopper.error());
    auto touches = touchesOf(orderId, *shopper, orderedAt, *windowsNow);
    if (!touches)
        return fail(touches.error());
    if (auto touched = HoldoutUnits(m_db, m_merchantId, m_clock).touch(customer, shopper->email, orderedAt); !touched)
        return fail(touched.error());
    const AttributionDecision decision = decideAttribution(orderedAt, *touches, *windowsNow);
    auto written = db::exec(
        m_db,
        u"INSERT INTO attributions (merchant_id, order_id, source, coupon_id, message_id, automation, channel, touch, touched_at, "
        "cart_id, day, ordered_at, total_halalas, counted_halalas, vat_halalas, status, attributed_at, updated_at, visitor_id) VALUES "
        "(:m, :o, :source, :coupon, :message, :automation, :channel, :touch, :touched, :cart, :day, :at, :total, :counted, :vat, "
        ":status, :now, :now2, :visitor)"_s,
        {{u"m"_s, m_merchantId},
         {u"o"_s, orderId},
         {u"source"_s, decision.source},
         {u"coupon"_s, nullable(decision.couponId)},
         {u"message"_s, nullable(decision.messageId)},
         {u"automation"_s, nullableText(decision.automation)},
         {u"channel"_s, nullableText(decision.channel)},
         {u"touch"_s, nullableText(decision.touch)},
         {u"touched"_s, nullable(decision.touchedAtMs)},
         {u"cart"_s, nullable(decision.cartId)},
         {u"day"_s, day},
         {u"at"_s, orderedAt},
         {u"total"_s, total},
         {u"counted"_s, counted},
         {u"vat"_s, vat},
         {u"status"_s, status},
         {u"now"_s, now},
         {u"now2"_s, now},
         {u"visitor"_s, nullableText(shopper->visitorId)}});
    if (!written)
        return fail(written.error());
    if (auto done = transaction->commit(); !done)
        return fail(done.error());
    return true;
}

Result<OrderAttribution::Shopper> OrderAttribution::shopperOf(std::optional<qint64> customerId, qint64 orderedAtMs,
                                                              const Order &seen) const
{
    Shopper shopper;
    shopper.customerId = customerId;
    if (customerId) {
        auto who = db::exec(m_db, u"SELECT COALESCE(email, ''), COALESCE(mobile, '') FROM customers WHERE merchant_id = :m AND id = :c"_s,
                            {{u"m"_s, m_merchantId}, {u"c"_s, *customerId}});
        if (!who)
            return fail(who.error());
        if (who->next()) {
            shopper.email = ConsentRepository::normalize(u"email"_s, who->value(0).toString());
            shopper.phone = ConsentRepository::normalize(u"sms"_s, who->value(1).toString());
        }
    }
    if (seen.shopperAddress.isEmpty() || seen.shopperAgent.isEmpty())
        return shopper;
    const QHostAddress address(seen.shopperAddress);
    if (address.isNull())
        return shopper;
    // Only the order's own day's salt can give the visitor's id; once it is gone (the
    // next Riyadh day), no one can, and the visit stays unknown.
    const QString day = time::riyadhDay(time::fromStorage(orderedAtMs)).toString(Qt::ISODate);
    auto salt = db::exec(m_db, u"SELECT salt FROM visitor_salts WHERE day = :day"_s, {{u"day"_s, day}});
    if (!salt)
        return fail(salt.error());
    if (salt->next())
        shopper.visitorId = VisitorIds::compute(QByteArray::fromHex(salt->value(0).toString().toLatin1()), m_merchantId,
                                                http::clientKeyText(address).toUtf8(), seen.shopperAgent.toUtf8());
    return shopper;
}

Result<OrderTouches> OrderAttribution::touchesOf(qint64 orderId, const Shopper &shopper, qint64 orderedAtMs,
                                                 const AttributionWindows &windows) const
{
    OrderTouches touches;
    // The coupon: coupon_uses holds ours by the order's code (recorded just before).
    auto coupon = db::exec(m_db, u"SELECT coupon_id FROM coupon_uses WHERE merchant_id = :m AND order_id = :o"_s,
                           {{u"m"_s, m_merchantId}, {u"o"_s, orderId}});
    if (!coupon)
        return fail(coupon.error());
    if (coupon->next())
        touches.couponId = coupon->value(0).toLongLong();

    // The shopper's messages: by customer, or by the address a message went to (a
    // broadcast to a subscriber who became a customer later).
    const std::optional<qint64> customerId = shopper.customerId;
    const QString &email = shopper.email;
    const QString &phone = shopper.phone;
    if (customerId || !email.isEmpty() || !phone.isEmpty()) {
        auto messages = db::exec(
            m_db,
            u"SELECT id, automation, channel, cart_id, clicked_at, opened_at FROM messages WHERE merchant_id = :m "
            "AND (customer_id = :c OR recipient = :email OR recipient = :phone) "
            "AND ((clicked_at >= :cfrom AND clicked_at <= :cto) OR (channel = 'email' AND opened_at >= :ofrom AND opened_at <= :oto))"_s,
            {{u"m"_s, m_merchantId},
             {u"c"_s, nullable(customerId)},
             {u"email"_s, email.isEmpty() ? u"-"_s : email},
             {u"phone"_s, phone.isEmpty() ? u"-"_s : phone},
             {u"cfrom"_s, orderedAtMs - windows.clickMs},
             {u"cto"_s, orderedAtMs},
             {u"ofrom"_s, orderedAtMs - windows.openMs},
             {u"oto"_s, orderedAtMs}});
        if (!messages)
            return fail(messages.error());
        while (messages->next()) {
            MessageTouch touch;
            touch.messageId = messages->value(0).toLongLong();
            touch.automation = messages->value(1).toString();
            touch.channel = messages->value(2).toString();
            touch.cartId = optionalOf(messages->value(3));
            touch.clickedAtMs = optionalOf(messages->value(4));
            touch.openedAtMs = optionalOf(messages->value(5));
            touches.messages.append(touch);
        }
    }
    if (auto visited = addVisit(touches, orderedAtMs, shopper.visitorId); !visited)
        return fail(visited.error());
    // Every touch the collector made, by the address too: a sign-up with the email the
    // order came with, in the half hour before it (the visit may not have been found).
    if (!email.isEmpty()) {
        auto signedUp = db::exec(m_db,
                                 u"SELECT created_at FROM subscribers WHERE merchant_id = :m AND email = :email "
                                 "AND source = 'storefront_form' AND created_at >= :from AND created_at <= :to"_s,
                                 {{u"m"_s, m_merchantId}, {u"email"_s, email}, {u"from"_s, orderedAtMs - BeaconWriter::kSessionIdleMs},
                                  {u"to"_s, orderedAtMs}});
        if (!signedUp)
            return fail(signedUp.error());
        while (signedUp->next())
            touches.visit.append(VisitTouch{VisitTouch::Tool::Collector, signedUp->value(0).toLongLong()});
    }
    return touches;
}

Status OrderAttribution::addVisit(OrderTouches &touches, qint64 orderedAtMs, const QString &visitor) const
{
    if (visitor.isEmpty())
        return {};
    // The visit the order ended: begun before it and seen within the half hour before.
    auto events = db::exec(m_db,
                           u"SELECT p.name, p.viewed_at FROM visitor_sessions s JOIN page_views p ON p.merchant_id = s.merchant_id "
                           "AND p.session_id = s.id WHERE s.merchant_id = :m AND s.visitor_id = :v AND s.started_at <= :at "
                           "AND s.last_seen_at >= :since AND p.kind = 'event' AND p.name IN ('collector_submit', 'toast_click') "
                           "AND p.viewed_at <= :at2"_s,
                           {{u"m"_s, m_merchantId}, {u"v"_s, visitor}, {u"at"_s, orderedAtMs},
                            {u"since"_s, orderedAtMs - BeaconWriter::kSessionIdleMs}, {u"at2"_s, orderedAtMs}});
    if (!events)
        return fail(events.error());
    while (events->next())
        touches.visit.append(VisitTouch{events->value(0).toString() == u"collector_submit" ? VisitTouch::Tool::Collector
                                                                                           : VisitTouch::Tool::Toast,
                                        events->value(1).toLongLong()});
    return {};
}

} // namespace nomo
