#include "config/ConfigStore.h"

#include <QFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

Error configError(const QString &detail)
{
    return Error{ErrorCode::ConfigError, u"config.invalid"_s, detail};
}

QString stripComment(const QString &line)
{
    // A comment starts at ';' or '#' at the line start or after white space, so
    // "sqlite:///a#b" stays whole but "8080 ; default" loses its comment.
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if ((c == u';' || c == u'#') && (i == 0 || line.at(i - 1).isSpace()))
            return line.left(i);
    }
    return line;
}

} // namespace

QString ConfigStore::environmentName(const QString &key)
{
    QString name = key.toUpper();
    name.replace(u'.', u'_');
    return u"NOMO_"_s + name;
}

ConfigStore ConfigStore::load(QList<ConfigKeySpec> specs, const QString &filePath, const QProcessEnvironment &environment)
{
    ConfigStore store;
    store.m_specs = std::move(specs);
    QHash<QString, const ConfigKeySpec *> known;
    for (const ConfigKeySpec &spec : store.m_specs) {
        store.m_values.insert(spec.key, spec.defaultValue);
        store.m_sources.insert(spec.key, Source::Default);
        known.insert(spec.key, &spec);
    }

    if (!filePath.isEmpty()) {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            store.m_problems.append(configError(u"cannot read config file %1: %2"_s.arg(filePath, file.errorString())));
        } else if (file.size() > 1024 * 1024) {
            store.m_problems.append(configError(u"config file %1 is over 1 MiB"_s.arg(filePath)));
        } else {
            QString section;
            int lineNumber = 0;
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (const QString &raw : lines) {
                ++lineNumber;
                const QString line = stripComment(raw).trimmed();
                if (line.isEmpty())
                    continue;
                const QString where = u"%1:%2: "_s.arg(filePath).arg(lineNumber);
                if (line.startsWith(u'[')) {
                    if (!line.endsWith(u']')) {
                        store.m_problems.append(configError(where + u"a section header must end with ]"_s));
                        continue;
                    }
                    section = line.mid(1, line.size() - 2).trimmed();
                    continue;
                }
                const qsizetype equals = line.indexOf(u'=');
                if (equals <= 0) {
                    store.m_problems.append(configError(where + u"expected key = value"_s));
                    continue;
                }
                const QString name = line.left(equals).trimmed();
                const QString key = section.isEmpty() ? name : section + u'.' + name;
                if (!known.contains(key)) {
                    store.m_problems.append(configError(where + u"unknown key \"%1\""_s.arg(key)));
                    continue;
                }
                store.m_values.insert(key, line.mid(equals + 1).trimmed());
                store.m_sources.insert(key, Source::File);
            }
        }
    }

    for (const ConfigKeySpec &spec : store.m_specs) {
        const QString name = environmentName(spec.key);
        if (environment.contains(name)) {
            store.m_values.insert(spec.key, environment.value(name));
            store.m_sources.insert(spec.key, Source::Environment);
        }
    }
    store.check();
    return store;
}

void ConfigStore::check()
{
    for (const ConfigKeySpec &spec : m_specs) {
        if (!spec.check)
            continue;
        const QString problem = spec.check(m_values.value(spec.key));
        if (problem.isEmpty())
            continue;
        const QString origin = m_sources.value(spec.key) == Source::Environment
            ? u" (from %1)"_s.arg(environmentName(spec.key))
            : QString();
        m_problems.append(configError(u"%1%2: %3"_s.arg(spec.key, origin, problem)));
    }
}

QString ConfigStore::value(const QString &key) const
{
    Q_ASSERT_X(m_values.contains(key), "ConfigStore::value", "unknown key");
    return m_values.value(key);
}

ConfigStore::Source ConfigStore::source(const QString &key) const
{
    return m_sources.value(key, Source::Default);
}

void ConfigStore::set(const QString &key, const QString &value)
{
    Q_ASSERT_X(m_values.contains(key), "ConfigStore::set", "unknown key");
    m_values.insert(key, value);
}

QString ConfigStore::describe() const
{
    QString out;
    for (const ConfigKeySpec &spec : m_specs) {
        QString shown = m_values.value(spec.key);
        if (spec.secret && !shown.isEmpty()) {
            shown = u"********"_s;
        } else if (QUrl url(shown); url.isValid() && !url.password().isEmpty()) {
            // A database URL may carry a password: mask it, keep the rest readable.
            url.setPassword(u"********"_s);
            shown = url.toString();
        }
        else if (shown.isEmpty())
            shown = u"(empty)"_s;
        const Source source = m_sources.value(spec.key);
        const QString origin = source == Source::Environment ? u"env "_s + environmentName(spec.key)
            : source == Source::File                         ? u"file"_s
                                                             : u"default"_s;
        out += u"%1 = %2    # %3\n"_s.arg(spec.key, shown, origin);
    }
    return out;
}

} // namespace nomo
