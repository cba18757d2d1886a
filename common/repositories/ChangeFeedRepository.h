#pragma once

#include "domain/Change.h"
#include "repositories/TenantRepository.h"

#include <QList>

namespace nomo {

// A merchant's change feed: every console-visible mutation appends one entry in the
// transaction that made it, and the console pages through it by seq.
class ChangeFeedRepository : public TenantRepository
{
public:
    ChangeFeedRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    // Hands out the merchant's next seq (locking the merchant row until the caller's
    // transaction ends, so seqs commit in order) and records the change.
    // Call it inside the transaction that makes the change.
    Result<qint64> append(const QString &entity, const QString &entityId, const QString &op, const QJsonObject &payload);

    // Entries after `sinceSeq`, oldest first, at most `limit`.
    Result<QList<Change>> since(qint64 sinceSeq, int limit) const;

    Result<qint64> lastSeq() const;

private:
    Result<qint64> takeSeq() const; // the merchant's change_seq, moved on by one
};

} // namespace nomo
