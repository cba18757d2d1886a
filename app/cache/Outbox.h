#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace nomo {

class CacheDatabase;

// The kinds of mutation the console queues. What each one's answers mean for the
// cache is sync/OutboxKinds; the cache only keeps the rows.
namespace outboxkind {
inline const QString Feature = QStringLiteral("feature");             // PUT /api/v1/features/{key}
inline const QString DeviceRevoke = QStringLiteral("device.revoke"); // DELETE /api/v1/devices/{id}
inline const QString CouponCreate = QStringLiteral("coupon.create");   // POST /api/v1/coupons (entity: the code)
inline const QString CouponEdit = QStringLiteral("coupon.edit");       // PATCH /api/v1/coupons/{id}
inline const QString CouponDisable = QStringLiteral("coupon.disable"); // POST /api/v1/coupons/{id}/disable
inline const QString CouponDelete = QStringLiteral("coupon.delete");   // DELETE /api/v1/coupons/{id}
inline const QString TemplateSave = QStringLiteral("template.save");   // PUT /api/v1/templates/{automation}/{channel}/{language}
inline const QString TemplateReset = QStringLiteral("template.reset"); // DELETE the same: back to the gallery's
inline const QString SubscriberErase = QStringLiteral("subscriber.erase"); // DELETE /api/v1/subscribers/{id}
} // namespace outboxkind

// One mutation as it goes on the wire.
struct OutboxRequest
{
    QString kind;      // outboxkind::...
    QString entityKey; // what it is about: "latest_purchase", a device id
    QByteArray method; // PUT, DELETE, POST
    QString path;      // "/api/v1/features/latest_purchase", decoded (QUrl encodes it)
    std::optional<QString> ifMatch; // the version it was made on, for a versioned resource
    std::optional<QJsonObject> body;
};

// A queued mutation: the request, and what the outbox knows of its sending.
struct OutboxEntry : OutboxRequest
{
    qint64 id = 0;
    QString idempotencyKey; // made once with the row, reused on every retry
    int attempts = 0;
    QString lastError;
};

// Mutations go here first, so the merchant's change survives a closed laptop, a lost
// connection or a crash, and the screen shows it at once (optimistic state). The
// SyncEngine sends them oldest first and removes each one the daemon answered.
class Outbox
{
public:
    // Whether a request may take the place of an older one of the same kind and key.
    enum class Unsent {
        Queue,   // every request goes, in order
        Replace, // an older one never sent gets this body instead (its key was never
                 // used, so nothing can be applied twice); one already tried stays
    };

    explicit Outbox(const CacheDatabase &cache);

    // The row's id. A replaced row keeps its If-Match: the version the merchant's first
    // edit was made on is the version all of them rest on.
    Result<qint64> enqueue(const OutboxRequest &request, Unsent unsent = Unsent::Queue);

    QList<OutboxEntry> pending() const; // oldest first
    std::optional<OutboxEntry> head() const;
    std::optional<OutboxEntry> latestFor(const QString &kind, const QString &entityKey) const;
    int count() const;

    // Counted when a send starts, so a request in flight is never rewritten under its key.
    Status markAttempt(qint64 id);
    Status noteError(qint64 id, const QString &error);
    Status remove(qint64 id);
    // After one mutation of a resource was saved, the ones queued behind it were made
    // from the state it produced: they carry its new version.
    Status rebase(const QString &kind, const QString &entityKey, const QString &ifMatch);
    // After a conflict every queued mutation of that resource rests on a stale copy.
    Status dropAll(const QString &kind, const QString &entityKey);

private:
    QList<OutboxEntry> select(const QString &where, const QVariantList &binds) const;

    QSqlDatabase m_db;
};

} // namespace nomo
