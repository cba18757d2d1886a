#include "console/FeaturesController.h"

#include "features/FeatureSchema.h"
#include "http/HttpErrors.h"
#include "http/Parameters.h"
#include "json/DomainJson.h"
#include "logging/Logging.h"
#include "repositories/FeatureRepository.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
QJsonObject featureJson(const FeatureState &feature)
{
    FeatureState complete = feature;
    if (const FeatureSchema *schema = featureSchema(feature.key))
        complete.settings = schema->withDefaults(feature.settings);
    return toJson(complete);
}
} // namespace

void FeaturesController::install(http::Routes &routes)
{
    routes.add({"GET", u"/api/v1/features"_s, http::Access::Console, false, u"All six features, stored or not"_s},
               [this](const http::RequestContext &context) { return list(*context.caller); });
    routes.addMutation({"PUT", u"/api/v1/features/{key}"_s, http::Access::Console, true, u"Switch a feature and save its settings"_s},
                       [this](const http::RequestContext &context) { return put(context); });
}

QHttpServerResponse FeaturesController::list(const ConsoleCaller &caller) const
{
    auto list = FeatureRepository(db(), TenantContext(caller.merchantId), m_clock).list();
    if (!list)
        return errorResponse(list.error());
    QJsonArray items;
    for (const FeatureState &feature : std::as_const(*list))
        items.append(featureJson(feature));
    return http::jsonResponse({{u"features"_s, items}});
}

http::Answer FeaturesController::put(const http::RequestContext &context) const
{
    using http::Answer;
    const ConsoleCaller &caller = *context.caller;
    const QString &key = context.args.constFirst();
    const FeatureSchema *schema = featureSchema(key);
    if (!schema)
        return Answer::error(Error{ErrorCode::NotFound, u"features.unknown"_s, u"no feature is called \"%1\""_s.arg(key)});
    const QByteArray ifMatch = context.request.value("If-Match");
    if (ifMatch.isEmpty())
        return {428, errorBody(u"precondition_required"_s, u"send If-Match with the version you last saw"_s, u"If-Match"_s), {}};
    const std::optional<qint64> version = http::versionFromIfMatch(ifMatch);
    if (!version)
        return Answer::error(http::badParameter(u"If-Match"_s, u"must be a version number such as \"3\""_s));
    auto body = parseJsonObject(context.request.body(), m_limits);
    if (!body)
        return Answer::error(body.error());
    const QJsonValue enabled = body->value(u"enabled"_s);
    const QJsonValue settings = body->value(u"settings"_s);
    if (!enabled.isBool())
        return Answer::error(http::fieldError(ErrorCode::InvalidArgument, u"features.enabled"_s, u"enabled"_s, u"expected true or false"_s));
    if (!settings.isObject())
        return Answer::error(http::fieldError(ErrorCode::InvalidArgument, u"features.settings"_s, u"settings"_s, u"expected an object"_s));
    FeatureRepository repository(db(), TenantContext(caller.merchantId), m_clock);
    // Over what is stored: a field this console left out (it may not know it) keeps
    // its value. If the stored copy changes meanwhile, the version check below fails.
    auto stored = repository.get(key);
    if (!stored)
        return Answer::error(stored.error());
    auto valid = schema->validate(settings.toObject(), stored->settings);
    if (!valid)
        return Answer::error(valid.error());

    auto saved = repository.save(FeatureState{key, enabled.toBool(), *valid, *version, {}});
    if (!saved) {
        // A never-saved feature has no row: a version other than 0 is just as stale.
        if (saved.error().code != ErrorCode::Conflict && saved.error().code != ErrorCode::NotFound)
            return Answer::error(saved.error());
        // Stale: the console keeps the server's copy, sent along.
        auto current = repository.get(key);
        if (!current)
            return Answer::error(current.error());
        QJsonObject conflict = errorObject(Error{ErrorCode::Conflict, u"features.version_conflict"_s,
                                                 u"the feature was changed elsewhere; here is the current copy"_s});
        conflict.insert(u"current"_s, featureJson(*current));
        Answer answer = Answer::json(conflict, 409);
        answer.headers = {{"ETag", http::etagOf(current->version)}};
        return answer;
    }
    qCInfo(lcConsoleApi) << "store" << caller.merchantId << "device" << caller.deviceId << "saved feature" << key << "version"
                         << saved->version;
    Answer answer = Answer::json(featureJson(*saved));
    answer.headers = {{"ETag", http::etagOf(saved->version)}};
    return answer;
}

} // namespace nomo
