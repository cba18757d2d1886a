#include "sync/OutboxKinds.h"

#include <QSqlError>
#include <QSqlQuery>

#include "cache/CacheDatabase.h"
#include "cache/CouponStore.h"
#include "cache/DeviceStore.h"
#include "cache/FeatureStore.h"
#include "cache/TemplateStore.h"
#include "messages/MessageTemplate.h"
#include "core/ConsoleLogging.h"
#include "domain/Coupon.h"
#include "domain/FeatureConflict.h"
#include "domain/FeatureEdit.h"
#include "json/DomainJson.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

// 200: the saved feature is the server's copy now, and the edits queued behind this
// one were made from the state it produced, so they rest on its version.
Status featureSaved(const CacheDatabase &cache, const OutboxEntry &entry, const ApiResponse &response)
{
    auto saved = fromJson<FeatureState>(response.body);
    if (!saved)
        return fail(saved.error());
    if (auto kept = FeatureStore(cache).saveServerCopy(*saved); !kept)
        return kept;
    return Outbox(cache).rebase(entry.kind, entry.entityKey, QString::number(saved->version));
}

// 409: the server's copy wins, and every edit of this feature built on the stale one
// goes; other refusals drop the edits the same way.
Status featureRefused(const CacheDatabase &cache, const OutboxEntry &entry, const ApiResponse &response)
{
    if (response.httpStatus == 409) {
        if (auto conflict = fromJson<FeatureConflict>(response.body)) {
            if (auto kept = FeatureStore(cache).saveServerCopy(conflict->current); !kept)
                return kept;
        } else {
            qCWarning(lcSync) << "conflict of" << entry.entityKey << "without a readable copy:" << conflict.error().detail;
        }
    }
    return Outbox(cache).dropAll(entry.kind, entry.entityKey);
}

// 200: signed out; the device leaves the list at once.
Status deviceRevoked(const CacheDatabase &cache, const OutboxEntry &entry, const ApiResponse &)
{
    return DeviceStore(cache).remove(entry.entityKey.toLongLong());
}

// 404: not (or no longer) one of the store's devices: gone from the list just the same.
Status deviceRefused(const CacheDatabase &cache, const OutboxEntry &entry, const ApiResponse &response)
{
    if (response.httpStatus == 404)
        return DeviceStore(cache).remove(entry.entityKey.toLongLong());
    return {};
}

// Deleted (2xx), or not (or no longer) the store's (404, or any refusal: the merchant
// asked for it gone): off the cached list. It left the list when it was asked for; this
// makes sure a sync in between did not bring it back.
Status subscriberErased(const CacheDatabase &cache, const OutboxEntry &entry, const ApiResponse &)
{
    QSqlQuery q(cache.database());
    q.prepare(u"DELETE FROM subscribers WHERE id = :id"_s);
    q.bindValue(u":id"_s, entry.entityKey.toLongLong());
    if (!q.exec())
        return fail(ErrorCode::DatabaseError, u"cache.subscriber_erase"_s, q.lastError().text());
    return {};
}

// 2xx with the coupon: the daemon's copy now (pending for Salla until the change feed
// brings it synced), and the changes queued behind rest on its version.
Status couponSaved(const CacheDatabase &cache, const OutboxEntry &entry, const ApiResponse &response)
{
    auto saved = fromJson<Coupon>(response.body);
    if (!saved)
        return fail(saved.error());
    if (auto kept = CouponStore(cache).save(*saved); !kept)
        return kept;
    if (entry.kind == outboxkind::CouponCreate)
        return {};
    const QString id = QString::number(saved->id);
    const QString version = QString::number(saved->version);
    if (auto rebased = Outbox(cache).rebase(outboxkind::CouponEdit, id, version); !rebased)
        return rebased;
    return Outbox(cache).rebase(outboxkind::CouponDelete, id, version);
}

// Every queued change of a coupon rests on the copy a refused one was made from.
Status dropCouponChanges(const CacheDatabase &cache, const QString &id)
{
    for (const QString &kind : {outboxkind::CouponEdit, outboxkind::CouponDisable, outboxkind::CouponDelete})
        if (auto dropped = Outbox(cache).dropAll(kind, id); !dropped)
            return dropped;
    return {};
}

// 409: the daemon's copy wins; 404: the coupon is gone (deleted elsewhere); a 422
// leaves the daemon's copy as it was. The changes queued behind go in every case.
Status couponRefused(const CacheDatabase &cache, const OutboxEntry &entry, const ApiResponse &response)
{
    if (entry.kind == outboxkind::CouponCreate)
        return {}; // nothing was stored: the row leaving the outbox takes it off the list
    CouponStore coupons(cache);
    if (response.httpStatus == 409) {
        if (auto current = fromJson<Coupon>(response.body.value(u"current"_s).toObject())) {
            if (auto kept = coupons.save(*current); !kept)
                return kept;
        } else {
            qCInfo(lcSync) << "conflict of coupon" << entry.entityKey << "without a readable copy; the next pull brings it";
        }
    } else if (response.httpStatus == 404) {
        if (auto removed = coupons.remove(entry.entityKey.toLongLong()); !removed)
            return removed;
    }
    return dropCouponChanges(cache, entry.entityKey);
}

