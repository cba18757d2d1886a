#include "cache/DecodedChange.h"

#include "core/ConsoleLogging.h"
#include "features/FeatureSchema.h"
#include "json/DomainJson.h"
#include "json/SalesJson.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

// Where a payload's fields are reported: "order#17.total_halalas" (entity and seq).
JsonField payloadOf(const Change &change)
{
    return JsonField(QJsonValue(change.payload), u"%1#%2"_s.arg(change.entity).arg(change.seq));
}

template<class T>
DecodedChange decoded(const Change &change)
{
    auto value = fromJson<T>(payloadOf(change));
    if (!value) {
        // Skipped, not refused: a payload this console cannot read would otherwise
        // stall the feed on this page for good. The rest of the page still applies.
        qCWarning(lcCache).noquote() << "skipping a change that does not read:" << value.error().detail;
        return std::monostate{};
    }
    return std::move(*value);
}

DecodedChange removal(const Change &change, const QString &table)
{
    bool number = false;
    const qint64 id = change.entityId.toLongLong(&number);
    if (!number) {
        qCWarning(lcCache) << "skipping a delete of" << change.entity << "with id" << change.entityId;
        return std::monostate{};
    }
    return CacheRemoval{table, u"id"_s, id};
}

} // namespace

DecodedChange decodeChange(const Change &change)
{
    const bool remove = change.op == u"delete";
    if (change.entity == u"feature") {
        if (remove)
            return CacheRemoval{u"features"_s, u"key"_s, change.entityId};
        DecodedChange feature = decoded<FeatureState>(change);
        // A feature this console does not know yet (a newer daemon) is skipped like an
        // unknown entity: refusing it would stall the feed on this page for good.
        if (const auto *state = std::get_if<FeatureState>(&feature); state && !featureSchema(state->key)) {
            qCInfo(lcCache) << "skipping change of unknown feature" << state->key;
            return std::monostate{};
        }
        return feature;
    }
    if (change.entity == u"order")
        return remove ? removal(change, u"orders"_s) : decoded<Order>(change);
    if (change.entity == u"customer")
        return remove ? removal(change, u"customers"_s) : decoded<Customer>(change);
    if (change.entity == u"coupon")
        return remove ? removal(change, u"coupons"_s) : decoded<Coupon>(change);
    if (change.entity == u"template") // back to the gallery's: the store's own copy goes
        return remove ? DecodedChange(CacheRemoval{u"templates"_s, u"key"_s, change.entityId}) : decoded<MessageTemplate>(change);
    if (change.entity == u"abandoned_cart" || change.entity == u"cart")
        return remove ? removal(change, u"carts"_s) : decoded<AbandonedCart>(change);
    if (change.entity == u"subscriber")
        return remove ? removal(change, u"subscribers"_s) : decoded<EmailSubscriber>(change);
    if (change.entity == u"visitor_day")
        return remove ? DecodedChange(CacheRemoval{u"visitor_days"_s, u"day"_s, change.entityId}) : decoded<VisitorDay>(change);
    if (change.entity == u"sales_day")
        return remove ? DecodedChange(CacheRemoval{u"sales_days"_s, u"day"_s, change.entityId}) : decoded<SalesDay>(change);
    // A newer daemon may send entities this console does not know yet: skipping them
    // keeps the feed moving, and they are not shown anywhere anyway.
    qCInfo(lcCache) << "skipping change of unknown entity" << change.entity;
    return std::monostate{};
}

} // namespace nomo
