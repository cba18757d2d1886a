#include "messages/MessageContextBuilder.h"

#include "messages/MessageTemplate.h"
#include "messages/OrderStatusWords.h"
#include "repositories/AbandonedCartRepository.h"
#include "repositories/CouponRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/MerchantRepository.h"
#include "repositories/MessageLinkRepository.h"
#include "repositories/OrderRepository.h"
#include "repositories/SubscriberConfirmationRepository.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nomo {

MessageContextBuilder::MessageContextBuilder(QSqlDatabase db, TenantContext tenant, QString publicUrl, const Clock &clock)
    : m_db(std::move(db))
    , m_tenant(tenant)
    , m_publicUrl(std::move(publicUrl))
    , m_clock(clock)
{
}

QString MessageContextBuilder::storeUrl(const QString &domain, const QString &username)
{
    if (domain.startsWith(u"http://"_s) || domain.startsWith(u"https://"_s))
        return domain;
    if (!domain.isEmpty())
        return u"https://"_s + domain;
    return u"https://salla.sa/"_s + username;
}

Result<QString> MessageContextBuilder::tracked(qint64 messageId, const QString &kind, const QString &url) const
{
    auto token = MessageLinkRepository(m_db, m_tenant, m_clock).create(messageId, kind, url);
    if (!token)
        return fail(token.error());
    const QString route = kind == u"click" ? u"/r/"_s : kind == u"open" ? u"/o/"_s : u"/u/"_s;
    return m_publicUrl + route + *token;
}

Result<templates::MessageContext> MessageContextBuilder::build(const Message &message) const
{
    templates::MessageContext context;
    auto merchant = MerchantRepository(m_db, m_clock).find(m_tenant.merchantId());
    if (!merchant)
        return fail(merchant.error());
    if (!*merchant)
        return fail(ErrorCode::NotFound, u"merchant.not_found"_s, u"store %1 is not known"_s.arg(m_tenant.merchantId()));
    context.store.name = (*merchant)->name.isEmpty() ? (*merchant)->username : (*merchant)->name;
    const QString home = storeUrl((*merchant)->domain, (*merchant)->username);

    if (message.customerId) {
        auto customer = CustomerRepository(m_db, m_tenant, m_clock).find(*message.customerId);
        if (!customer)
            return fail(customer.error());
        context.shopper.firstName = customer->firstName;
        context.shopper.name = QString(customer->firstName + u' ' + customer->lastName).trimmed();
        context.shopper.email = customer->email;
        context.shopper.phone = customer->mobile;
    }
    if (message.cartId) {
        auto cart = AbandonedCartRepository(m_db, m_tenant, m_clock).find(*message.cartId);
        if (!cart)
            return fail(cart.error());
        templates::MessageContext::Cart facts;
        for (const QJsonValue &item : std::as_const(cart->items))
            facts.items.append({QString(), std::max<qint64>(1, item.toObject().value(u"quantity"_s).toInteger(1)), std::nullopt});
        if (facts.items.isEmpty())
            facts.items.append({QString(), 1, std::nullopt});
        facts.total = cart->total;
        auto url = tracked(message.id, u"click"_s, cart->checkoutUrl.isEmpty() ? home : cart->checkoutUrl);
        if (!url)
            return fail(url.error());
        facts.url = *url;
        context.cart = facts;
    }
    if (message.orderId && message.automation == u"order_update") {
        auto order = OrderRepository(m_db, m_tenant, m_clock).find(*message.orderId);
        if (!order)
            return fail(order.error());
        context.order = templates::MessageContext::Order{order->referenceId.isEmpty() ? QString::number(order->sallaId) : order->referenceId,
                                                         orderStatusWords(order->status, message.language), order->total,
                                                         order->orderedAt, QString()};
    }
    if (message.couponId) {
        auto coupon = CouponRepository(m_db, m_tenant, m_clock).find(*message.couponId);
        if (!coupon)
            return fail(coupon.error());
        const bool percentage = coupon->terms.type == CouponDraft::Type::Percentage;
        // Percentages are kept in hundredths; a shopper reads whole ones.
        context.coupon = templates::MessageContext::Coupon{coupon->terms.code, percentage,
                                                           percentage ? coupon->terms.amount / 100 : coupon->terms.amount,
                                                           coupon->terms.expiresAt};
    }
    auto store = tracked(message.id, u"click"_s, home);
    auto unsubscribe = tracked(message.id, u"unsubscribe"_s, QString());
    if (!store)
        return fail(store.error());
    if (!unsubscribe)
        return fail(unsubscribe.error());
    context.links.store = *store;
    context.links.unsubscribe = *unsubscribe;
    if (message.automation == QStringView(automations::kConfirmSubscription)) {
        auto token = SubscriberConfirmationRepository(m_db, m_tenant, m_clock).tokenForMessage(message.id);
        if (!token)
            return fail(token.error());
        context.links.confirm = m_publicUrl + u"/c/"_s + *token;
    }
    if (message.channel == u"email") {
        auto pixel = tracked(message.id, u"open"_s, QString());
        if (!pixel)
            return fail(pixel.error());
        context.links.openPixel = *pixel;
    }
    return context;
}

} // namespace nomo
