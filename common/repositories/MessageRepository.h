#pragma once

#include "domain/Message.h"
#include "repositories/TenantRepository.h"

#include <QList>

namespace nomo {

// A store's messages (0012_messages.sql): written by the automations, sent by the
// message jobs, cancelled by purchases, marked by clicks and opens.
class MessageRepository : public TenantRepository
{
public:
    MessageRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    struct Scheduled
    {
        qint64 id = 0;
        bool created = false; // false: its idempotency key already had a message
    };
    // Writes the message unless one with its idempotency key exists.
    Result<Scheduled> schedule(const Message &message);

    Result<Message> find(qint64 id) const;
    Result<QList<Message>> forCart(qint64 cartId) const;
    Result<QList<Message>> recent(int limit) const;

    // Cancels what is still waiting for `cartId` (the cart was bought); the messages cancelled.
    Result<QList<qint64>> cancelForCart(qint64 cartId, const QString &reason);

    // The texts of the first attempt, kept for every retry, with the id of ours the
    // provider will carry (an email's Message-ID).
    Status saveComposed(qint64 id, const QString &subject, const QString &text, const QString &html,
                        const QString &providerMessageId = {}, const QString &payload = {});
    // A try begins: status sending, attempts + 1. False when the message is no longer
    // waiting (cancelled meanwhile): nothing to send.
    Result<bool> beginAttempt(qint64 id);
    Status recordAttempt(qint64 id, int attempt, const MessageAttempt &what);
    Status markSent(qint64 id, const QString &provider, const QString &providerMessageId);
    // A provider's delivery report (sent, delivered, read, failed), for the message `id`
    // or, when 0, the one the provider knows as `providerMessageId`. Moves only forward;
    // false when it moved nothing (an old or repeated report).
    Result<bool> advance(qint64 id, const QString &providerMessageId, const QString &status, const QDateTime &at,
                         const QString &reason = {});
    // Ends it without a send: failed (the provider refused for good), skipped (no
    // consent, over the allowance), unknown (sent or not, nobody can tell).
    Status markEnded(qint64 id, const QString &status, const QString &reason);
    // Waits again, due at `dueAt` (quiet hours, a retry).
    Status reschedule(qint64 id, const QDateTime &dueAt, const QString &reason);
    Status setCoupon(qint64 id, qint64 couponId);

    // A click or an open, the first one dated; a click implies the open.
    Status recordClick(qint64 id);
    Status recordOpen(qint64 id);
    // Links `orderId` to the shopper's latest message clicked within `window` before
    // `at` that has no order yet; the message linked, if any.
    Result<std::optional<qint64>> linkOrder(qint64 customerId, qint64 orderId, const QDateTime &at, qint64 windowMs);

    // Marketing messages sent to `customerId` by any channel since `since` (the
    // frequency allowance counts them together).
    Result<int> marketingSentSince(qint64 customerId, const QDateTime &since) const;
    Result<QList<MessageAttempt>> attempts(qint64 id) const;
};

} // namespace nomo
