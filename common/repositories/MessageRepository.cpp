#include "repositories/MessageRepository.h"

#include "core/Time.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
const QString kColumns =
    u"id, automation, channel, language, marketing, customer_id, cart_id, order_id, coupon_id, recipient, step, status, "
    "due_at, idempotency_key, subject, body_text, body_html, attempts, provider, provider_message_id, reason, created_at, "
    "sent_at, opened_at, clicked_at, updated_at, payload, delivered_at, broadcast_id"_s;

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}
QDateTime optionalTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : time::fromStorage(value.toLongLong());
}
QVariant idOrNull(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

Message readMessage(const db::Query &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.automation = q.value(1).toString();
    m.channel = q.value(2).toString();
    m.language = q.value(3).toString();
    m.marketing = q.value(4).toBool();
    m.customerId = optionalId(q.value(5));
    m.cartId = optionalId(q.value(6));
    m.orderId = optionalId(q.value(7));
    m.couponId = optionalId(q.value(8));
    m.recipient = q.value(9).toString();
    m.step = q.value(10).toInt();
    m.status = q.value(11).toString();
    m.dueAt = time::fromStorage(q.value(12).toLongLong());
    m.idempotencyKey = q.value(13).toString();
    m.subject = q.value(14).toString();
    m.bodyText = q.value(15).toString();
    m.bodyHtml = q.value(16).toString();
    m.attempts = q.value(17).toInt();
    m.provider = q.value(18).toString();
    m.providerMessageId = q.value(19).toString();
    m.reason = q.value(20).toString();
    m.createdAt = time::fromStorage(q.value(21).toLongLong());
    m.sentAt = optionalTime(q.value(22));
    m.openedAt = optionalTime(q.value(23));
    m.clickedAt = optionalTime(q.value(24));
    m.updatedAt = time::fromStorage(q.value(25).toLongLong());
    m.payload = q.value(26).toString();
    m.deliveredAt = optionalTime(q.value(27));
    m.broadcastId = optionalId(q.value(28));
    return m;
}
} // namespace

MessageRepository::MessageRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Result<MessageRepository::Scheduled> MessageRepository::schedule(const Message &message)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto existing = maybeOne(u"SELECT id FROM messages WHERE merchant_id = :merchant_id AND idempotency_key = :key"_s,
                             {{u"key"_s, message.idempotencyKey}}, [](const db::Query &q) { return q.value(0).toLongLong(); });
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return Scheduled{**existing, false};
    auto id = insertReturningId(
        u"INSERT INTO messages (merchant_id, automation, channel, language, marketing, customer_id, cart_id, order_id, "
        "coupon_id, broadcast_id, recipient, step, status, due_at, idempotency_key, created_at, updated_at) VALUES (:merchant_id, "
        ":automation, :channel, :language, :marketing, :customer_id, :cart_id, :order_id, :coupon_id, :broadcast_id, :recipient, :step, "
        "'scheduled', :due_at, :key, :now, :now2)"_s,
        {{u"automation"_s, message.automation},
         {u"channel"_s, message.channel},
         {u"language"_s, message.language},
         {u"marketing"_s, message.marketing},
         {u"customer_id"_s, idOrNull(message.customerId)},
         {u"cart_id"_s, idOrNull(message.cartId)},
         {u"order_id"_s, idOrNull(message.orderId)},
         {u"coupon_id"_s, idOrNull(message.couponId)},
         {u"broadcast_id"_s, idOrNull(message.broadcastId)},
         {u"recipient"_s, message.recipient},
         {u"step"_s, message.step},
         {u"due_at"_s, time::toStorage(message.dueAt)},
         {u"key"_s, message.idempotencyKey},
         {u"now"_s, now()},
         {u"now2"_s, now()}});
    if (!id)
        return fail(id.error());
    if (auto done = transaction->commit(); !done)
        return fail(done.error());
    return Scheduled{*id, true};
}

