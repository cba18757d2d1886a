#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace nomo {

// Bounds on what we agree to parse. Every JSON from outside (webhooks, API bodies,
// storefront beacons, config) goes through parseJson() with limits.
struct JsonLimits
{
    qsizetype maxBytes = 1024 * 1024;
    int maxDepth = 32;
};

// Size is checked first, then nesting depth by a scan that allocates nothing, and
// only then does Qt build a document: a 100 MB or 10,000-deep body costs no memory.
Result<QJsonDocument> parseJson(const QByteArray &bytes, const JsonLimits &limits = {});
Result<QJsonObject> parseJsonObject(const QByteArray &bytes, const JsonLimits &limits = {});

// "string", "number", "object", ... and "missing" for an absent field: for messages.
QString jsonTypeName(const QJsonValue &value);

// Typed access into a JSON tree that names the field at fault:
//   JsonField root(object);
//   auto id = root[u"data"][u"id"].toId();   // error: "data.id: expected an integer, got string"
class JsonField
{
public:
    explicit JsonField(const QJsonObject &root);
    JsonField(QJsonValue value, QString path);

    JsonField operator[](QStringView key) const;
    JsonField at(qsizetype index) const;

    const QString &path() const { return m_path; }
    const QJsonValue &value() const { return m_value; }
    bool isMissing() const { return m_value.isUndefined(); }
    bool isNull() const { return m_value.isNull(); }
    bool isMissingOrNull() const { return isMissing() || isNull(); }

    Result<QString> toString() const;
    Result<QString> toNonEmptyString() const;
    Result<bool> toBool() const; // also "true"/"false": Salla sends booleans as strings in places
    Result<qint64> toInteger() const; // a JSON number without a fraction
    // An id: an integer, or a string of digits (Salla sends both; REFERENCE.md §1).
    Result<qint64> toId() const;
    Result<double> toDouble() const;
    Result<QJsonObject> toObject() const;
    Result<QJsonArray> toArray() const;

    // The same, but a missing or null field yields the fallback.
    QString stringOr(const QString &fallback) const;

    Error error(const QString &what) const;

private:
    Result<void> present() const;

    QJsonValue m_value;
    QString m_path;
};

} // namespace nomo
