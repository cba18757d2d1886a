#include "webhooks/EventProcessor.h"

#include "core/Time.h"
#include "db/Database.h"
#include "json/JsonReader.h"
#include "repositories/AbandonedCartRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/MerchantRepository.h"
#include "repositories/OrderRepository.h"
#include "repositories/SallaTokenRepository.h"
#include "salla/SallaPayloads.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

using Outcome = EventProcessor::Outcome;

Outcome processed()
{
    return {u"processed"_s, {}};
}

Outcome ignored(const QString &why)
{
    return {u"ignored"_s, why};
}

// The customer of an order or cart, stored (or found) and linked by our id.
Result<std::optional<qint64>> linkCustomer(const QSqlDatabase &db, TenantContext tenant, const QJsonObject &customer, const Clock &clock)
{
    if (!customer.value(u"id"_s).isDouble() && !customer.value(u"id"_s).isString())
        return std::optional<qint64>();
    auto read = customer.contains(u"first_name"_s) ? salla::readCustomer(customer) : salla::readCartCustomer(customer);
    if (!read)
        return fail(read.error());
    CustomerRepository customers(db, tenant, clock);
    // A short form (from a cart) must not blank the fields a full customer.created gave.
    if (!customer.contains(u"first_name"_s)) {
        auto existing = customers.findBySallaId(read->sallaId);
        if (!existing)
            return fail(existing.error());
        if (*existing)
            return std::optional<qint64>((*existing)->id);
    }
    auto id = customers.upsert(*read);
    if (!id)
        return fail(id.error());
    return std::optional<qint64>(*id);
}

} // namespace

EventProcessor::EventProcessor(QSqlDatabase db, const TokenCipher &cipher, int purgeGraceDays, const Clock &clock)
    : m_db(std::move(db))
    , m_cipher(cipher)
    , m_purgeGraceDays(purgeGraceDays)
    , m_clock(clock)
{
}

Result<Outcome> EventProcessor::process(const StoredEvent &event) const
{
    auto object = parseJsonObject(event.body, JsonLimits{64 * 1024 * 1024, 64});
    if (!object)
        return fail(object.error());
    auto envelope = salla::readEnvelope(*object);
    if (!envelope)
        return fail(envelope.error());
    const TenantContext tenant(envelope->merchantId);
    const QJsonObject &data = envelope->data;
    const QString &type = envelope->event;

    MerchantRepository merchants(m_db, m_clock);
    auto merchant = merchants.find(tenant.merchantId());
    if (!merchant)
        return fail(merchant.error());
    const bool known = merchant->has_value();
    const bool uninstalled = known && (*merchant)->status == Merchant::Status::Uninstalled;

    // App lifecycle first: these create, wake and retire the tenant.
    if (type == u"app.installed" || type == u"app.updated" || type == u"app.store.authorize") {
        Merchant row = known ? **merchant : Merchant{};
        row.id = tenant.merchantId();
        row.status = Merchant::Status::Active;
        if (type == u"app.installed") {
            auto installed = time::parseSallaDate(data.value(u"installation_date"_s));
            row.installedAt = installed ? *installed : m_clock.nowUtc();
        }
        if (auto ok = merchants.upsert(row); !ok)
            return fail(ok.error());
        if (uninstalled) // a reinstall: from uninstalled back to active
            if (auto ok = merchants.setStatus(row.id, Merchant::Status::Active); !ok)
                return fail(ok.error());
        if (type == u"app.store.authorize") {
            auto tokens = salla::readAuthorize(data, m_clock.nowUtc());
            if (!tokens)
                return fail(tokens.error());
            if (auto saved = SallaTokenRepository(m_db, tenant, m_cipher, m_clock).save(*tokens); !saved)
                return fail(saved.error());
        }
        return processed();
    }
    if (type == u"app.uninstalled") {
        if (!known)
            return ignored(u"uninstall of a store we never knew"_s);
        if (auto ok = merchants.markUninstalled(tenant.merchantId(), m_clock.nowUtc().addDays(m_purgeGraceDays)); !ok)
            return fail(ok.error());
        if (auto ok = SallaTokenRepository(m_db, tenant, m_cipher, m_clock).remove(); !ok)
            return fail(ok.error());
        return processed();
    }
    if (uninstalled)
        return ignored(u"the store has uninstalled Nomo Flow"_s);
    if (!known) {
        // A store event before any app event: keep the tenant row, await its tokens.
        Merchant row;
        row.id = tenant.merchantId();
        if (auto ok = merchants.upsert(row); !ok)
            return fail(ok.error());
    }

    if (type == u"customer.created" || type == u"customer.updated") {
        auto customer = salla::readCustomer(data);
        if (!customer)
            return fail(customer.error());
        if (auto id = CustomerRepository(m_db, tenant, m_clock).upsert(*customer); !id)
            return fail(id.error());
        return processed();
    }
    if (type.startsWith(u"order."_s)) {
        // order.status.updated wraps a lighter order in data.order; the rest send the order.
        const QJsonObject order = type == u"order.status.updated" ? data.value(u"order"_s).toObject() : data;
        if (type == u"order.deleted")
            return ignored(u"deleted orders are kept for reports"_s);
        auto read = salla::readOrder(order);
        if (!read)
            return fail(read.error());
        auto customerId = linkCustomer(m_db, tenant, order.value(u"customer"_s).toObject(), m_clock);
        if (!customerId)
            return fail(customerId.error());
        read->customerId = *customerId;
        if (auto id = OrderRepository(m_db, tenant, m_clock).upsert(*read); !id)
            return fail(id.error());
        return processed();
    }
    if (type == u"abandoned.cart") {
        auto cart = salla::readAbandonedCart(data);
        if (!cart)
            return fail(cart.error());
        auto customerId = linkCustomer(m_db, tenant, data.value(u"customer"_s).toObject(), m_clock);
        if (!customerId)
            return fail(customerId.error());
        cart->customerId = *customerId;
        if (auto id = AbandonedCartRepository(m_db, tenant, m_clock).upsert(*cart); !id)
            return fail(id.error());
        return processed();
    }
    if (type == u"abandoned.cart.purchased" || type == u"abandoned.cart.status.changed") {
        AbandonedCartRepository carts(m_db, tenant, m_clock);
        auto id = JsonField(data)[u"id"].toId();
        if (!id)
            return fail(id.error());
        auto existing = carts.findBySallaId(*id);
        if (!existing)
            return fail(existing.error());
        if (!*existing)
            return ignored(u"a cart we never saw abandoned"_s);
        AbandonedCart cart = **existing;
        cart.status = data.value(u"status"_s).toString() == u"purchased" ? u"purchased"_s : cart.status;
        if (auto saved = carts.upsert(cart); !saved)
            return fail(saved.error());
        return processed();
    }
    if (type == u"coupon.applied")
        return ignored(u"coupon use is counted from orders, not from carts"_s);
    return ignored(u"Nomo Flow does not use %1 events"_s.arg(type));
}

} // namespace nomo