// 202: marked deleted on the daemon; the change feed removes it once Salla has too.
// (The answer's copy says "deleted", a status the terms' reader refuses, so the
// cached row is marked rather than replaced.)
Status couponDeleted(const CacheDatabase &cache, const OutboxEntry &entry, const ApiResponse &)
{
    return CouponStore(cache).markDeleted(entry.entityKey.toLongLong());
}

// 200: the store's own copy as the daemon keeps it; edits queued behind rest on its version.
Status templateSaved(const CacheDatabase &cache, const OutboxEntry &entry, const ApiResponse &response)
{
    auto saved = fromJson<MessageTemplate>(response.body);
    if (!saved)
        return fail(saved.error());
    if (auto kept = TemplateStore(cache).save(*saved); !kept)
        return kept;
    return Outbox(cache).rebase(entry.kind, entry.entityKey, QString::number(saved->version));
}

// 409: the daemon's copy wins; a 422 (a console older than the daemon's checks) keeps
// what was there. The edits queued behind go either way.
Status templateRefused(const CacheDatabase &cache, const OutboxEntry &entry, const ApiResponse &response)
{
    if (response.httpStatus == 409)
        if (auto current = fromJson<MessageTemplate>(response.body.value(u"current"_s).toObject())) {
            if (auto kept = current->custom ? TemplateStore(cache).save(*current) : TemplateStore(cache).remove(current->key()); !kept)
                return kept;
        }
    return Outbox(cache).dropAll(entry.kind, entry.entityKey);
}

// 200: the gallery's template is the store's again.
Status templateReset(const CacheDatabase &cache, const OutboxEntry &entry, const ApiResponse &)
{
    if (auto removed = TemplateStore(cache).remove(entry.entityKey); !removed)
        return removed;
    return Outbox(cache).dropAll(outboxkind::TemplateSave, entry.entityKey);
}

const QList<OutboxKind> &kinds()
{
    static const QList<OutboxKind> table{
        {outboxkind::Feature, Outbox::Unsent::Replace, featureSaved, featureRefused, true, false, true},
        {outboxkind::DeviceRevoke, Outbox::Unsent::Replace, deviceRevoked, deviceRefused, false, true, false},
        {outboxkind::CouponCreate, Outbox::Unsent::Queue, couponSaved, couponRefused, false, false, false, true},
        {outboxkind::CouponEdit, Outbox::Unsent::Replace, couponSaved, couponRefused, false, false, false, true},
        {outboxkind::CouponDisable, Outbox::Unsent::Queue, couponSaved, couponRefused, false, false, false, true},
        {outboxkind::CouponDelete, Outbox::Unsent::Queue, couponDeleted, couponRefused, false, false, false, true},
        {outboxkind::TemplateSave, Outbox::Unsent::Replace, templateSaved, templateRefused, false, false, true, false, true},
        {outboxkind::TemplateReset, Outbox::Unsent::Replace, templateReset, nullptr, false, false, false, false, true},
        {outboxkind::SubscriberErase, Outbox::Unsent::Replace, subscriberErased, subscriberErased},
    };
    return table;
}

} // namespace

const OutboxKind *outboxKind(const QString &name)
{
    for (const OutboxKind &kind : kinds()) {
        if (kind.name == name)
            return &kind;
    }
    return nullptr;
}

OutboxRequest featureEditRequest(const QString &key, const FeatureEdit &edit, qint64 version)
{
    return OutboxRequest{outboxkind::Feature, key, "PUT", u"/api/v1/features/"_s + key, QString::number(version), toJson(edit)};
}

OutboxRequest templateSaveRequest(const MessageTemplate &tmpl)
{
    return OutboxRequest{outboxkind::TemplateSave, tmpl.key(), "PUT", u"/api/v1/templates/"_s + tmpl.key(), QString::number(tmpl.version),
                         QJsonObject{{u"subject"_s, tmpl.subject}, {u"body"_s, tmpl.body}, {u"action"_s, tmpl.action}}};
}

OutboxRequest templateResetRequest(const MessageTemplate &tmpl)
{
    return OutboxRequest{outboxkind::TemplateReset, tmpl.key(), "DELETE", u"/api/v1/templates/"_s + tmpl.key(), std::nullopt, std::nullopt};
}

OutboxRequest deviceRevokeRequest(qint64 deviceId)
{
    return OutboxRequest{outboxkind::DeviceRevoke, QString::number(deviceId), "DELETE",
                         u"/api/v1/devices/%1"_s.arg(deviceId), std::nullopt, std::nullopt};
}

OutboxRequest subscriberEraseRequest(qint64 subscriberId)
{
    return OutboxRequest{outboxkind::SubscriberErase, QString::number(subscriberId), "DELETE",
                         u"/api/v1/subscribers/%1"_s.arg(subscriberId), std::nullopt, std::nullopt};
}

} // namespace nomo
