#include "core/Time.h"
#include "domain/Change.h"
#include "domain/ChangePage.h"
#include "json/DomainJson.h"
#include "json/WireObject.h"

using namespace Qt::StringLiterals;

namespace nomo {

QJsonObject toJson(const Change &change)
{
    return {{u"seq"_s, change.seq},
            {u"entity"_s, change.entity},
            {u"entity_id"_s, change.entityId},
            {u"op"_s, change.op},
            {u"payload"_s, change.payload},
            {u"changed_at"_s, time::toWire(change.changedAt)}};
}

template<>
QString wireName<Change>()
{
    return u"change"_s;
}

template<>
Result<Change> fromJson<Change>(const JsonField &at)
{
    WireObject o(at);
    Change change;
    change.seq = o.integer(u"seq");
    change.entity = o.string(u"entity");
    if (o.ok() && change.entity.isEmpty())
        o.refuse(u"entity", u"must not be empty"_s);
    change.entityId = o.string(u"entity_id");
    // The payload is read by the entity's own codec when the change is applied: an
    // entity this console does not know yet still moves the feed on.
    change.op = o.oneOf(u"op", {u"upsert"_s, u"delete"_s});
    change.payload = o.object(u"payload");
    change.changedAt = o.time(u"changed_at");
    return o.result(std::move(change));
}

QJsonObject toJson(const ChangePage &page)
{
    return {{u"changes"_s, toJsonArray(page.changes)},
            {u"next_since"_s, page.nextSince},
            {u"has_more"_s, page.hasMore},
            {u"last_seq"_s, page.lastSeq}};
}

template<>
QString wireName<ChangePage>()
{
    return u"change_page"_s;
}

template<>
Result<ChangePage> fromJson<ChangePage>(const JsonField &at)
{
    WireObject o(at);
    ChangePage page;
    page.changes = o.list<Change>(u"changes");
    page.nextSince = o.integer(u"next_since");
    page.hasMore = o.boolean(u"has_more");
    page.lastSeq = o.nullableInteger(u"last_seq").value_or(0); // absent from daemons before it
    return o.result(std::move(page));
}

} // namespace nomo
