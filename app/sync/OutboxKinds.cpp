#include "sync/OutboxKinds.h"

#include "cache/CacheDatabase.h"
#include "cache/DeviceStore.h"
#include "cache/FeatureStore.h"
#include "core/ConsoleLogging.h"
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

const QList<OutboxKind> &kinds()
{
    static const QList<OutboxKind> table{
        {outboxkind::Feature, Outbox::Unsent::Replace, featureSaved, featureRefused, true, false, true},
        {outboxkind::DeviceRevoke, Outbox::Unsent::Replace, deviceRevoked, deviceRefused, false, true, false},
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

OutboxRequest deviceRevokeRequest(qint64 deviceId)
{
    return OutboxRequest{outboxkind::DeviceRevoke, QString::number(deviceId), "DELETE",
                         u"/api/v1/devices/%1"_s.arg(deviceId), std::nullopt, std::nullopt};
}

} // namespace nomo
