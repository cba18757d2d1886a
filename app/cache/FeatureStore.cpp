#include "cache/FeatureStore.h"

#include "cache/CacheDatabase.h"
#include "cache/CacheValues.h"
#include "core/Time.h"
#include "domain/FeatureKeys.h"
#include "features/FeatureSchema.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
QJsonObject completed(const QString &key, const QJsonObject &settings)
{
    const FeatureSchema *schema = featureSchema(key);
    return schema ? schema->withDefaults(settings) : settings;
}
} // namespace

FeatureStore::FeatureStore(const CacheDatabase &cache)
    : m_db(cache.database())
{
}

FeatureRecord FeatureStore::serverCopy(const QString &key) const
{
    FeatureRecord record;
    record.key = key;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT enabled, settings_json, version, updated_at FROM features WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next()) {
        record.enabled = query.value(0).toInt() != 0;
        record.settings = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        record.version = query.value(2).toLongLong();
        if (!query.value(3).isNull())
            record.updatedAt = time::fromStorage(query.value(3).toLongLong());
    }
    record.settings = completed(key, record.settings);
    return record;
}

FeatureRecord FeatureStore::effective(const QString &key) const
{
    FeatureRecord record = serverCopy(key);
    // The newest queued edit is what the merchant last chose.
    QSqlQuery query(m_db);
    query.prepare(u"SELECT body_json FROM outbox WHERE kind = 'feature' AND entity_key = ? ORDER BY id DESC LIMIT 1"_s);
    query.addBindValue(key);
    if (query.exec() && query.next()) {
        const QJsonObject body = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        record.enabled = body.value(u"enabled"_s).toBool();
        record.settings = completed(key, body.value(u"settings"_s).toObject());
        record.pendingEdit = true;
    }
    return record;
}

QList<FeatureRecord> FeatureStore::all() const
{
    QList<FeatureRecord> records;
    for (const QString &key : featureKeys())
        records.append(effective(key));
    return records;
}

Status FeatureStore::saveServerCopy(const QJsonObject &feature)
{
    const QString key = feature.value(u"key"_s).toString();
    if (!featureSchema(key))
        return fail(ErrorCode::ParseError, u"api.feature_shape"_s, u"feature.key: unknown feature %1"_s.arg(key));
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO features (key, enabled, settings_json, version, updated_at) VALUES (?, ?, ?, ?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET enabled = excluded.enabled, settings_json = excluded.settings_json, "
                  "version = excluded.version, updated_at = excluded.updated_at"_s);
    query.addBindValue(key);
    query.addBindValue(feature.value(u"enabled"_s).toBool() ? 1 : 0);
    query.addBindValue(QString::fromUtf8(QJsonDocument(feature.value(u"settings"_s).toObject()).toJson(QJsonDocument::Compact)));
    query.addBindValue(feature.value(u"version"_s).toInteger());
    query.addBindValue(cache::storedTime(feature.value(u"updated_at"_s)));
    if (!query.exec())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, query.lastError().text());
    return {};
}

} // namespace nomo
