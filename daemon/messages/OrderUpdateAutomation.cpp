#include "messages/OrderUpdateAutomation.h"

#include "jobs/JobKinds.h"
#include "messages/MessageOutbox.h"
#include "messages/MessageTemplate.h"
#include "messages/ChannelSetup.h"
#include "messages/ShopperReach.h"
#include "repositories/ConsentRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/MessageRepository.h"
#include "repositories/OrderRepository.h"

using namespace Qt::StringLiterals;

namespace nomo {

OrderUpdateAutomation::OrderUpdateAutomation(QSqlDatabase db, ChannelReady ready, const TokenCipher &cipher, const Clock &clock)
    : m_db(std::move(db))
    , m_ready(std::move(ready))
    , m_cipher(cipher)
    , m_clock(clock)
{
}

Result<int> OrderUpdateAutomation::plan(qint64 merchantId, qint64 orderId)
{
    const TenantContext tenant(merchantId);
    auto reach = ShopperReach::forStore(m_db, merchantId, m_ready, m_cipher, m_clock);
    if (!reach)
        return fail(reach.error());
    const QJsonObject &settings = reach->settings();
    if (!reach->enabled() || !settings.value(u"order_updates"_s).toBool())
        return 0;
    auto order = OrderRepository(m_db, tenant, m_clock).find(orderId);
    if (!order)
        return fail(order.error());
    QStringList statuses;
    for (const QString &slug : settings.value(u"order_update_statuses"_s).toString().split(u','))
        if (!slug.trimmed().isEmpty())
            statuses << slug.trimmed();
    if (!statuses.contains(order->status) || !order->customerId)
        return 0;
    auto customer = CustomerRepository(m_db, tenant, m_clock).find(*order->customerId);
    if (!customer)
        return fail(customer.error());

    QString channel, recipient;
    for (const QString &candidate : {u"whatsapp"_s, u"sms"_s, u"email"_s}) {
        if (!settings.value(candidate).toBool() || !m_ready(candidate))
            continue;
        if (candidate == u"email" && !customer->email.isEmpty()) {
            channel = candidate;
            recipient = customer->email;
        } else if (candidate != u"email" && !customer->mobile.isEmpty() && channelSetUp(candidate, settings, reach->secretFields())) {
            // Meta wants an opt-in for every message a business starts, service ones too.
            if (candidate == u"whatsapp") {
                auto consent = ConsentRepository(m_db, tenant, m_clock).state(candidate, customer->mobile);
                if (!consent)
                    return fail(consent.error());
                if (!consent->value_or(false))
                    continue;
            }
            channel = candidate;
            recipient = ConsentRepository::normalize(candidate, customer->mobile);
        }
        if (!channel.isEmpty())
            break;
    }
    if (channel.isEmpty())
        return 0;

    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    Message message;
    message.automation = QString::fromUtf16(automations::kOrderUpdate);
    message.channel = channel;
    message.marketing = false;
    message.customerId = order->customerId;
    message.orderId = order->id;
    message.recipient = recipient;
    message.dueAt = m_clock.nowUtc();
    message.idempotencyKey = u"order_update:order:%1:status:%2"_s.arg(order->id).arg(order->status);
    auto scheduled = MessageOutbox(m_db, tenant, m_clock).schedule(message);
    if (!scheduled)
        return fail(scheduled.error());
    if (auto done = transaction->commit(); !done)
        return fail(done.error());
    return scheduled->created ? 1 : 0;
}

} // namespace nomo
