#include "json/JsonReader.h"

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace nomo {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"boolean"_s;
    case QJsonValue::Double: return u"number"_s;
    case QJsonValue::String: return u"string"_s;
    case QJsonValue::Array: return u"array"_s;
    case QJsonValue::Object: return u"object"_s;
    case QJsonValue::Undefined: return u"missing"_s;
    }
    return u"unknown"_s;
}

namespace {

// Deepest nesting of arrays and objects, counting only brackets outside strings.
// Strings are skipped with memchr to their closing quote (one after an even run of
// backslashes): most of a webhook's bytes are inside strings, and a loop that looked
// at each of them was a thirtieth of the event worker's instructions.
int nestingDepth(const QByteArray &bytes, int stopAbove)
{
    int depth = 0;
    int deepest = 0;
    const char *at = bytes.constData();
    const char *const end = at + bytes.size();
    while (at < end) {
        switch (*at++) {
        case '"':
            for (;;) {
                const auto *quote = static_cast<const char *>(std::memchr(at, '"', size_t(end - at)));
                if (!quote)
                    return deepest; // unterminated: the parser says so
                const char *escapes = quote;
                while (escapes > at && escapes[-1] == '\\')
                    --escapes;
                at = quote + 1;
                if ((quote - escapes) % 2 == 0)
                    break;
            }
            break;
        case '[':
        case '{':
            deepest = std::max(deepest, ++depth);
            if (deepest > stopAbove)
                return deepest;
            break;
        case ']':
        case '}': --depth; break;
        default: break;
        }
    }
    return deepest;
}

} // namespace

Result<QJsonDocument> parseJson(const QByteArray &bytes, const JsonLimits &limits)
{
    if (bytes.size() > limits.maxBytes)
        return fail(ErrorCode::PayloadTooLarge,
                    u"json.too_large"_s,
                    u"JSON body of %1 bytes is over the limit of %2"_s.arg(bytes.size()).arg(limits.maxBytes));
    if (nestingDepth(bytes, limits.maxDepth) > limits.maxDepth)
        return fail(ErrorCode::ParseError, u"json.too_deep"_s, u"JSON nests deeper than %1 levels"_s.arg(limits.maxDepth));
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::ParseError,
                    u"json.invalid"_s,
                    u"invalid JSON at byte %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
    return document;
}

Result<QJsonObject> parseJsonObject(const QByteArray &bytes, const JsonLimits &limits)
{
    auto document = parseJson(bytes, limits);
    if (!document)
        return fail(document.error());
    if (!document->isObject())
        return fail(ErrorCode::ParseError, u"json.not_object"_s, u"expected a JSON object at the top level"_s);
    return document->object();
}

JsonField::JsonField(const QJsonObject &root)
    : m_value(root)
{
}

JsonField::JsonField(QJsonValue value, QString path)
    : m_value(std::move(value))
    , m_path(std::move(path))
{
}

JsonField JsonField::operator[](QStringView key) const
{
    const QString childPath = m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
    return JsonField(m_value.isObject() ? m_value.toObject().value(key) : QJsonValue(QJsonValue::Undefined), childPath);
}

JsonField JsonField::at(qsizetype index) const
{
    const QString childPath = m_path + u'[' + QString::number(index) + u']';
    const QJsonArray array = m_value.toArray();
    return JsonField(index >= 0 && index < array.size() ? array.at(index) : QJsonValue(QJsonValue::Undefined), childPath);
}

Error JsonField::error(const QString &what) const
{
    return Error{ErrorCode::InvalidArgument,
                 isMissing() ? u"json.field_missing"_s : u"json.field_invalid"_s,
                 (m_path.isEmpty() ? u"(root)"_s : m_path) + u": "_s + what};
}

Result<void> JsonField::present() const
{
    if (isMissing())
        return fail(error(u"is required"_s));
    return {};
}

Result<QString> JsonField::toString() const
{
    if (auto ok = present(); !ok)
        return fail(ok.error());
    if (!m_value.isString())
        return fail(error(u"expected a string, got "_s + jsonTypeName(m_value)));
    return m_value.toString();
}

Result<QString> JsonField::toNonEmptyString() const
{
    auto text = toString();
    if (text && text->trimmed().isEmpty())
        return fail(error(u"must not be empty"_s));
    return text;
}

Result<bool> JsonField::toBool() const
{
    if (auto ok = present(); !ok)
        return fail(ok.error());
    if (m_value.isBool())
        return m_value.toBool();
    if (m_value.isString()) {
        const QString text = m_value.toString().trimmed().toLower();
        if (text == u"true" || text == u"1")
            return true;
        if (text == u"false" || text == u"0")
            return false;
    }
    return fail(error(u"expected a boolean, got "_s + jsonTypeName(m_value)));
}

Result<qint64> JsonField::toInteger() const
{
    if (auto ok = present(); !ok)
        return fail(ok.error());
    if (!m_value.isDouble())
        return fail(error(u"expected an integer, got "_s + jsonTypeName(m_value)));
    // Qt 6 keeps JSON integers as 64-bit integers; toInteger() fails for fractions.
    constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
    const qint64 integer = m_value.toInteger(sentinel);
    if (integer == sentinel)
        return fail(error(u"expected an integer, got a fraction or a number out of range"_s));
    return integer;
}

Result<qint64> JsonField::toId() const
{
    if (m_value.isString()) {
        bool ok = false;
        const qint64 id = m_value.toString().toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(error(u"expected a positive integer id"_s));
        return id;
    }
    auto id = toInteger();
    if (id && *id <= 0)
        return fail(error(u"expected a positive integer id"_s));
    return id;
}

Result<double> JsonField::toDouble() const
{
    if (auto ok = present(); !ok)
        return fail(ok.error());
    if (!m_value.isDouble() || !std::isfinite(m_value.toDouble()))
        return fail(error(u"expected a number, got "_s + jsonTypeName(m_value)));
    return m_value.toDouble();
}

Result<QJsonObject> JsonField::toObject() const
{
    if (auto ok = present(); !ok)
        return fail(ok.error());
    if (!m_value.isObject())
        return fail(error(u"expected an object, got "_s + jsonTypeName(m_value)));
    return m_value.toObject();
}

Result<QJsonArray> JsonField::toArray() const
{
    if (auto ok = present(); !ok)
        return fail(ok.error());
    if (!m_value.isArray())
        return fail(error(u"expected an array, got "_s + jsonTypeName(m_value)));
    return m_value.toArray();
}

QString JsonField::stringOr(const QString &fallback) const
{
    return m_value.isString() ? m_value.toString() : fallback;
}

} // namespace nomo
