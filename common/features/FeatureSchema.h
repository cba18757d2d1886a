#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace nomo {

// What each feature's settings may hold: names, types, ranges and allowed values.
// One definition serves both sides: the daemon validates PUT /api/v1/features/{key}
// against it (422 with the field at fault) and the console builds its settings forms
// from it. Labels are untranslated English source text, marked for lupdate in the
// "FeatureSchema" context; the console shows QCoreApplication::translate(
// "FeatureSchema", label).
struct SettingField
{
    enum class Type { Boolean, Integer, Text, Choice };

    QString name;      // key in settings_json
    Type type = Type::Boolean;
    const char *label = ""; // English source text, translated by the console
    QJsonValue defaultValue;
    qint64 minimum = 0;     // Integer: inclusive bounds
    qint64 maximum = 0;
    int maxLength = 0;      // Text: most characters allowed (0 = no text limit set)
    QStringList choices;    // Choice: the allowed values
    const char *unit = "";  // Integer: unit shown after the number ("minutes"), may be empty
};

// A setting that is a secret (a provider's API key). Never part of `settings`: it is
// sent in a PUT's `secrets` object, sealed by the daemon in a table of its own and
// never sent back; answers say only whether it is set.
struct SecretField
{
    QString name;
    const char *label = ""; // English source text ("FeatureSchema" context)
    int maxLength = 1024;
};

struct FeatureSchema
{
    QString key;
    const char *title = "";       // English source text ("FeatureSchema" context)
    const char *description = ""; // one line for the dashboard card
    QList<SettingField> fields;
    QList<SecretField> secrets = {};

    const SettingField *field(const QString &name) const;
    // Settings with every known field present (the stored value where valid, the
    // default elsewhere), and every field this build does not know carried through
    // untouched: a newer daemon's or console's.
    QJsonObject withDefaults(const QJsonObject &settings) const;
    // `incoming` over `current` (the stored settings). Every known field must be of
    // its type and in range; a known field `incoming` leaves out keeps its current
    // value, or takes its default. Fields this build does not know are carried through
    // from either, so an older console can save a feature without failing on a newer
    // field or resetting it. The error's detail names the field as "settings.<name>"
    // and says what is wrong (English; the console shows its own words).
    // A secret's name inside settings is refused (it would be stored in clear and
    // travel on the change feed).
    Result<QJsonObject> validate(const QJsonObject &incoming, const QJsonObject &current = {}) const;

    const SecretField *secret(const QString &name) const;
    // A PUT's `secrets`: each a known secret of this feature, a string of at most its
    // length (set it) or null (clear it). Names as "secrets.<name>" in errors.
    Result<QList<std::pair<QString, std::optional<QString>>>> validateSecrets(const QJsonObject &incoming) const;

    // Fields not known to this build that one feature's settings may carry, and the
    // size of its whole settings object: a bound, since they are stored as they come.
    static constexpr int kMaxUnknownFields = 16;
    static constexpr qsizetype kMaxSettingsBytes = 16 * 1024;
};

// The six features, in dashboard order (the same order as featureKeys()).
const QList<FeatureSchema> &featureSchemas();
const FeatureSchema *featureSchema(const QString &key);

// Choice values are stable wire names; this gives their English label for the forms.
const char *choiceLabel(const QString &value);

} // namespace nomo
