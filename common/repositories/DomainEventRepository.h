#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace nomo {

// What happened in a store, in our words (see 0007_jobs.sql).
struct DomainEvent
{
    QString kind; // one of DomainEventKinds below
    qint64 merchantId = 0;
    std::optional<qint64> subjectId;
    QJsonObject payload;
    QDateTime occurredAt;
};

namespace domain_events {
inline constexpr char16_t kStoreAuthorized[] = u"store.authorized";
inline constexpr char16_t kStoreUninstalled[] = u"store.uninstalled";
inline constexpr char16_t kCustomerCreated[] = u"customer.created";
inline constexpr char16_t kOrderCreated[] = u"order.created";
inline constexpr char16_t kOrderStatusChanged[] = u"order.status_changed";
inline constexpr char16_t kCouponUsed[] = u"coupon.used";
inline constexpr char16_t kCartAbandoned[] = u"cart.abandoned";
inline constexpr char16_t kCartPurchased[] = u"cart.purchased";
inline constexpr char16_t kSubscriberCreated[] = u"subscriber.created"; // joined the store's email list
} // namespace domain_events

// A job kind fed by a kind of domain event.
struct Subscriber
{
    QString jobKind;
    // One job per store at a time (later events fold into the waiting one: "refresh the
    // profile"), rather than one per event ("send this order's thank-you").
    bool oncePerMerchant = false;
    int maxAttempts = 8;
};

// Records domain events and hands each to its subscribers, inside the caller's
// transaction: the event and its subscribers' jobs commit with the state change that
// caused them, or not at all.
class DomainEventRepository
{
public:
    explicit DomainEventRepository(QSqlDatabase db, const Clock &clock = Clock::system());

    // The event's id. Each subscriber's job carries {"domain_event_id", "kind",
    // "subject_id", "payload"}.
    Result<qint64> record(const DomainEvent &event, const QList<Subscriber> &subscribers);

    Result<QList<DomainEvent>> recent(qint64 merchantId, int limit) const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace nomo
