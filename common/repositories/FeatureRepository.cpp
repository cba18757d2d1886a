#include "repositories/FeatureRepository.h"

#include "core/Time.h"
#include "db/Database.h"
#include "domain/FeatureKeys.h"
#include "json/DomainJson.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
Error unknownFeature(const QString &key)
{
    return Error{ErrorCode::NotFound, u"feature.unknown"_s, u"no feature \"%1\""_s.arg(key)};
}
} // namespace

FeatureRepository::FeatureRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Result<QList<FeatureState>> FeatureRepository::list() const
{
    auto query = run(u"SELECT feature_key, enabled, settings_json, version, updated_at FROM merchant_features "
                     "WHERE merchant_id = :merchant_id"_s);
    if (!query)
        return fail(query.error());
    QHash<QString, FeatureState> stored;
    while (query->next()) {
        FeatureState state{query->value(0).toString(),
                           query->value(1).toBool(),
                           QJsonDocument::fromJson(query->value(2).toString().toUtf8()).object(),
                           query->value(3).toLongLong(),
                           time::fromStorage(query->value(4).toLongLong())};
        stored.insert(state.key, state);
    }
    QList<FeatureState> features;
    for (const QString &key : featureKeys())
        features.append(stored.value(key, FeatureState{key, false, {}, 0, {}}));
    return features;
}

Result<FeatureState> FeatureRepository::get(const QString &key) const
{
    if (!featureKeys().contains(key))
        return fail(unknownFeature(key));
    auto all = list();
    if (!all)
        return fail(all.error());
    for (const FeatureState &feature : std::as_const(*all)) {
        if (feature.key == key)
            return feature;
    }
    return fail(unknownFeature(key));
}

Result<FeatureState> FeatureRepository::save(const FeatureState &feature)
{
    if (!featureKeys().contains(feature.key))
        return fail(unknownFeature(feature.key));
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());

    FeatureState saved = feature;
    saved.version = feature.version + 1;
    saved.updatedAt = time::fromStorage(now());
    const QString settings = QString::fromUtf8(QJsonDocument(feature.settings).toJson(QJsonDocument::Compact));
    if (feature.version == 0) {
        auto inserted = insert(u"INSERT INTO merchant_features (merchant_id, feature_key, enabled, settings_json, version, "
                               "updated_at) VALUES (:merchant_id, :key, :enabled, :settings, 1, :now)"_s,
                               {{u"key"_s, feature.key},
                                {u"enabled"_s, feature.enabled},
                                {u"settings"_s, settings},
                                {u"now"_s, now()}});
        if (!inserted) {
            if (inserted.error().code == ErrorCode::Conflict)
                return fail(ErrorCode::Conflict, u"db.version_conflict"_s, u"feature %1 was changed by someone else"_s.arg(feature.key));
            return fail(inserted.error());
        }
    } else {
        auto updated = run(u"UPDATE merchant_features SET enabled = :enabled, settings_json = :settings, "
                           "version = version + 1, updated_at = :now "
                           "WHERE merchant_id = :merchant_id AND feature_key = :key AND version = :expected"_s,
                           {{u"key"_s, feature.key},
                            {u"enabled"_s, feature.enabled},
                            {u"settings"_s, settings},
                            {u"now"_s, now()},
                            {u"expected"_s, feature.version}});
        if (!updated)
            return fail(updated.error());
        if (updated->numRowsAffected() == 0)
            return fail(missOrConflict(u"merchant_features"_s, u"feature_key"_s, feature.key, u"feature "_s + feature.key));
    }
    if (auto done = commitWithChange(*transaction, u"feature"_s, feature.key, u"upsert"_s, toJson(saved)); !done)
        return fail(done.error());
    return saved;
}

} // namespace nomo
