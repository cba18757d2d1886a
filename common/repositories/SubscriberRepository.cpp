#include "repositories/SubscriberRepository.h"

#include "core/Time.h"
#include "db/Database.h"
#include "json/DomainJson.h"
#include "repositories/ChangeFeedRepository.h"
#include "repositories/ConsentRepository.h"

using namespace Qt::StringLiterals;

namespace nomo {

SubscriberRepository::SubscriberRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Result<SubscriberRepository::Joined> SubscriberRepository::join(const EmailSubscriber &s, const QString &wording,
                                                                const QList<nomo::Subscriber> &onCreated, const QString &consentSource)
{
    const QString email = ConsentRepository::normalize(u"email"_s, s.email);
    if (!email.contains(u'@') || email.size() > 254)
        return fail(ErrorCode::InvalidArgument, u"subscriber.email"_s, u"an email address"_s);
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto existing = maybeOne(u"SELECT id FROM subscribers WHERE merchant_id = :merchant_id AND email = :email"_s, {{u"email"_s, email}},
                             [](const db::Query &q) { return q.value(0).toLongLong(); });
    if (!existing)
        return fail(existing.error());
    Joined joined;
    if (*existing) {
        joined.id = **existing; // taken back by the consent below (consentChanged)
    } else {
        auto id = insertReturningId(u"INSERT INTO subscribers (merchant_id, email, name, source, language, consent_at, created_at) "
                                    "VALUES (:merchant_id, :email, :name, :source, :language, :now, :now2)"_s,
                                    {{u"email"_s, email}, {u"name"_s, s.name.left(120)}, {u"source"_s, s.source},
                                     {u"language"_s, s.language == u"en" ? u"en"_s : u"ar"_s}, {u"now"_s, now()}, {u"now2"_s, now()}});
        if (!id)
            return fail(id.error());
        joined = {*id, true};
    }
    // The consent on record, with the words the shopper saw.
    if (auto consented = ConsentRepository(m_db, m_tenant, m_clock).set(u"email"_s, email, true, consentSource.isEmpty() ? s.source : consentSource, wording); !consented)
        return fail(consented.error());
    if (joined.created)
        if (auto recorded = DomainEventRepository(m_db, m_clock)
                                .record(DomainEvent{QString::fromUtf16(domain_events::kSubscriberCreated), m_tenant.merchantId(), joined.id,
                                                    {}, m_clock.nowUtc()},
                                        onCreated);
            !recorded)
            return fail(recorded.error());
    if (auto done = transaction->commit(); !done)
        return fail(done.error());
    return joined;
}

namespace {
const QString kColumns = u"id, email, name, source, language, unsubscribed_at, consent_at, created_at"_s;

EmailSubscriber readSubscriber(const db::Query &q)
{
    EmailSubscriber s;
    s.id = q.value(0).toLongLong();
    s.email = q.value(1).toString();
    s.name = q.value(2).toString();
    s.source = q.value(3).toString();
    s.language = q.value(4).toString();
    s.unsubscribed = !q.value(5).isNull();
    if (s.unsubscribed)
        s.unsubscribedAt = time::fromStorage(q.value(5).toLongLong());
    s.consentAt = time::fromStorage(q.value(6).toLongLong());
    s.createdAt = time::fromStorage(q.value(7).toLongLong());
    return s;
}
} // namespace

Result<EmailSubscriber> SubscriberRepository::find(qint64 id) const
{
    return one(u"SELECT "_s + kColumns + u" FROM subscribers WHERE merchant_id = :merchant_id AND id = :id"_s, {{u"id"_s, id}},
               readSubscriber, Error{ErrorCode::NotFound, u"subscriber.not_found"_s, u"subscriber %1 does not exist"_s.arg(id)});
}

Result<std::optional<EmailSubscriber>> SubscriberRepository::findByEmail(const QString &email) const
{
    return maybeOne(u"SELECT "_s + kColumns + u" FROM subscribers WHERE merchant_id = :merchant_id AND email = :email"_s,
                    {{u"email"_s, ConsentRepository::normalize(u"email"_s, email)}}, readSubscriber);
}

Result<QList<EmailSubscriber>> SubscriberRepository::list(int limit) const
{
    return all(u"SELECT "_s + kColumns + u" FROM subscribers WHERE merchant_id = :merchant_id ORDER BY id DESC LIMIT :limit"_s,
               {{u"limit"_s, limit}}, readSubscriber);
}

Status SubscriberRepository::consentChanged(const QString &email, bool granted)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto id = maybeOne(u"SELECT id FROM subscribers WHERE merchant_id = :merchant_id AND email = :email"_s, {{u"email"_s, email}},
                       [](const db::Query &q) { return q.value(0).toLongLong(); });
    if (!id)
        return fail(id.error());
    if (!*id)
        return transaction->commit();
    auto moved = granted ? run(u"UPDATE subscribers SET unsubscribed_at = NULL, consent_at = :now WHERE merchant_id = :merchant_id AND id = :id"_s,
                               {{u"now"_s, now()}, {u"id"_s, **id}})
                         : run(u"UPDATE subscribers SET unsubscribed_at = :now WHERE merchant_id = :merchant_id AND id = :id "
                               "AND unsubscribed_at IS NULL"_s,
                               {{u"now"_s, now()}, {u"id"_s, **id}});
    if (!moved)
        return fail(moved.error());
    auto subscriber = find(**id);
    if (!subscriber)
        return fail(subscriber.error());
    if (auto fed = ChangeFeedRepository(m_db, m_tenant, m_clock).append(u"subscriber"_s, QString::number(**id), u"upsert"_s, toJson(*subscriber));
        !fed)
        return fail(fed.error());
    return transaction->commit();
}

