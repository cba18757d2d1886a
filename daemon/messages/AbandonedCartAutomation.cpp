#include "messages/AbandonedCartAutomation.h"

#include "jobs/JobKinds.h"
#include "messages/MessageOutbox.h"
#include "messages/MessageTemplate.h"
#include "messages/ShopperReach.h"
#include "reports/Holdout.h"
#include "reports/HoldoutUnits.h"
#include "repositories/AbandonedCartRepository.h"
#include "repositories/ConsentRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/MessageRepository.h"
#include "repositories/OrderRepository.h"

using namespace Qt::StringLiterals;

namespace nomo {

AbandonedCartAutomation::AbandonedCartAutomation(QSqlDatabase db, ChannelReady ready, const TokenCipher &cipher, const Clock &clock)
    : m_db(std::move(db))
    , m_ready(std::move(ready))
    , m_cipher(cipher)
    , m_clock(clock)
{
}

QStringList AbandonedCartAutomation::channelOrder(int step)
{
    if (step == 0)
        return {u"whatsapp"_s, u"sms"_s, u"email"_s, u"push"_s};
    return {u"email"_s, u"whatsapp"_s, u"sms"_s, u"push"_s};
}

Result<int> AbandonedCartAutomation::plan(qint64 merchantId, qint64 cartId)
{
    const TenantContext tenant(merchantId);
    auto reach = ShopperReach::forStore(m_db, merchantId, m_ready, m_cipher, m_clock);
    if (!reach)
        return fail(reach.error());
    const QJsonObject &settings = reach->settings();
    if (!reach->enabled())
        return 0;
    auto cart = AbandonedCartRepository(m_db, tenant, m_clock).find(cartId);
    if (!cart)
        return fail(cart.error());
    if (cart->status == u"purchased" || !cart->customerId)
        return 0;
    auto customer = CustomerRepository(m_db, tenant, m_clock).find(*cart->customerId);
    if (!customer)
        return fail(customer.error());

    // Which channels reach this shopper here, in the step's order (ShopperReach).
    const auto reachable = [&](const QString &channel) -> QString {
        auto to = reach->address(channel, customer->email, customer->mobile, customer->id);
        return to ? *to : QString();
    };
    struct Step
    {
        QString channel, recipient;
        QDateTime due;
    };
    QList<Step> steps;
    const qint64 delayMinutes = settings.value(u"abandoned_cart_delay_minutes"_s).toInteger(60);
    QDateTime first = cart->abandonedAt.addSecs(delayMinutes * 60);
    if (first < m_clock.nowUtc())
        first = m_clock.nowUtc();
    for (const QString &channel : channelOrder(0))
        if (const QString to = reachable(channel); !to.isEmpty()) {
            steps.append({channel, to, first});
            break;
        }
    if (steps.isEmpty())
        return 0;
    const qint64 secondHours = settings.value(u"second_reminder_hours"_s).toInteger(24);
    if (secondHours > 0) {
        Step second{{}, {}, first.addSecs(secondHours * 3600)};
        for (const QString &channel : channelOrder(1))
            if (const QString to = reachable(channel); !to.isEmpty() && channel != steps.front().channel) {
                second.channel = channel;
                second.recipient = to;
                break;
            }
        if (second.channel.isEmpty()) { // one channel only: the second reminder by it too
            second.channel = steps.front().channel;
            second.recipient = steps.front().recipient;
        }
        steps.append(second);
    }

    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    // The control group: reachable like the rest, and sent nothing (reports: lift).
    auto held = HoldoutUnits(m_db, merchantId, m_clock)
                    .enter(QString::fromUtf16(holdout::kAbandonedCart), u"cart:%1"_s.arg(cart->id), settings,
                           {customer->sallaId, cart->customerId, {}}, cart->abandonedAt);
    if (!held)
        return fail(held.error());
    if (*held) {
        if (auto done = transaction->commit(); !done)
            return fail(done.error());
        return 0;
    }
    MessageOutbox outbox(m_db, tenant, m_clock);
    int planned = 0;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        Message message;
        message.automation = QString::fromUtf16(i == 0 ? automations::kAbandonedCart : automations::kAbandonedCartLast);
        message.channel = steps.at(i).channel;
        message.language = u"ar"_s; // the store's language; a shopper's own comes with the storefront's
        message.marketing = true;
        message.customerId = cart->customerId;
        message.cartId = cart->id;
        message.recipient = steps.at(i).recipient;
        message.step = int(i);
        message.dueAt = steps.at(i).due;
        message.idempotencyKey = u"abandoned_cart:cart:%1:step:%2"_s.arg(cart->id).arg(i);
        auto scheduled = outbox.schedule(message);
        if (!scheduled)
            return fail(scheduled.error());
        if (scheduled->created)
            ++planned;
    }
    if (auto done = transaction->commit(); !done)
        return fail(done.error());
    return planned;
}

Result<int> AbandonedCartAutomation::cancel(qint64 merchantId, qint64 cartId)
{
    auto cancelled = MessageRepository(m_db, TenantContext(merchantId), m_clock).cancelForCart(cartId, u"the cart was bought"_s);
    if (!cancelled)
        return fail(cancelled.error());
    return int(cancelled->size());
}

Status AbandonedCartAutomation::linkOrder(qint64 merchantId, qint64 orderId)
{
    const TenantContext tenant(merchantId);
    auto order = OrderRepository(m_db, tenant, m_clock).find(orderId);
    if (!order)
        return fail(order.error());
    if (!order->customerId)
        return {};
    // Our clock, not Salla's time of the order: the click was recorded by ours, and the
    // order came after it whatever the two clocks say.
    const QDateTime at = m_clock.nowUtc();
    auto linked = MessageRepository(m_db, tenant, m_clock).linkOrder(*order->customerId, order->id, at, kClickWindowMs);
    return linked ? Status() : Status(fail(linked.error()));
}

} // namespace nomo
