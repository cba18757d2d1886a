#include "webhooks/EventProcessor.h"

#include "core/Time.h"
#include "db/Database.h"
#include "json/JsonReader.h"
#include "repositories/AbandonedCartRepository.h"
#include "repositories/ConsoleDeviceRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/MerchantRepository.h"
#include "repositories/OrderRepository.h"
#include "repositories/SallaTokenRepository.h"
#include "repositories/SignInRepository.h"
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

// What an upsert of Salla's state came to: an older state is no failure, only news
// we already have (Salla redelivers a refused webhook after newer ones).
Result<Outcome> outcomeOf(const Result<Upserted> &upserted)
{
    if (!upserted)
        return fail(upserted.error());
    return upserted->refusedAsOlder ? ignored(u"an older state than the one stored"_s) : processed();
}

// Salla's time of the state `record` carries: its own updated_at when it has one, else
// when Salla sent the event. A reconcile event carries what the Merchant API answered
// at fetch time (its envelope's created_at), which includes every change made before.
QDateTime stateTime(const QJsonObject &record, const salla::WebhookEnvelope &envelope, bool reconciled)
{
    if (!reconciled)
        if (auto updated = time::parseSallaDate(record.value(u"updated_at"_s)))
            return *updated;
    return envelope.createdAt;
}

// The customer of an order or cart, stored (or found) and linked by our id.
Result<std::optional<qint64>> linkCustomer(const QSqlDatabase &db, TenantContext tenant, const QJsonObject &customer,
                                           const QDateTime &sourceAt, const Clock &clock)
{
    if (!customer.value(u"id"_s).isDouble() && !customer.value(u"id"_s).isString())
        return std::optional<qint64>();
    const bool full = customer.contains(u"first_name"_s);
    auto read = full ? salla::readCustomer(customer) : salla::readCartCustomer(customer);
    if (!read)
        return fail(read.error());
    CustomerRepository customers(db, tenant, clock);
    // A short form (from a cart) must not blank the fields a full customer.created gave,
    // and is stored undated, so that any full form replaces it whatever its time.
    if (full) {
        read->sourceAt = sourceAt;
    } else {
        auto existing = customers.findBySallaId(read->sallaId);
        if (!existing)
            return fail(existing.error());
        if (*existing)
            return std::optional<qint64>((*existing)->id);
    }
    auto upserted = customers.upsert(*read); // an older copy leaves the stored one
    if (!upserted)
        return fail(upserted.error());
    return std::optional<qint64>(upserted->id);
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
    const bool reconciled = event.source == u"reconcile";

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
        // Its consoles go with it: a reinstall must not bring old devices or
        // half-finished sign-ins back to life.
        if (auto ok = ConsoleDeviceRepository(m_db, tenant, m_clock).revokeAll(); !ok)
            return fail(ok.error());
        if (auto ok = SignInRepository(m_db, m_clock).expireAllOf(tenant.merchantId()); !ok)
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
        customer->sourceAt = stateTime(data, *envelope, reconciled);
        return outcomeOf(CustomerRepository(m_db, tenant, m_clock).upsert(*customer));
    }
    if (type.startsWith(u"order."_s)) {
        // order.status.updated wraps a lighter order in data.order; the rest send the order.
        const QJsonObject order = type == u"order.status.updated" ? data.value(u"order"_s).toObject() : data;
        if (type == u"order.deleted")
            return ignored(u"deleted orders are kept for reports"_s);
        auto read = salla::readOrder(order);
        if (!read)
            return fail(read.error());
        read->sourceAt = stateTime(order, *envelope, reconciled);
        if (type == u"order.status.updated")
            if (auto changed = time::parseSallaDate(data.value(u"created_at"_s)))
                read->sourceAt = *changed; // as new as its entry in the order's status history
        const QJsonObject customer = order.value(u"customer"_s).toObject();
        auto customerId = linkCustomer(m_db, tenant, customer, stateTime(customer, *envelope, reconciled), m_clock);
        if (!customerId)
            return fail(customerId.error());
        read->customerId = *customerId;
        return outcomeOf(OrderRepository(m_db, tenant, m_clock).upsert(*read));
    }
    if (type == u"abandoned.cart") {
        auto cart = salla::readAbandonedCart(data);
        if (!cart)
            return fail(cart.error());
        cart->sourceAt = stateTime(data, *envelope, reconciled);
        const QJsonObject customer = data.value(u"customer"_s).toObject();
        auto customerId = linkCustomer(m_db, tenant, customer, stateTime(customer, *envelope, reconciled), m_clock);
        if (!customerId)
            return fail(customerId.error());
        cart->customerId = *customerId;
        return outcomeOf(AbandonedCartRepository(m_db, tenant, m_clock).upsert(*cart));
    }
    if (type == u"abandoned.cart.purchased" || type == u"abandoned.cart.status.changed") {
        AbandonedCartRepository carts(m_db, tenant, m_clock);
        auto id = JsonField(data)[u"id"].toId();
        if (!id)
            return fail(id.error());
        // Only a purchase changes a stored cart, and it is final whatever the times say.
        auto known = data.value(u"status"_s).toString() == u"purchased"
            ? carts.markPurchased(*id)
            : carts.findBySallaId(*id).map([](const std::optional<AbandonedCart> &cart) { return cart.has_value(); });
        if (!known)
            return fail(known.error());
        return *known ? processed() : ignored(u"a cart we never saw abandoned"_s);
    }
    if (type == u"coupon.applied")
        return ignored(u"coupon use is counted from orders, not from carts"_s);
    return ignored(u"Nomo Flow does not use %1 events"_s.arg(type));
}

} // namespace nomo
