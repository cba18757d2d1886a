#include "repositories/SubscriberConfirmationRepository.h"

#include "db/Database.h"
#include "repositories/ConsentRepository.h"
#include "repositories/SubscriberRepository.h"
#include "security/RandomToken.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
const QString kColumns = u"id, merchant_id, email, name, language, source, wording, phone, phone_channels, phone_wording, "
                         "confirmed_at"_s;

SubscriberConfirmationRepository::Pending readPending(const db::Query &q)
{
    SubscriberConfirmationRepository::Pending p;
    p.id = q.value(0).toLongLong();
    p.merchantId = q.value(1).toLongLong();
    p.signUp.subscriber.email = q.value(2).toString();
    p.signUp.subscriber.name = q.value(3).toString();
    p.signUp.subscriber.language = q.value(4).toString();
    p.signUp.subscriber.source = q.value(5).toString();
    p.signUp.wording = q.value(6).toString();
    p.signUp.phone = q.value(7).toString();
    for (const QJsonValue &channel : QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array())
        p.signUp.phoneChannels.append(channel.toString());
    p.signUp.phoneWording = q.value(9).toString();
    p.confirmed = !q.value(10).isNull();
    return p;
}
} // namespace

SubscriberConfirmationRepository::SubscriberConfirmationRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Result<SubscriberConfirmationRepository::Requested> SubscriberConfirmationRepository::request(const SignUp &signUp)
{
    const QString email = ConsentRepository::normalize(u"email"_s, signUp.subscriber.email);
    if (!email.contains(u'@') || email.size() > 254)
        return fail(ErrorCode::InvalidArgument, u"subscriber.email"_s, u"an email address"_s);
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    struct Existing
    {
        qint64 id;
        qint64 createdAt;
        bool confirmed;
    };
    auto existing = maybeOne(u"SELECT id, created_at, confirmed_at FROM subscriber_confirmations "
                             "WHERE merchant_id = :merchant_id AND email = :email"_s,
                             {{u"email"_s, email}},
                             [](const db::Query &q) { return Existing{q.value(0).toLongLong(), q.value(1).toLongLong(), !q.value(2).isNull()}; });
    if (!existing)
        return fail(existing.error());
    const QString channels = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(signUp.phoneChannels)).toJson(QJsonDocument::Compact));
    QVariantMap details{{u"email"_s, email},
                        {u"name"_s, signUp.subscriber.name.left(120)},
                        {u"language"_s, signUp.subscriber.language == u"en" ? u"en"_s : u"ar"_s},
                        {u"source"_s, signUp.subscriber.source},
                        {u"wording"_s, signUp.wording},
                        {u"phone"_s, signUp.phone.isEmpty() ? QVariant() : QVariant(signUp.phone)},
                        {u"channels"_s, channels},
                        {u"phone_wording"_s, signUp.phone.isEmpty() ? QVariant() : QVariant(signUp.phoneWording)}};
    Requested requested;
    const qint64 resendAfter = now() - qint64(kResendHours) * 3600 * 1000;
    if (*existing && !(*existing)->confirmed && (*existing)->createdAt > resendAfter) {
        // The same address again within the day: its latest details, no second email.
        details.insert(u"id"_s, (*existing)->id);
        if (auto updated = run(u"UPDATE subscriber_confirmations SET name = :name, language = :language, source = :source, "
                               "wording = :wording, phone = :phone, phone_channels = :channels, phone_wording = :phone_wording "
                               "WHERE merchant_id = :merchant_id AND id = :id AND email = :email"_s,
                               details);
            !updated)
            return fail(updated.error());
        requested = {(*existing)->id, false};
    } else {
        if (*existing)
            if (auto deleted = run(u"DELETE FROM subscriber_confirmations WHERE merchant_id = :merchant_id AND id = :id"_s,
                                   {{u"id"_s, (*existing)->id}});
                !deleted)
                return fail(deleted.error());
        auto token = randomUrlToken(16);
        if (!token)
            return fail(token.error());
        details.insert(u"token"_s, *token);
        details.insert(u"now"_s, now());
        auto id = insertReturningId(u"INSERT INTO subscriber_confirmations (merchant_id, email, token, name, language, source, wording, "
                                    "phone, phone_channels, phone_wording, created_at) VALUES (:merchant_id, :email, :token, :name, "
                                    ":language, :source, :wording, :phone, :channels, :phone_wording, :now)"_s,
                                    details);
        if (!id)
            return fail(id.error());
        requested = {*id, true};
    }
    if (auto done = transaction->commit(); !done)
        return fail(done.error());
    return requested;
}

