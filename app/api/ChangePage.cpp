#include "api/ChangePage.h"

#include "core/Time.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nomo {

Result<ChangePage> ChangePage::fromJson(const QJsonObject &body)
{
    const QJsonValue changes = body.value(u"changes"_s);
    if (!changes.isArray() || !body.value(u"next_since"_s).isDouble())
        return fail(ErrorCode::ParseError, u"api.changes_shape"_s, u"changes: expected changes[] and next_since"_s);
    ChangePage page;
    page.nextSince = body.value(u"next_since"_s).toInteger();
    page.hasMore = body.value(u"has_more"_s).toBool();
    const QJsonArray list = changes.toArray();
    page.changes.reserve(list.size());
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        Change change;
        change.seq = object.value(u"seq"_s).toInteger();
        change.entity = object.value(u"entity"_s).toString();
        change.entityId = object.value(u"entity_id"_s).toString();
        change.op = object.value(u"op"_s).toString();
        change.payload = object.value(u"payload"_s).toObject();
        if (auto when = time::fromWire(object.value(u"changed_at"_s).toString()))
            change.changedAt = *when;
        if (change.entity.isEmpty() || (change.op != u"upsert" && change.op != u"delete"))
            return fail(ErrorCode::ParseError, u"api.changes_shape"_s, u"changes[%1]: entity and op expected"_s.arg(change.seq));
        page.changes.append(std::move(change));
    }
    return page;
}

} // namespace nomo
