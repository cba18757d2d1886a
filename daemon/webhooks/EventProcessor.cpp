#include "webhooks/EventProcessor.h"

#include "core/Time.h"
#include "db/Database.h"
#include "domain/Merchant.h"
#include "jobs/Subscriptions.h"
#include "json/JsonReader.h"
#include "lifecycle/StoreLifecycle.h"
#include "jobs/JobKinds.h"
#include "messages/MessageOutbox.h"
#include "messages/PlainText.h"
#include "repositories/AbandonedCartRepository.h"
#include "repositories/ConsentRepository.h"
#include "repositories/MessageRepository.h"
#include "security/Digest.h"
#include "repositories/CustomerRepository.h"
#include "repositories/DomainEventRepository.h"
#include "repositories/MerchantRepository.h"
#include "repositories/CouponUseRepository.h"
#include "repositories/OrderRepository.h"
#include "reports/OrderAttribution.h"
#include "salla/SallaPayloads.h"
#include "security/TokenCipher.h"

#include <QJsonArray>
#include <QJsonDocument>

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
Outcome outcomeOf(const Upserted &upserted)
{
    return upserted.refusedAsOlder ? ignored(u"an older state than the one stored"_s) : processed();
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

// The customer of an order or cart, stored (or found): what the upsert did, or nothing
// when the record names no customer.
Result<std::optional<Upserted>> linkCustomer(const QSqlDatabase &db, TenantContext tenant, const QJsonObject &customer,
                                             const QDateTime &sourceAt, const Clock &clock)
{
    if (!customer.value(u"id"_s).isDouble() && !customer.value(u"id"_s).isString())
        return std::optional<Upserted>();
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
            return std::optional<Upserted>(Upserted::unchanged((*existing)->id));
    }
    auto upserted = customers.upsert(*read); // an older copy leaves the stored one
    if (!upserted)
        return fail(upserted.error());
    return std::optional<Upserted>(*upserted);
}

} // namespace

const QHash<QString, EventProcessor::Handler> &EventProcessor::handlers()
{
    static const QHash<QString, Handler> table{
        {u"app.installed"_s, &EventProcessor::onAppInstalled},
        {u"app.updated"_s, &EventProcessor::onAppInstalled},
        {u"app.store.authorize"_s, &EventProcessor::onAppInstalled},
        {u"app.uninstalled"_s, &EventProcessor::onAppUninstalled},
        {u"customer.created"_s, &EventProcessor::onCustomer},
        {u"customer.updated"_s, &EventProcessor::onCustomer},
        {u"order.*"_s, &EventProcessor::onOrder}, // every order.… event carries the order (status.updated: a lighter one)
        {u"order.deleted"_s, &EventProcessor::onOrderDeleted},
        {u"abandoned.cart"_s, &EventProcessor::onCartAbandoned},
        {u"abandoned.cart.purchased"_s, &EventProcessor::onCartStatus},
        {u"abandoned.cart.status.changed"_s, &EventProcessor::onCartStatus},
        {u"coupon.applied"_s, &EventProcessor::onCouponApplied},
        {u"communication.*"_s, &EventProcessor::onCommunication}, // Salla's own messages, when the store picked us to send them
    };
    return table;
}

EventProcessor::EventProcessor(QSqlDatabase db, const TokenCipher &cipher, const Subscriptions &subscriptions,
                               int purgeGraceDays, const Clock &clock)
    : m_db(std::move(db))
    , m_cipher(cipher)
    , m_subscriptions(subscriptions)
    , m_purgeGraceDays(purgeGraceDays)
    , m_clock(clock)
{
}

JsonLimits EventProcessor::bodyLimits()
{
    return JsonLimits { 64 * 1024 * 1024, 64 };
}

Result<Outcome> EventProcessor::process(const StoredEvent &event) const
{
    return process(event, parseJsonObject(event.body, bodyLimits()));
}

