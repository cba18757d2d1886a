#include "core/Time.h"
#include "domain/Change.h"
#include "json/DomainJson.h"

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

} // namespace nomo
