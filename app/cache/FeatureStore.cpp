#include "cache/FeatureStore.h"

#include "cache/CacheDatabase.h"
#include "cache/CacheValues.h"
#include "core/ConsoleLogging.h"
#include "core/Time.h"
#include "domain/FeatureEdit.h"
#include "domain/FeatureKeys.h"
#include "features/FeatureSchema.h"
#include "json/DomainJson.h"

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
    , m_outbox(cache)
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
    // The newest queued edit is what the merchant last chose, on the version it was made on.
    const std::optional<OutboxEntry> queued = m_outbox.latestFor(outboxkind::Feature, key);
    if (!queued || !queued->body)
        return record;
    auto edit = fromJson<FeatureEdit>(*queued->body);
    if (!edit) {
        qCWarning(lcCache) << "queued edit of" << key << "unreadable:" << edit.error().detail;
        return record;
    }
    record.enabled = edit->enabled;
    record.settings = completed(key, edit->settings);
    if (queued->ifMatch)
        record.version = queued->ifMatch->toLongLong();
    record.pendingEdit = true;
    return record;
}

QList<FeatureRecord> FeatureStore::all() const
{
    QList<FeatureRecord> records;
    for (const QString &key : featureKeys())
        records.append(effective(key));
    return records;
}

Status FeatureStore::saveServerCopy(const FeatureState &feature)
{
    if (!featureSchema(feature.key))
        return fail(ErrorCode::ParseError, u"api.feature_shape"_s, u"feature.key: unknown feature %1"_s.arg(feature.key));
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO features (key, enabled, settings_json, version, updated_at) VALUES (?, ?, ?, ?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET enabled = excluded.enabled, settings_json = excluded.settings_json, "
                  "version = excluded.version, updated_at = excluded.updated_at"_s);
    query.addBindValue(feature.key);
    query.addBindValue(feature.enabled ? 1 : 0);
    // Kept whole, fields this console does not know included: they travel back on the next edit.
    query.addBindValue(QString::fromUtf8(QJsonDocument(feature.settings).toJson(QJsonDocument::Compact)));
    query.addBindValue(feature.version);
    query.addBindValue(cache::storedTime(feature.updatedAt));
    if (!query.exec())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, query.lastError().text());
    return {};
}

} // namespace nomo
