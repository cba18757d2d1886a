#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Merchant.h"
#include "repositories/EventRepository.h"
#include "reports/AttributionRules.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace nomo {

struct JsonLimits;
class Subscriptions;
class TokenCipher;
namespace salla {
struct WebhookEnvelope;
}

// Turns one stored Salla event into rows of our tables, inside the caller's
// transaction, and records what it meant as domain events (order created, status
// changed, cart abandoned …) whose subscribers' jobs commit with it. Every handler
// upserts, so a redelivery or a replay changes nothing and announces nothing, and
// every store event first makes sure the merchant row exists (Salla does not promise
// the order of app.installed, app.store.authorize and store events). Nor does Salla
// promise the order of store events: each state is dated by Salla's own times, and
// one older than the row holds is ignored ("an older state than the one stored").
//
// Handlers are a table keyed by event name (handlers() in the .cpp): one function
// per family, and an event nobody handles is ignored with a note.
class EventProcessor
{
public:
    struct Outcome
    {
        QString status; // processed | ignored
        QString note;   // why it was ignored
    };

    EventProcessor(QSqlDatabase db, const TokenCipher &cipher, const Subscriptions &subscriptions, int purgeGraceDays,
                   const Clock &clock = Clock::system());

    Result<Outcome> process(const StoredEvent &event) const;
    // The same, with the body already parsed (webhooks/ParseAhead.h): `document` is
    // what parseJsonObject() made of event.body, an error included.
    Result<Outcome> process(const StoredEvent &event, const Result<QJsonObject> &document) const;

    // How process() reads a stored body.
    static JsonLimits bodyLimits();

    // The stores read by process() are kept until this is called: the drain calls it
    // at each batch, whose transaction holds those rows (on PostgreSQL locked FOR
    // UPDATE), so nothing but this batch's own app events can change them meanwhile,
    // and those forget the store they change. One read of the store per batch instead
    // of one per event.
    // The stores' attribution windows (their notifications settings) are kept as long.
    void forgetStores() const
    {
        m_stores.clear();
        m_windows.clear();
    }

    // What one handler is given.
    struct Context
    {
        const salla::WebhookEnvelope &envelope;
        const QJsonObject &data;
        const std::optional<Merchant> &merchant; // as stored before this event
        bool reconciled;                          // fetched by reconcile, not sent by Salla
    };
    using Handler = Result<Outcome> (EventProcessor::*)(const Context &) const;

private:
    Result<Outcome> onAppInstalled(const Context &context) const;
    Result<Outcome> onAppUninstalled(const Context &context) const;
    Result<Outcome> onCustomer(const Context &context) const;
    Result<Outcome> onOrder(const Context &context) const;
    Result<Outcome> onOrderDeleted(const Context &context) const;
    Result<Outcome> onCartAbandoned(const Context &context) const;
    Result<Outcome> onCartStatus(const Context &context) const;
    Result<Outcome> onCouponApplied(const Context &context) const;
    Result<Outcome> onCommunication(const Context &context) const;

    Status announce(const QString &kind, qint64 merchantId, std::optional<qint64> subjectId, const QJsonObject &payload,
                    const QDateTime &occurredAt) const;
    static const QHash<QString, Handler> &handlers();

    Result<std::optional<Merchant>> store(qint64 merchantId) const;

    QSqlDatabase m_db;
    mutable QHash<qint64, std::optional<Merchant>> m_stores; // see forgetStores()
    mutable QHash<qint64, std::optional<AttributionWindows>> m_windows;
    const TokenCipher &m_cipher;
    const Subscriptions &m_subscriptions;
    int m_purgeGraceDays;
    const Clock &m_clock;
};

} // namespace nomo