Result<Outcome> EventProcessor::process(const StoredEvent &event, const Result<QJsonObject> &document) const
{
    if (!document)
        return fail(document.error());
    auto envelope = salla::readEnvelope(*document);
    if (!envelope)
        return fail(envelope.error());
    // The intake read the store and the event off the bytes (salla/EnvelopeScan.h); the
    // document must say the same, or the event is kept failed rather than acted on
    // for the wrong store.
    if (envelope->merchantId != event.merchantId || envelope->event != event.eventType)
        return fail(ErrorCode::InvalidArgument, u"events.envelope_mismatch"_s,
                    u"the body says %1 for store %2, the event was stored as %3 for store %4"_s.arg(envelope->event)
                        .arg(envelope->merchantId)
                        .arg(event.eventType)
                        .arg(event.merchantId));
    auto merchant = store(envelope->merchantId);
    if (!merchant)
        return fail(merchant.error());
    const Context context{*envelope, envelope->data, *merchant, event.source == u"reconcile"};
    // By name, else by family ("order.*").
    Handler handler = handlers().value(envelope->event);
    if (!handler)
        handler = handlers().value(envelope->event.section(u'.', 0, 0) + u".*"_s);
    const bool appEvent = envelope->event.startsWith(u"app."_s);
    // App events create, wake and retire the tenant; store events need a live one.
    if (!appEvent) {
        if (*merchant && (*merchant)->status == Merchant::Status::Uninstalled)
            return ignored(u"the store has uninstalled Nomo Flow"_s);
        if (handler && !*merchant) { // read just above: only a store not yet known is added
            m_stores.remove(envelope->merchantId);
            if (auto known = StoreLifecycle(m_db, m_cipher, m_subscriptions, m_clock).ensureKnown(envelope->merchantId); !known)
                return fail(known.error());
        }
    } else {
        m_stores.remove(envelope->merchantId); // installs, authorises, uninstalls: read again after
    }
    if (!handler)
        return ignored(u"Nomo Flow does not use %1 events"_s.arg(envelope->event));
    return (this->*handler)(context);
}

Result<std::optional<Merchant>> EventProcessor::store(qint64 merchantId) const
{
    if (auto kept = m_stores.constFind(merchantId); kept != m_stores.cend())
        return *kept;
    auto found = MerchantRepository(m_db, m_clock).find(merchantId);
    if (!found)
        return fail(found.error());
    m_stores.insert(merchantId, *found);
    return *found;
}

Status EventProcessor::announce(const QString &kind, qint64 merchantId, std::optional<qint64> subjectId,
                                const QJsonObject &payload, const QDateTime &occurredAt) const
{
    auto recorded = DomainEventRepository(m_db, m_clock)
                        .record(DomainEvent{kind, merchantId, subjectId, payload, occurredAt}, m_subscriptions.of(kind));
    if (!recorded)
        return fail(recorded.error());
    return {};
}

Result<Outcome> EventProcessor::onAppInstalled(const Context &context) const
{
    const QString &type = context.envelope.event;
    Merchant profile;
    profile.id = context.envelope.merchantId;
    std::optional<QDateTime> installedAt;
    if (type == u"app.installed") {
        auto installed = time::parseSallaDate(context.data.value(u"installation_date"_s));
        installedAt = installed ? *installed : m_clock.nowUtc();
    }
    std::optional<SallaTokens> tokens;
    if (type == u"app.store.authorize") {
        auto read = salla::readAuthorize(context.data, m_clock.nowUtc());
        if (!read)
            return fail(read.error());
        tokens = *read;
    }
    if (auto ok = StoreLifecycle(m_db, m_cipher, m_subscriptions, m_clock).activate(profile, tokens, installedAt); !ok)
        return fail(ok.error());
    return processed();
}

Result<Outcome> EventProcessor::onAppUninstalled(const Context &context) const
{
    if (!context.merchant)
        return ignored(u"uninstall of a store we never knew"_s);
    if (auto ok = StoreLifecycle(m_db, m_cipher, m_subscriptions, m_clock)
                      .uninstall(context.envelope.merchantId, m_clock.nowUtc().addDays(m_purgeGraceDays));
        !ok)
        return fail(ok.error());
    return processed();
}

Result<Outcome> EventProcessor::onCustomer(const Context &context) const
{
    auto customer = salla::readCustomer(context.data);
    if (!customer)
        return fail(customer.error());
    customer->sourceAt = stateTime(context.data, context.envelope, context.reconciled);
    auto upserted = CustomerRepository(m_db, TenantContext(context.envelope.merchantId), m_clock).upsert(*customer);
    if (!upserted)
        return fail(upserted.error());
    if (upserted->created)
        if (auto ok = announce(QString::fromUtf16(domain_events::kCustomerCreated), context.envelope.merchantId, upserted->id,
                               {{u"salla_id"_s, customer->sallaId}}, customer->sourceAt);
            !ok)
            return fail(ok.error());
    return outcomeOf(*upserted);
}