Result<SubscriberRepository::Erased> SubscriberRepository::erase(qint64 id)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto subscriber = find(id);
    if (!subscriber)
        return fail(subscriber.error());
    const QString email = subscriber->email;
    if (auto deleted = run(u"DELETE FROM subscribers WHERE merchant_id = :merchant_id AND id = :id"_s, {{u"id"_s, id}}); !deleted)
        return fail(deleted.error());
    if (auto cancelled = run(u"UPDATE messages SET status = 'cancelled', reason = 'the shopper asked for their data to be deleted', "
                             "updated_at = :now WHERE merchant_id = :merchant_id AND channel = 'email' AND recipient = :email "
                             "AND status = 'scheduled'"_s,
                             {{u"now"_s, now()}, {u"email"_s, email}});
        !cancelled)
        return fail(cancelled.error());
    // Counted first: a driver's count of changed rows is not to be trusted across engines.
    auto addressed = maybeOne(u"SELECT COUNT(*) FROM messages WHERE merchant_id = :merchant_id AND channel = 'email' AND recipient = :email"_s,
                              {{u"email"_s, email}}, [](const db::Query &q) { return q.value(0).toLongLong(); });
    if (!addressed)
        return fail(addressed.error());
    auto erased = run(u"UPDATE messages SET recipient = '', subject = NULL, body_text = NULL, body_html = NULL, updated_at = :now "
                      "WHERE merchant_id = :merchant_id AND channel = 'email' AND recipient = :email"_s,
                      {{u"now"_s, now()}, {u"email"_s, email}});
    if (!erased)
        return fail(erased.error());
    if (auto history = run(u"DELETE FROM consent_events WHERE merchant_id = :merchant_id AND channel = 'email' AND address = :email"_s,
                           {{u"email"_s, email}});
        !history)
        return fail(history.error());
    if (auto withdrawn = ConsentRepository(m_db, m_tenant, m_clock)
                             .set(u"email"_s, email, false, u"erasure_request"_s, u"deleted at the shopper's request"_s);
        !withdrawn)
        return fail(withdrawn.error());
    if (auto fed = ChangeFeedRepository(m_db, m_tenant, m_clock).append(u"subscriber"_s, QString::number(id), u"delete"_s, {}); !fed)
        return fail(fed.error());
    if (auto done = transaction->commit(); !done)
        return fail(done.error());
    return Erased{addressed->value_or(0)};
}

} // namespace nomo