Result<Message> MessageRepository::find(qint64 id) const
{
    return one(u"SELECT "_s + kColumns + u" FROM messages WHERE merchant_id = :merchant_id AND id = :id"_s, {{u"id"_s, id}},
               readMessage, Error{ErrorCode::NotFound, u"message.not_found"_s, u"message %1 does not exist"_s.arg(id)});
}

Result<QList<Message>> MessageRepository::forCart(qint64 cartId) const
{
    return all(u"SELECT "_s + kColumns + u" FROM messages WHERE merchant_id = :merchant_id AND cart_id = :cart ORDER BY step, id"_s,
               {{u"cart"_s, cartId}}, readMessage);
}

Result<QList<Message>> MessageRepository::recent(int limit) const
{
    return all(u"SELECT "_s + kColumns + u" FROM messages WHERE merchant_id = :merchant_id ORDER BY created_at DESC, id DESC LIMIT :limit"_s,
               {{u"limit"_s, limit}}, readMessage);
}

Result<QList<qint64>> MessageRepository::cancelForCart(qint64 cartId, const QString &reason)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    // Only what has not started: a message under way is sent (or not) by its job.
    auto waiting = all(u"SELECT id FROM messages WHERE merchant_id = :merchant_id AND cart_id = :cart AND status = 'scheduled'"_s,
                       {{u"cart"_s, cartId}}, [](const db::Query &q) { return q.value(0).toLongLong(); });
    if (!waiting)
        return fail(waiting.error());
    if (!waiting->isEmpty()) {
        auto updated = run(u"UPDATE messages SET status = 'cancelled', reason = :reason, updated_at = :now "
                           "WHERE merchant_id = :merchant_id AND cart_id = :cart AND status = 'scheduled'"_s,
                           {{u"reason"_s, reason}, {u"now"_s, now()}, {u"cart"_s, cartId}});
        if (!updated)
            return fail(updated.error());
    }
    if (auto done = transaction->commit(); !done)
        return fail(done.error());
    return *waiting;
}

Status MessageRepository::saveComposed(qint64 id, const QString &subject, const QString &text, const QString &html,
                                       const QString &providerMessageId, const QString &payload)
{
    auto updated = run(u"UPDATE messages SET subject = :subject, body_text = :text, body_html = :html, payload = :payload, "
                       "provider_message_id = :pid, updated_at = :now WHERE merchant_id = :merchant_id AND id = :id"_s,
                       {{u"subject"_s, subject}, {u"text"_s, text}, {u"html"_s, html}, {u"payload"_s, payload},
                        {u"pid"_s, providerMessageId}, {u"now"_s, now()}, {u"id"_s, id}});
    return updated ? Status() : Status(fail(updated.error()));
}

Result<bool> MessageRepository::beginAttempt(qint64 id)
{
    auto updated = run(u"UPDATE messages SET status = 'sending', attempts = attempts + 1, updated_at = :now "
                       "WHERE merchant_id = :merchant_id AND id = :id AND status IN ('scheduled', 'sending')"_s,
                       {{u"now"_s, now()}, {u"id"_s, id}});
    if (!updated)
        return fail(updated.error());
    return updated->numRowsAffected() > 0;
}

Status MessageRepository::recordAttempt(qint64 id, int attempt, const MessageAttempt &what)
{
    auto inserted = insert(u"INSERT INTO message_attempts (merchant_id, message_id, attempt, outcome, provider, code, detail, "
                           "started_at, finished_at) VALUES (:merchant_id, :message, :attempt, :outcome, :provider, :code, "
                           ":detail, :started, :finished)"_s,
                           {{u"message"_s, id},
                            {u"attempt"_s, attempt},
                            {u"outcome"_s, what.outcome},
                            {u"provider"_s, what.provider},
                            {u"code"_s, what.code},
                            {u"detail"_s, what.detail.left(2000)},
                            {u"started"_s, time::toStorage(what.startedAt)},
                            {u"finished"_s, time::toStorage(what.finishedAt)}});
    return inserted ? Status() : Status(fail(inserted.error()));
}