Result<Outcome> EventProcessor::onOrder(const Context &context) const
{
    const QString &type = context.envelope.event;
    const qint64 merchantId = context.envelope.merchantId;
    const TenantContext tenant(merchantId);
    // order.status.updated wraps a lighter order in data.order; the rest send the order.
    const QJsonObject order = type == u"order.status.updated" ? context.data.value(u"order"_s).toObject() : context.data;
    auto read = salla::readOrder(order);
    if (!read)
        return fail(read.error());
    read->sourceAt = stateTime(order, context.envelope, context.reconciled);
    if (type == u"order.status.updated")
        if (auto changed = time::parseSallaDate(context.data.value(u"created_at"_s)))
            read->sourceAt = *changed; // as new as its entry in the order's status history
    const QJsonObject customer = order.value(u"customer"_s).toObject();
    auto linked = linkCustomer(m_db, tenant, customer, stateTime(customer, context.envelope, context.reconciled), m_clock);
    if (!linked)
        return fail(linked.error());
    if (*linked) {
        read->customerId = (*linked)->id;
        if ((*linked)->created)
            if (auto ok = announce(QString::fromUtf16(domain_events::kCustomerCreated), merchantId, (*linked)->id, {},
                                   read->sourceAt);
                !ok)
                return fail(ok.error());
    }
    auto upserted = OrderRepository(m_db, tenant, m_clock).upsert(*read);
    if (!upserted)
        return fail(upserted.error());
    // What the order's coupon brought in follows the stored order (idempotent, so a
    // redelivery or an older state changes nothing; a cancel or return reverses).
    if (auto used = CouponUseRepository(m_db, tenant, m_clock).recordOrder(upserted->id); !used)
        return fail(used.error());
    // What earned it, decided once in this transaction; what counts follows each state.
    OrderAttribution attribution(m_db, merchantId, m_clock);
    attribution.keepWindowsIn(&m_windows[merchantId]);
    if (auto attributed = attribution.follow(upserted->id, *read); !attributed)
        return fail(attributed.error());
    const QJsonObject facts{{u"salla_id"_s, read->sallaId},
                            {u"status"_s, read->status},
                            {u"total_halalas"_s, read->total.halalas()},
                            {u"coupon_code"_s, read->couponCode},
                            {u"customer_id"_s, read->customerId ? QJsonValue(*read->customerId) : QJsonValue()}};
    if (upserted->created) {
        if (auto ok = announce(QString::fromUtf16(domain_events::kOrderCreated), merchantId, upserted->id, facts, read->sourceAt); !ok)
            return fail(ok.error());
        if (!read->couponCode.isEmpty())
            if (auto ok = announce(QString::fromUtf16(domain_events::kCouponUsed), merchantId, upserted->id, facts, read->sourceAt); !ok)
                return fail(ok.error());
    } else if (upserted->changed && upserted->previousStatus != read->status) {
        QJsonObject change = facts;
        change.insert(u"previous_status"_s, upserted->previousStatus);
        if (auto ok = announce(QString::fromUtf16(domain_events::kOrderStatusChanged), merchantId, upserted->id, change,
                               read->sourceAt);
            !ok)
            return fail(ok.error());
    }
    return outcomeOf(*upserted);
}

Result<Outcome> EventProcessor::onOrderDeleted(const Context &) const
{
    return ignored(u"deleted orders are kept for reports"_s);
}

Result<Outcome> EventProcessor::onCartAbandoned(const Context &context) const
{
    const qint64 merchantId = context.envelope.merchantId;
    const TenantContext tenant(merchantId);
    auto cart = salla::readAbandonedCart(context.data);
    if (!cart)
        return fail(cart.error());
    cart->sourceAt = stateTime(context.data, context.envelope, context.reconciled);
    const QJsonObject customer = context.data.value(u"customer"_s).toObject();
    auto linked = linkCustomer(m_db, tenant, customer, stateTime(customer, context.envelope, context.reconciled), m_clock);
    if (!linked)
        return fail(linked.error());
    if (*linked) {
        cart->customerId = (*linked)->id;
        if ((*linked)->created)
            if (auto ok = announce(QString::fromUtf16(domain_events::kCustomerCreated), merchantId, (*linked)->id, {},
                                   cart->sourceAt);
                !ok)
                return fail(ok.error());
    }
    auto upserted = AbandonedCartRepository(m_db, tenant, m_clock).upsert(*cart);
    if (!upserted)
        return fail(upserted.error());
    const QJsonObject facts{{u"salla_id"_s, cart->sallaId},
                            {u"total_halalas"_s, cart->total.halalas()},
                            {u"customer_id"_s, cart->customerId ? QJsonValue(*cart->customerId) : QJsonValue()}};
    if (upserted->created && cart->status != u"purchased")
        if (auto ok = announce(QString::fromUtf16(domain_events::kCartAbandoned), merchantId, upserted->id, facts, cart->sourceAt); !ok)
            return fail(ok.error());
    if (upserted->changed && cart->status == u"purchased" && upserted->previousStatus != u"purchased")
        if (auto ok = announce(QString::fromUtf16(domain_events::kCartPurchased), merchantId, upserted->id, facts, cart->sourceAt); !ok)
            return fail(ok.error());
    return outcomeOf(*upserted);
}

