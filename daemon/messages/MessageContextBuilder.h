#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Message.h"
#include "repositories/TenantContext.h"
#include "templates/MessageContext.h"

#include <QSqlDatabase>

namespace nomo {

// The facts one message talks about, read from the store's tables: the shopper, the
// store, the cart or the order, the coupon. Every address in it that a shopper can
// follow is first made a tracked link of the message (GET /r/{token}), the unsubscribe
// link and the open pixel are the message's own tokens: the composer then writes the
// message around them exactly as the preview would.
class MessageContextBuilder
{
public:
    MessageContextBuilder(QSqlDatabase db, TenantContext tenant, QString publicUrl, const Clock &clock);

    Result<templates::MessageContext> build(const Message &message) const;

    // The store's address for shoppers (its own domain, or its Salla address).
    static QString storeUrl(const QString &domain, const QString &username);

private:
    Result<QString> tracked(qint64 messageId, const QString &kind, const QString &url) const;

    QSqlDatabase m_db;
    TenantContext m_tenant;
    QString m_publicUrl;
    const Clock &m_clock;
};

} // namespace nomo
