#pragma once

#include "core/Error.h"

#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

#include <functional>

namespace nomo {

// One configuration key: its name ("http.listen"), default, whether it is a secret
// (masked when printed) and a check that returns an error sentence or nothing.
struct ConfigKeySpec
{
    QString key;
    QString defaultValue;
    QString help;
    bool secret = false;
    std::function<QString(const QString &value)> check;
};

// Effective configuration: defaults, then a file, then the environment, each key
// overridden by the variable named after it ("http.listen" <-> NOMO_HTTP_LISTEN).
// Loading never stops at the first problem: every bad value is collected, so
// --check-config can list them all at once.
class ConfigStore
{
public:
    enum class Source { Default, File, Environment };

    // `filePath` may be empty (no file). The file is INI-shaped:
    //   [http]
    //   listen = 127.0.0.1:8080   ; comments start with ; or #
    // We read it by hand rather than through QSettings, whose INI reader splits
    // values on commas and cannot say which line is wrong.
    static ConfigStore load(QList<ConfigKeySpec> specs, const QString &filePath, const QProcessEnvironment &environment);

    static QString environmentName(const QString &key);

    QString value(const QString &key) const;
    Source source(const QString &key) const;
    const QList<Error> &problems() const { return m_problems; }
    bool isValid() const { return m_problems.isEmpty(); }

    // "key = value   (from file)" lines with secrets masked, in spec order.
    QString describe() const;

    // Replaces a value after loading (e.g. the data folder a default points into).
    void set(const QString &key, const QString &value);

private:
    void check();

    QList<ConfigKeySpec> m_specs;
    QHash<QString, QString> m_values;
    QHash<QString, Source> m_sources;
    QList<Error> m_problems;
};

} // namespace nomo