Result<Outcome> EventProcessor::onCartStatus(const Context &context) const
{
    const qint64 merchantId = context.envelope.merchantId;
    AbandonedCartRepository carts(m_db, TenantContext(merchantId), m_clock);
    auto id = JsonField(context.data)[u"id"].toId();
    if (!id)
        return fail(id.error());
    auto stored = carts.findBySallaId(*id);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return ignored(u"a cart we never saw abandoned"_s);
    // Only a purchase changes a stored cart, and it is final whatever the times say.
    if (context.data.value(u"status"_s).toString() != u"purchased" || (*stored)->status == u"purchased")
        return processed();
    if (auto marked = carts.markPurchased(*id); !marked)
        return fail(marked.error());
    if (auto ok = announce(QString::fromUtf16(domain_events::kCartPurchased), merchantId, (*stored)->id,
                           {{u"salla_id"_s, *id}, {u"total_halalas"_s, (*stored)->total.halalas()}},
                           context.envelope.createdAt);
        !ok)
        return fail(ok.error());
    return processed();
}

Result<Outcome> EventProcessor::onCouponApplied(const Context &) const
{
    return ignored(u"coupon use is counted from orders, not from carts"_s);
}

Result<Outcome> EventProcessor::onCommunication(const Context &context) const
{
    // communication.sms.send / .email.send / .whatsapp.send (REFERENCE.md §4.6): a message
    // Salla composed (an OTP, an order notice) for us to deliver, to each address in
    // `notifiable`. Service messages: no consent, quiet hours or allowance apply, and
    // they go by a job kind of their own so no marketing queue stands before them.
    const QString channel = context.envelope.event.section(u'.', 1, 1);
    if (channel != u"sms" && channel != u"email" && channel != u"whatsapp")
        return ignored(u"Nomo Flow sends no %1 messages"_s.arg(channel));
    const QString content = context.data.value(u"content"_s).toString();
    const QJsonArray notifiable = context.data.value(u"notifiable"_s).toArray();
    if (content.isEmpty() || notifiable.isEmpty())
        return fail(ErrorCode::InvalidArgument, u"communication.empty"_s, u"a communication event without content or recipients"_s);
    const QString type = context.data.value(u"type"_s).toString();
    const QString language = context.data.value(u"locale"_s).toString().startsWith(u"en"_s) ? u"en"_s : u"ar"_s;
    // Salla sends the same bytes again if it did not hear our 200: the message's key comes
    // from what the event says, so a second delivery is the same message.
    const QString fingerprint = QString::fromLatin1(
        digest::sha256(QJsonDocument(context.data).toJson(QJsonDocument::Compact) + time::toWire(context.envelope.createdAt).toUtf8())
            .toHex().left(32));
    const TenantContext tenant(context.envelope.merchantId);
    MessageRepository messages(m_db, tenant, m_clock);
    MessageOutbox outbox(m_db, tenant, m_clock);
    int index = 0;
    for (const QJsonValue &to : notifiable) {
        const QString address = to.toString().trimmed();
        if (address.isEmpty())
            continue;
        Message message;
        message.automation = u"salla"_s;
        message.channel = channel;
        message.language = language;
        message.marketing = false;
        message.recipient = channel == u"email" ? address : ConsentRepository::normalize(channel, address);
        message.dueAt = m_clock.nowUtc();
        message.idempotencyKey = u"salla:%1:%2:%3"_s.arg(type, fingerprint).arg(index++);
        // Its send job waits for this transaction, so it finds the words saved below.
        auto scheduled = outbox.schedule(message, true);
        if (!scheduled)
            return fail(scheduled.error());
        if (!scheduled->created)
            continue;
        // Composed already: Salla's words, as they are (HTML for email).
        QString text = content, html;
        if (channel == u"email") {
            html = content;
            text = plainTextOf(content);
        }
        // Salla's email events carry no subject of their own unless meta has one: the store's name then.
        QString subject = context.data.value(u"meta"_s).toObject().value(u"subject"_s).toString();
        if (subject.isEmpty() && channel == u"email")
            subject = context.merchant && !context.merchant->name.isEmpty() ? context.merchant->name : u"Salla"_s;
        if (auto saved = messages.saveComposed(scheduled->id, subject, text, html); !saved)
            return fail(saved.error());
    }
    return processed();
}

} // namespace nomo
