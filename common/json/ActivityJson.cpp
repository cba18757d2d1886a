#include "core/Time.h"
#include "domain/ActivityEvent.h"
#include "json/DomainJson.h"
#include "json/WireObject.h"

using namespace Qt::StringLiterals;

namespace nomo {

QJsonObject toJson(const ActivityEvent &event)
{
    return {{u"id"_s, event.id},
            {u"event"_s, event.eventType},
            {u"source"_s, event.source},
            {u"status"_s, event.status},
            {u"attempts"_s, event.attempts},
            {u"error"_s, event.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(event.lastError)},
            {u"received_at"_s, time::toWire(event.receivedAt)},
            {u"processed_at"_s, time::toWireOrNull(event.processedAt)}};
}

template<>
QString wireName<ActivityEvent>()
{
    return u"activity_event"_s;
}

template<>
Result<ActivityEvent> fromJson<ActivityEvent>(const JsonField &at)
{
    WireObject o(at);
    ActivityEvent event;
    event.id = o.integer(u"id");
    event.eventType = o.string(u"event");
    // Plain strings, not a closed list: a source or status a newer daemon adds is
    // shown by its name rather than dropping the whole list.
    event.source = o.string(u"source");
    event.status = o.string(u"status");
    event.attempts = o.smallInteger(u"attempts");
    event.lastError = o.nullableString(u"error");
    event.receivedAt = o.time(u"received_at");
    event.processedAt = o.nullableTime(u"processed_at");
    return o.result(std::move(event));
}

} // namespace nomo
