#include "messages/WinBackAutomation.h"

#include "db/Database.h"
#include "logging/Logging.h"
#include "messages/MessageOutbox.h"
#include "messages/MessageTemplate.h"
#include "messages/ShopperReach.h"
#include "reports/Holdout.h"
#include "reports/HoldoutUnits.h"
#include "repositories/MerchantRepository.h"
#include "repositories/MessageRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace nomo {

WinBackAutomation::WinBackAutomation(QSqlDatabase db, ChannelReady ready, const TokenCipher &cipher, const Clock &clock)
    : m_db(std::move(db))
    , m_ready(std::move(ready))
    , m_cipher(cipher)
    , m_clock(clock)
{
}

Result<int> WinBackAutomation::planAll()
{
    auto stores = MerchantRepository(m_db, m_clock).activeIds();
    if (!stores)
        return fail(stores.error());
    // One store's fault (a key that no longer opens) does not hold the others back.
    int planned = 0;
    std::optional<Error> first;
    for (const qint64 store : std::as_const(*stores)) {
        auto one = plan(store);
        if (!one) {
            qCWarning(lcMessages).noquote() << "win-back: store" << store << "was not planned:" << one.error().toString();
            if (!first)
                first = one.error();
            continue;
        }
        planned += *one;
    }
    if (first)
        return fail(*first); // tried again; the stores done are not planned twice (the keys)
    return planned;
}

Result<int> WinBackAutomation::plan(qint64 merchantId)
{
    const TenantContext tenant(merchantId);
    auto reach = ShopperReach::forStore(m_db, merchantId, m_ready, m_cipher, m_clock);
    if (!reach)
        return fail(reach.error());
    const QJsonObject &settings = reach->settings();
    const qint64 days = settings.value(u"win_back_days"_s).toInteger(0);
    if (!reach->enabled() || days <= 0)
        return 0;

    // Customers whose last order is older than the lapse (and not older than the
    // catch-up window past it), without a win-back for that order yet.
    const qint64 cutoff = m_clock.nowUtc().toMSecsSinceEpoch() - days * 86400 * 1000;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT c.id, COALESCE(c.email, ''), COALESCE(c.mobile, ''), MAX(o.id), c.salla_id FROM customers c "
                  "JOIN orders o ON o.merchant_id = c.merchant_id AND o.customer_id = c.id "
                  "WHERE c.merchant_id = :merchant GROUP BY c.id, c.email, c.mobile, c.salla_id "
                  "HAVING MAX(o.ordered_at) < :cutoff AND MAX(o.ordered_at) >= :floor ORDER BY c.id"_s);
    query.bindValue(u":merchant"_s, merchantId);
    query.bindValue(u":cutoff"_s, cutoff);
    query.bindValue(u":floor"_s, cutoff - qint64(kCatchUpDays) * 86400 * 1000);
    if (!query.exec())
        return fail(ErrorCode::DatabaseError, u"db.query"_s, query.lastError().text());
    struct Lapsed
    {
        qint64 customer, lastOrder;
        QString email, mobile;
        qint64 sallaId;
    };
    QList<Lapsed> lapsed;
    while (query.next())
        lapsed.append({query.value(0).toLongLong(), query.value(3).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(4).toLongLong()});

    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    MessageOutbox outbox(m_db, tenant, m_clock);
    HoldoutUnits units(m_db, merchantId, m_clock);
    const QString tool = QString::fromUtf16(holdout::kWinBack);
    int planned = 0;
    const QDateTime now = m_clock.nowUtc();
    for (const Lapsed &one : std::as_const(lapsed)) {
        auto reached = reach->first({u"email"_s, u"whatsapp"_s, u"sms"_s, u"push"_s}, one.email, one.mobile, one.customer);
        if (!reached)
            return fail(reached.error());
        if (reached->first.isEmpty())
            continue;
        // The control group: sent nothing (reports: lift); its unit once per lapse, as the message.
        auto held = units.enter(tool, u"customer:%1:after_order:%2"_s.arg(one.customer).arg(one.lastOrder), settings,
                                {one.sallaId, one.customer, {}}, now);
        if (!held)
            return fail(held.error());
        if (*held)
            continue;
        Message message;
        message.automation = QString::fromUtf16(automations::kWinBack);
        message.channel = reached->first;
        message.marketing = true;
        message.customerId = one.customer;
        message.recipient = reached->second;
        message.dueAt = now;
        message.idempotencyKey = u"win_back:customer:%1:after_order:%2"_s.arg(one.customer).arg(one.lastOrder);
        auto scheduled = outbox.schedule(message);
        if (!scheduled)
            return fail(scheduled.error());
        if (scheduled->created)
            ++planned;
    }
    if (auto done = transaction->commit(); !done)
        return fail(done.error());
    if (planned)
        qCInfo(lcMessages) << "win-back: store" << merchantId << "planned" << planned << "messages";
    return planned;
}

} // namespace nomo
