#include "viewmodels/SettingsFormModel.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace nomo {

SettingsFormModel::SettingsFormModel(const FeatureSchema &schema, bool enabled, const QJsonObject &settings, QObject *parent)
    : QObject(parent)
    , m_schema(schema)
    , m_enabled(enabled)
    , m_values(schema.withDefaults(settings))
{
}

QString SettingsFormModel::title() const
{
    return QCoreApplication::translate("FeatureSchema", m_schema.title);
}

QString SettingsFormModel::fieldLabel(const SettingField &field) const
{
    return QCoreApplication::translate("FeatureSchema", field.label);
}

QString SettingsFormModel::unitText(const SettingField &field) const
{
    // A counted unit agrees with the number beside it (٦ ثوانٍ، ١١ ثانية، ٧ أيام), so it
    // follows the value as the merchant types; other units are the schema's own words.
    const QJsonValue current = value(field.name);
    const int n = static_cast<int>(current.isDouble() ? current.toInteger() : field.defaultValue.toInteger());
    const QLatin1StringView unit(field.unit);
    if (unit == "seconds"_L1)
        return tr("second(s)", nullptr, n);
    if (unit == "minutes"_L1)
        return tr("minute(s)", nullptr, n);
    if (unit == "hours"_L1)
        return tr("hour(s)", nullptr, n);
    if (unit == "days"_L1)
        return tr("day(s)", nullptr, n);
    if (unit == "visitors"_L1)
        return tr("visitor(s)", nullptr, n);
    if (unit == "times"_L1)
        return tr("time(s)", nullptr, n);
    return *field.unit ? QCoreApplication::translate("FeatureSchema", field.unit) : QString();
}

QString SettingsFormModel::choiceText(const QString &value)
{
    const char *label = choiceLabel(value);
    return *label ? QCoreApplication::translate("FeatureSchema", label) : value;
}

QString SettingsFormModel::messageFor(const QString &key, const SettingField *field)
{
    const QLocale locale;
    if (key == u"settings.range" && field)
        return tr("Enter a whole number from %1 to %2.").arg(locale.toString(field->minimum), locale.toString(field->maximum));
    if (key == u"settings.too_long" && field)
        return tr("Use at most %1 characters.").arg(locale.toString(field->maxLength));
    if (key == u"settings.choice")
        return tr("Choose one of the offered options.");
    if (key == u"settings.type")
        return field && field->type == SettingField::Type::Integer ? tr("Enter a whole number.") : tr("This value is not valid.");
    if (key == u"settings.unknown_field")
        return tr("The server does not know this setting. Please update Nomo Flow.");
    return tr("The server did not accept this value.");
}

QString SettingsFormModel::checkOne(const QString &name, const QJsonValue &value) const
{
    // The schema's own check, on this field alone: the same rules the daemon applies.
    auto checked = m_schema.validate(QJsonObject{{name, value}});
    return checked ? QString() : messageFor(checked.error().messageKey, m_schema.field(name));
}

void SettingsFormModel::setValue(const QString &name, const QJsonValue &value)
{
    m_values.insert(name, value);
    const QString message = checkOne(name, value);
    if (message.isEmpty())
        m_errors.remove(name);
    else
        m_errors.insert(name, message);
    Q_EMIT errorsChanged();
}

bool SettingsFormModel::validate()
{
    m_errors.clear();
    for (const SettingField &field : m_schema.fields) {
        const QString message = checkOne(field.name, m_values.value(field.name));
        if (!message.isEmpty())
            m_errors.insert(field.name, message);
    }
    Q_EMIT errorsChanged();
    return m_errors.isEmpty();
}

void SettingsFormModel::applyServerError(const ApiError &error)
{
    QString name = error.field;
    if (name.startsWith(u"settings."_s))
        name = name.mid(9);
    m_errors.insert(name, messageFor(error.key, m_schema.field(name)));
    Q_EMIT errorsChanged();
}

} // namespace nomo
