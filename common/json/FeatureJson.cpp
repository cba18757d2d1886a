#include "core/Time.h"
#include "domain/ApiError.h"
#include "domain/FeatureConflict.h"
#include "domain/FeatureEdit.h"
#include "domain/FeatureState.h"
#include "json/DomainJson.h"
#include "json/WireObject.h"

using namespace Qt::StringLiterals;

namespace nomo {

QJsonObject toJson(const FeatureState &feature)
{
    return {{u"key"_s, feature.key},
            {u"enabled"_s, feature.enabled},
            {u"settings"_s, feature.settings},
            {u"version"_s, feature.version},
            {u"updated_at"_s, time::toWireOrNull(feature.updatedAt)}};
}

template<>
QString wireName<FeatureState>()
{
    return u"feature"_s;
}

template<>
Result<FeatureState> fromJson<FeatureState>(const JsonField &at)
{
    WireObject o(at);
    FeatureState feature;
    // Any key reads: whether this console knows the feature is the caller's question
    // (a newer daemon's feature is skipped, not a broken answer).
    feature.key = o.string(u"key");
    feature.enabled = o.boolean(u"enabled");
    // Opaque by design: FeatureSchema reads it, and fields a newer daemon added travel
    // back unchanged.
    feature.settings = o.object(u"settings");
    feature.version = o.integer(u"version");
    feature.updatedAt = o.nullableTime(u"updated_at");
    return o.result(std::move(feature));
}

QJsonObject toJson(const FeatureEdit &edit)
{
    return {{u"enabled"_s, edit.enabled}, {u"settings"_s, edit.settings}};
}

template<>
QString wireName<FeatureEdit>()
{
    return u"feature_edit"_s;
}

template<>
Result<FeatureEdit> fromJson<FeatureEdit>(const JsonField &at)
{
    WireObject o(at);
    FeatureEdit edit;
    edit.enabled = o.boolean(u"enabled");
    edit.settings = o.object(u"settings");
    return o.result(std::move(edit));
}

QJsonObject toJson(const FeatureConflict &conflict)
{
    QJsonObject body = toJson(conflict.error);
    body.insert(u"current"_s, toJson(conflict.current));
    return body;
}

template<>
QString wireName<FeatureConflict>()
{
    return u"feature_conflict"_s;
}

template<>
Result<FeatureConflict> fromJson<FeatureConflict>(const JsonField &at)
{
    // The error half is the error body's own codec, read from the same object.
    auto error = fromJson<ApiError>(at);
    if (!error)
        return fail(error.error());
    WireObject o(at);
    FeatureConflict conflict;
    conflict.error = std::move(*error);
    conflict.current = o.nested<FeatureState>(u"current");
    return o.result(std::move(conflict));
}

} // namespace nomo