Status SubscriberConfirmationRepository::setMessage(qint64 id, qint64 messageId)
{
    auto updated = run(u"UPDATE subscriber_confirmations SET message_id = :message WHERE merchant_id = :merchant_id AND id = :id"_s,
                       {{u"message"_s, messageId}, {u"id"_s, id}});
    return updated ? Status() : Status(fail(updated.error()));
}

Result<QString> SubscriberConfirmationRepository::tokenForMessage(qint64 messageId) const
{
    return one(u"SELECT token FROM subscriber_confirmations WHERE merchant_id = :merchant_id AND message_id = :message"_s,
               {{u"message"_s, messageId}}, [](const db::Query &q) { return q.value(0).toString(); },
               Error{ErrorCode::NotFound, u"confirmation.not_found"_s,
                     u"the sign-up of confirmation email %1 is gone (confirmed long ago or expired)"_s.arg(messageId)});
}

Result<std::optional<SubscriberConfirmationRepository::Pending>> SubscriberConfirmationRepository::resolve(const QSqlDatabase &db,
                                                                                                           const QString &token,
                                                                                                           const Clock &clock)
{
    if (!isUrlToken(token, 16))
        return std::optional<Pending>();
    const qint64 oldest = clock.nowUtc().toMSecsSinceEpoch() - qint64(kLinkDays) * 24 * 3600 * 1000;
    auto query = db::exec(db, u"SELECT "_s + kColumns + u" FROM subscriber_confirmations WHERE token = :token AND created_at >= :oldest"_s,
                          {{u"token"_s, token}, {u"oldest"_s, oldest}});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<Pending>();
    return std::optional<Pending>(readPending(*query));
}

Result<SubscriberConfirmationRepository::Confirmed> SubscriberConfirmationRepository::confirm(const QString &token,
                                                                                             const QList<nomo::Subscriber> &onCreated)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto pending = resolve(m_db, token, m_clock);
    if (!pending)
        return fail(pending.error());
    if (!*pending || (*pending)->merchantId != m_tenant.merchantId())
        return fail(ErrorCode::NotFound, u"confirmation.not_found"_s, u"no such sign-up, or its link is past its days"_s);
    const SignUp &signUp = (*pending)->signUp;
    // Marked first, guarded: of two presses racing on PostgreSQL the second waits on the
    // row and then finds it confirmed; SQLite's writers take turns anyway.
    auto marked = run(u"UPDATE subscriber_confirmations SET confirmed_at = :now WHERE merchant_id = :merchant_id AND id = :id "
                      "AND confirmed_at IS NULL"_s,
                      {{u"now"_s, now()}, {u"id"_s, (*pending)->id}});
    if (!marked)
        return fail(marked.error());
    if ((*pending)->confirmed || marked->numRowsAffected() == 0) {
        auto known = SubscriberRepository(m_db, m_tenant, m_clock).findByEmail(signUp.subscriber.email);
        if (!known)
            return fail(known.error());
        return Confirmed{*known ? (*known)->id : 0, true};
    }
    // The consent is the one given on the form; its record says it was confirmed by email.
    auto joined = SubscriberRepository(m_db, m_tenant, m_clock).join(signUp.subscriber, signUp.wording, onCreated, u"email_confirmation"_s);
    if (!joined)
        return fail(joined.error());
    for (const QString &channel : signUp.phoneChannels)
        if (auto consented = ConsentRepository(m_db, m_tenant, m_clock).set(channel, signUp.phone, true, u"email_confirmation"_s, signUp.phoneWording);
            !consented)
            return fail(consented.error());
    if (auto done = transaction->commit(); !done)
        return fail(done.error());
    return Confirmed{joined->id, false};
}

} // namespace nomo
