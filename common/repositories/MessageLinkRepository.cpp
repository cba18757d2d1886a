#include "repositories/MessageLinkRepository.h"

#include "security/RandomToken.h"

using namespace Qt::StringLiterals;

namespace nomo {

MessageLinkRepository::MessageLinkRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Result<QString> MessageLinkRepository::create(qint64 messageId, const QString &kind, const QString &url)
{
    auto existing = maybeOne(u"SELECT token FROM message_links WHERE merchant_id = :merchant_id AND message_id = :message "
                             "AND kind = :kind AND url = :url"_s,
                             {{u"message"_s, messageId}, {u"kind"_s, kind}, {u"url"_s, url}},
                             [](const db::Query &q) { return q.value(0).toString(); });
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return **existing;
    auto token = randomUrlToken(16); // 128 bits: 22 characters
    if (!token)
        return fail(token.error());
    auto inserted = insert(u"INSERT INTO message_links (merchant_id, message_id, token, kind, url, created_at) "
                           "VALUES (:merchant_id, :message, :token, :kind, :url, :now)"_s,
                           {{u"message"_s, messageId}, {u"token"_s, *token}, {u"kind"_s, kind}, {u"url"_s, url}, {u"now"_s, now()}});
    if (!inserted)
        return fail(inserted.error());
    return *token;
}

Status MessageLinkRepository::hit(const QString &token)
{
    auto updated = run(u"UPDATE message_links SET hits = hits + 1, first_hit_at = COALESCE(first_hit_at, :now) "
                       "WHERE merchant_id = :merchant_id AND token = :token"_s,
                       {{u"now"_s, now()}, {u"token"_s, token}});
    return updated ? Status() : Status(fail(updated.error()));
}

Result<std::optional<MessageLink>> MessageLinkRepository::resolve(const QSqlDatabase &db, const QString &token)
{
    // 22 base64url characters; anything else is no token of ours (and never reaches SQL as a pattern).
    if (!isUrlToken(token, 16))
        return std::optional<MessageLink>();
    auto query = db::exec(db, u"SELECT merchant_id, message_id, kind, url FROM message_links WHERE token = :token"_s,
                          {{u"token"_s, token}});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<MessageLink>();
    return std::optional<MessageLink>(MessageLink{query->value(0).toLongLong(), query->value(1).toLongLong(),
                                                  query->value(2).toString(), query->value(3).toString()});
}

} // namespace nomo