Status MessageRepository::markSent(qint64 id, const QString &provider, const QString &providerMessageId)
{
    // A delivery report may come before the send's own answer is written: never back.
    auto updated = run(u"UPDATE messages SET status = CASE WHEN status IN ('delivered', 'read', 'failed') THEN status ELSE 'sent' END, "
                       "provider = :provider, provider_message_id = :pid, reason = CASE WHEN status = 'failed' THEN reason ELSE NULL END, "
                       "sent_at = :now, updated_at = :now2 WHERE merchant_id = :merchant_id AND id = :id"_s,
                       {{u"provider"_s, provider}, {u"pid"_s, providerMessageId}, {u"now"_s, now()}, {u"now2"_s, now()}, {u"id"_s, id}});
    return updated ? Status() : Status(fail(updated.error()));
}

Result<bool> MessageRepository::advance(qint64 id, const QString &providerMessageId, const QString &status,
                                        const QDateTime &at, const QString &reason)
{
    // Forward only: scheduled/sending < sent < delivered < read; failed ends it unless
    // it was read already. Reports come in any order and more than once.
    static const QHash<QString, QString> kFrom{
        {u"sent"_s, u"'scheduled', 'sending', 'unknown'"_s},
        {u"delivered"_s, u"'scheduled', 'sending', 'unknown', 'sent'"_s},
        {u"read"_s, u"'scheduled', 'sending', 'unknown', 'sent', 'delivered'"_s},
        {u"failed"_s, u"'scheduled', 'sending', 'unknown', 'sent', 'delivered'"_s},
    };
    if (!kFrom.contains(status))
        return fail(ErrorCode::InvalidArgument, u"message.status_unknown"_s, u"no message status \"%1\""_s.arg(status));
    const qint64 when = time::toStorage(at);
    QVariantMap binds{{u"status"_s, status}, {u"now"_s, now()}};
    QString dates;
    if (status == u"failed") {
        dates = u", reason = :reason"_s;
        binds.insert(u"reason"_s, reason.left(500));
    } else {
        // Each step implies the ones before it: read (WhatsApp's open) implies delivered implies sent.
        dates = u", sent_at = COALESCE(sent_at, :sent)"_s;
        binds.insert(u"sent"_s, when);
        if (status != u"sent") {
            dates += u", delivered_at = COALESCE(delivered_at, :delivered)"_s;
            binds.insert(u"delivered"_s, when);
        }
        if (status == u"read") {
            dates += u", opened_at = COALESCE(opened_at, :opened)"_s;
            binds.insert(u"opened"_s, when);
        }
    }
    // Named by our id when the report carries it, else by the provider's.
    if (id)
        binds.insert(u"id"_s, id);
    else
        binds.insert(u"pid"_s, providerMessageId);
    const QString which = id ? u"id = :id"_s : u"provider_message_id = :pid"_s;
    auto updated = run(u"UPDATE messages SET status = :status"_s + dates + u", updated_at = :now WHERE merchant_id = :merchant_id AND "_s
                           + which + u" AND status IN ("_s + kFrom.value(status) + u")"_s,
                       binds);
    if (!updated)
        return fail(updated.error());
    return updated->numRowsAffected() > 0;
}

Status MessageRepository::markEnded(qint64 id, const QString &status, const QString &reason)
{
    auto updated = run(u"UPDATE messages SET status = :status, reason = :reason, updated_at = :now "
                       "WHERE merchant_id = :merchant_id AND id = :id"_s,
                       {{u"status"_s, status}, {u"reason"_s, reason}, {u"now"_s, now()}, {u"id"_s, id}});
    return updated ? Status() : Status(fail(updated.error()));
}

Status MessageRepository::reschedule(qint64 id, const QDateTime &dueAt, const QString &reason)
{
    auto updated = run(u"UPDATE messages SET status = 'scheduled', due_at = :due, reason = :reason, updated_at = :now "
                       "WHERE merchant_id = :merchant_id AND id = :id AND status IN ('scheduled', 'sending')"_s,
                       {{u"due"_s, time::toStorage(dueAt)}, {u"reason"_s, reason}, {u"now"_s, now()}, {u"id"_s, id}});
    return updated ? Status() : Status(fail(updated.error()));
}

