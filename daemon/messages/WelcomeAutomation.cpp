#include "messages/WelcomeAutomation.h"

#include "db/Database.h"
#include "messages/MessageOutbox.h"
#include "messages/MessageTemplate.h"
#include "messages/ShopperReach.h"
#include "reports/Holdout.h"
#include "reports/HoldoutUnits.h"
#include "repositories/MessageRepository.h"
#include "repositories/SubscriberRepository.h"

using namespace Qt::StringLiterals;

namespace nomo {

WelcomeAutomation::WelcomeAutomation(QSqlDatabase db, ChannelReady ready, const TokenCipher &cipher, const Clock &clock)
    : m_db(std::move(db))
    , m_ready(std::move(ready))
    , m_cipher(cipher)
    , m_clock(clock)
{
}

Result<int> WelcomeAutomation::plan(qint64 merchantId, qint64 subscriberId)
{
    const TenantContext tenant(merchantId);
    auto reach = ShopperReach::forStore(m_db, merchantId, m_ready, m_cipher, m_clock);
    if (!reach)
        return fail(reach.error());
    const QJsonObject &settings = reach->settings();
    if (!reach->enabled() || !settings.value(u"welcome_message"_s).toBool(true))
        return 0;
    auto subscriber = SubscriberRepository(m_db, tenant, m_clock).find(subscriberId);
    if (!subscriber)
        return subscriber.error().code == ErrorCode::NotFound ? Result<int>(0) : fail(subscriber.error());
    if (subscriber->unsubscribed)
        return 0;
    auto to = reach->address(u"email"_s, subscriber->email, {});
    if (!to)
        return fail(to.error());
    if (to->isEmpty())
        return 0;

    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    // The control group: sent nothing (reports: lift).
    auto held = HoldoutUnits(m_db, merchantId, m_clock)
                    .enter(QString::fromUtf16(holdout::kWelcome), u"subscriber:%1"_s.arg(subscriberId), settings, {{}, {}, *to},
                           m_clock.nowUtc());
    if (!held)
        return fail(held.error());
    if (*held) {
        if (auto done = transaction->commit(); !done)
            return fail(done.error());
        return 0;
    }
    Message message;
    message.automation = QString::fromUtf16(automations::kWelcome);
    message.channel = u"email"_s;
    message.language = subscriber->language;
    message.marketing = true;
    message.recipient = *to;
    message.dueAt = m_clock.nowUtc();
    message.idempotencyKey = u"welcome:subscriber:%1"_s.arg(subscriberId);
    auto scheduled = MessageOutbox(m_db, tenant, m_clock).schedule(message);
    if (!scheduled)
        return fail(scheduled.error());
    if (auto done = transaction->commit(); !done)
        return fail(done.error());
    return scheduled->created ? 1 : 0;
}

} // namespace nomo
