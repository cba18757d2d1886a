#pragma once

#include "api/ApiResponse.h"
#include "core/Result.h"
#include "features/FeatureSchema.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace nomo {

class SyncEngine;
class FeatureStore;

// A feature's settings form, built from its schema (common/features/FeatureSchema):
// the fields, their current values and a message per field in the merchant's
// language, from the same rules the daemon applies, or from the daemon's 422.
class SettingsFormModel : public QObject
{
    Q_OBJECT

public:
    SettingsFormModel(const FeatureSchema &schema, bool enabled, const QJsonObject &settings, QObject *parent = nullptr);

    const FeatureSchema &schema() const { return m_schema; }
    QString title() const;
    QString fieldLabel(const SettingField &field) const;
    QString unitText(const SettingField &field) const;
    static QString choiceText(const QString &value);

    bool enabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    QJsonValue value(const QString &name) const { return m_values.value(name); }
    QJsonObject values() const { return m_values; }
    // Checks the one field at once, so the message appears as the merchant types.
    void setValue(const QString &name, const QJsonValue &value);

    QString errorFor(const QString &name) const { return m_errors.value(name); }
    bool hasErrors() const { return !m_errors.isEmpty(); }
    bool validate(); // every field; true when the form can be saved

    // The daemon's 422 body: {"error":{"key":"settings.range","field":"settings.x"}}.
    void applyServerError(const ApiError &error);
    // Words for one of the schema's error keys, for a field.
    static QString messageFor(const QString &key, const SettingField *field);

Q_SIGNALS:
    void errorsChanged();

private:
    QString checkOne(const QString &name, const QJsonValue &value) const;

    const FeatureSchema &m_schema;
    bool m_enabled = false;
    QJsonObject m_values;
    QHash<QString, QString> m_errors;
};

} // namespace nomo