Status MessageRepository::setCoupon(qint64 id, qint64 couponId)
{
    auto updated = run(u"UPDATE messages SET coupon_id = :coupon, updated_at = :now WHERE merchant_id = :merchant_id AND id = :id"_s,
                       {{u"coupon"_s, couponId}, {u"now"_s, now()}, {u"id"_s, id}});
    return updated ? Status() : Status(fail(updated.error()));
}

Status MessageRepository::recordClick(qint64 id)
{
    auto updated = run(u"UPDATE messages SET clicked_at = COALESCE(clicked_at, :now), opened_at = COALESCE(opened_at, :now2), "
                       "updated_at = :now3 WHERE merchant_id = :merchant_id AND id = :id"_s,
                       {{u"now"_s, now()}, {u"now2"_s, now()}, {u"now3"_s, now()}, {u"id"_s, id}});
    return updated ? Status() : Status(fail(updated.error()));
}

Status MessageRepository::recordOpen(qint64 id)
{
    auto updated = run(u"UPDATE messages SET opened_at = COALESCE(opened_at, :now), updated_at = :now2 "
                       "WHERE merchant_id = :merchant_id AND id = :id"_s,
                       {{u"now"_s, now()}, {u"now2"_s, now()}, {u"id"_s, id}});
    return updated ? Status() : Status(fail(updated.error()));
}

Result<std::optional<qint64>> MessageRepository::linkOrder(qint64 customerId, qint64 orderId, const QDateTime &at, qint64 windowMs)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    const qint64 until = time::toStorage(at);
    auto latest = maybeOne(u"SELECT id FROM messages WHERE merchant_id = :merchant_id AND customer_id = :customer "
                           "AND clicked_at IS NOT NULL AND clicked_at <= :until AND clicked_at >= :from AND order_id IS NULL "
                           "AND automation <> 'order_update' ORDER BY clicked_at DESC, id DESC LIMIT 1"_s,
                           {{u"customer"_s, customerId}, {u"until"_s, until}, {u"from"_s, until - windowMs}},
                           [](const db::Query &q) { return q.value(0).toLongLong(); });
    if (!latest)
        return fail(latest.error());
    if (*latest) {
        auto updated = run(u"UPDATE messages SET order_id = :order, updated_at = :now WHERE merchant_id = :merchant_id AND id = :id"_s,
                           {{u"order"_s, orderId}, {u"now"_s, now()}, {u"id"_s, **latest}});
        if (!updated)
            return fail(updated.error());
    }
    if (auto done = transaction->commit(); !done)
        return fail(done.error());
    return *latest;
}

Result<int> MessageRepository::marketingSentSince(qint64 customerId, const QDateTime &since) const
{
    auto count = maybeOne(u"SELECT COUNT(*) FROM messages WHERE merchant_id = :merchant_id AND customer_id = :customer "
                          "AND marketing = :yes AND sent_at IS NOT NULL AND sent_at >= :since"_s,
                          {{u"customer"_s, customerId}, {u"yes"_s, true}, {u"since"_s, time::toStorage(since)}},
                          [](const db::Query &q) { return q.value(0).toInt(); });
    if (!count)
        return fail(count.error());
    return count->value_or(0);
}

Result<QList<MessageAttempt>> MessageRepository::attempts(qint64 id) const
{
    return all(u"SELECT outcome, provider, code, detail, started_at, finished_at FROM message_attempts "
               "WHERE merchant_id = :merchant_id AND message_id = :message ORDER BY attempt, id"_s,
               {{u"message"_s, id}}, [](const db::Query &q) {
                   return MessageAttempt{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                         time::fromStorage(q.value(4).toLongLong()), time::fromStorage(q.value(5).toLongLong())};
               });
}

} // namespace nomo
