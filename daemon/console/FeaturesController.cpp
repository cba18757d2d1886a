#include "console/FeaturesController.h"

#include "features/FeatureSchema.h"
#include "http/HttpErrors.h"
#include "http/Parameters.h"
#include "json/DomainJson.h"
#include "logging/Logging.h"
#include "db/Database.h"
#include "repositories/FeatureRepository.h"
#include "repositories/FeatureSecretRepository.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nomo {


void FeaturesController::install(http::Routes &routes)
{
    routes.add({"GET", u"/api/v1/features"_s, http::Access::Console, false, u"All six features, stored or not"_s},
               [this](const http::RequestContext &context) { return list(*context.caller); });
    routes.addMutation({"PUT", u"/api/v1/features/{key}"_s, http::Access::Console, true, u"Switch a feature and save its settings"_s},
                       [this](const http::RequestContext &context) { return put(context); });
}

Result<QJsonObject> FeaturesController::featureJson(const ConsoleCaller &caller, const FeatureState &feature) const
{
    FeatureState complete = feature;
    const FeatureSchema *schema = featureSchema(feature.key);
    if (schema)
        complete.settings = schema->withDefaults(feature.settings);
    QJsonObject json = toJson(complete);
    if (schema && !schema->secrets.isEmpty()) {
        auto set = FeatureSecretRepository(db(), TenantContext(caller.merchantId), m_cipher, m_clock).setFields(feature.key);
        if (!set)
            return fail(set.error());
        QJsonObject secrets;
        for (const SecretField &secret : schema->secrets)
            secrets.insert(secret.name, set->contains(secret.name));
        json.insert(u"secrets"_s, secrets);
    }
    return json;
}

QHttpServerResponse FeaturesController::list(const ConsoleCaller &caller) const
{
    auto list = FeatureRepository(db(), TenantContext(caller.merchantId), m_clock).list();
    if (!list)
        return errorResponse(list.error());
    QJsonArray items;
    for (const FeatureState &feature : std::as_const(*list)) {
        auto json = featureJson(caller, feature);
        if (!json)
            return errorResponse(json.error());
        items.append(*json);
    }
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
    const auto seen = http::requiredVersion(context.request);
    if (const auto *answer = std::get_if<Answer>(&seen))
        return *answer;
    const std::optional<qint64> version = std::get<qint64>(seen);
    auto body = parseJsonObject(context.request.body(), m_limits);
    if (!body)
        return Answer::error(body.error());
    const QJsonValue enabled = body->value(u"enabled"_s);
    const QJsonValue settings = body->value(u"settings"_s);
    const QJsonValue secrets = body->value(u"secrets"_s);
    if (!enabled.isBool())
        return Answer::error(http::fieldError(ErrorCode::InvalidArgument, u"features.enabled"_s, u"enabled"_s, u"expected true or false"_s));
    if (!settings.isObject())
        return Answer::error(http::fieldError(ErrorCode::InvalidArgument, u"features.settings"_s, u"settings"_s, u"expected an object"_s));
    if (!secrets.isUndefined() && !secrets.isObject())
        return Answer::error(http::fieldError(ErrorCode::InvalidArgument, u"features.secrets"_s, u"secrets"_s, u"expected an object"_s));
    auto secretChanges = schema->validateSecrets(secrets.toObject());
    if (!secretChanges)
        return Answer::error(secretChanges.error());
    // The save and its secrets commit together or not at all.
    auto transaction = db::Transaction::begin(db());
    if (!transaction)
        return Answer::error(transaction.error());
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
        auto currentJson = featureJson(caller, *current);
        if (!currentJson)
            return Answer::error(currentJson.error());
        conflict.insert(u"current"_s, *currentJson);
        Answer answer = Answer::json(conflict, 409);
        answer.headers = {{"ETag", http::etagOf(current->version)}};
        return answer;
    }
    FeatureSecretRepository sealed(db(), TenantContext(caller.merchantId), m_cipher, m_clock);
    for (const auto &[name, value] : std::as_const(*secretChanges)) {
        if (auto done = value ? sealed.set(key, name, *value) : sealed.clear(key, name); !done)
            return Answer::error(done.error());
    }
    auto savedJson = featureJson(caller, *saved);
    if (!savedJson)
        return Answer::error(savedJson.error());
    if (auto committed = transaction->commit(); !committed)
        return Answer::error(committed.error());
    qCInfo(lcConsoleApi) << "store" << caller.merchantId << "device" << caller.deviceId << "saved feature" << key << "version"
                         << saved->version << (secretChanges->isEmpty() ? "" : "with secrets");
    Answer answer = Answer::json(*savedJson);
    answer.headers = {{"ETag", http::etagOf(saved->version)}};
    return answer;
}

} // namespace nomo
