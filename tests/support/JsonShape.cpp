#include "support/JsonShape.h"

#include "json/JsonReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nomo::test {

QStringList shapeDifferences(const QJsonValue &expected, const QJsonValue &actual, const QStringList &nullable, const QString &path)
{
    const QString here = path.isEmpty() ? u"(root)"_s : path;
    if (expected.isNull())
        return {};
    if (actual.isNull()) {
        static const QRegularExpression index(u"\\[\\d+\\]"_s);
        if (nullable.contains(QString(path).replace(index, u"[]"_s)))
            return {};
    }
    if (expected.type() != actual.type())
        return {u"%1: expected %2, got %3"_s.arg(here, jsonTypeName(expected), jsonTypeName(actual))};
    QStringList differences;
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            const QString child = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (!a.contains(it.key()))
                differences.append(child + u": missing"_s);
            else
                differences += shapeDifferences(it.value(), a.value(it.key()), nullable, child);
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!e.contains(it.key()))
                differences.append((path.isEmpty() ? it.key() : path + u'.' + it.key()) + u": not in the fixture"_s);
        }
    } else if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (!e.isEmpty()) {
            for (qsizetype i = 0; i < a.size(); ++i)
                differences += shapeDifferences(e.first(), a.at(i), nullable, u"%1[%2]"_s.arg(path).arg(i));
        }
    }
    return differences;
}

} // namespace nomo::test
