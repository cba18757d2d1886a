#pragma once

#include "repositories/TenantRepository.h"

namespace nomo {

// The tracked addresses of a sent message (message_links): each link, the open pixel
// and the unsubscribe link behind a token of 128 random bits. A token says which store
// and message it belongs to, so the public routes need nothing else from the visitor.
struct MessageLink
{
    qint64 merchantId = 0;
    qint64 messageId = 0;
    QString kind; // click | open | unsubscribe
    QString url;  // where a click goes (only there: no open redirect)
};

class MessageLinkRepository : public TenantRepository
{
public:
    MessageLinkRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    // A new token for `url` in message `messageId` (the same url twice: the same token).
    Result<QString> create(qint64 messageId, const QString &kind, const QString &url = {});
    // Counts a use; the first is dated.
    Status hit(const QString &token);

    // Which store and message a token is (public routes, before any tenant is known).
    static Result<std::optional<MessageLink>> resolve(const QSqlDatabase &db, const QString &token);
};

} // namespace nomo
