#pragma once

#include "repositories/TenantRepository.h"

#include <optional>

namespace nomo {

// The first answer to a console mutation sent with an Idempotency-Key, so that a
// retry (the console's outbox resends after a lost reply) gets that answer back and
// changes nothing. Keys are the merchant's own; another merchant's same key is a
// different key.
class IdempotencyRepository : public TenantRepository
{
public:
    IdempotencyRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    struct Answer
    {
        QByteArray requestHash;
        int status = 0;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers; // replayed with the body (ETag)
    };
    Result<std::optional<Answer>> find(const QString &key) const;
    // Call in the transaction of the mutation itself, so both land or neither.
    Status remember(const QString &key, const Answer &answer);
    // System-level sweep of keys older than `maxAgeMs`.
    static Result<int> sweep(const QSqlDatabase &db, qint64 olderThanEpochMs);
};

} // namespace nomo
