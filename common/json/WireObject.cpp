#include "json/WireObject.h"

#include "core/Time.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace nomo {

namespace wire {
Error refusal(const JsonField &at, const QString &what)
{
    Error error = at.error(what);
    // Bytes from the daemon that are not what they claim to be: a parse error, not a
    // caller's bad argument (which is how JsonField words its errors for requests).
    error.code = ErrorCode::ParseError;
    error.field = at.path();
    return error;
}
} // namespace wire

WireObject::WireObject(const JsonField &at)
    : m_at(at)
{
    if (!at.value().isObject())
        m_error = wire::refusal(at, at.isMissing() ? u"is required"_s : u"expected an object, got "_s + jsonTypeName(at.value()));
}

void WireObject::refuse(QStringView key, const QString &what)
{
    if (!m_error)
        m_error = wire::refusal(field(key), what);
}

std::optional<QJsonValue> WireObject::take(QStringView key, QJsonValue::Type type, const char *expected, bool nullable)
{
    if (m_error)
        return std::nullopt;
    const JsonField at = field(key);
    if (at.isMissingOrNull()) {
        if (!nullable)
            refuse(key, at.isMissing() ? u"is required"_s : u"must not be null"_s);
        return std::nullopt;
    }
    if (at.value().type() != type) {
        refuse(key, u"expected "_s + QLatin1StringView(expected) + u", got "_s + jsonTypeName(at.value()));
        return std::nullopt;
    }
    return at.value();
}

namespace {
constexpr qint64 kNotWhole = std::numeric_limits<qint64>::min();
} // namespace

qint64 WireObject::integer(QStringView key)
{
    const auto value = take(key, QJsonValue::Double, "a whole number", false);
    if (!value)
        return 0;
    // Qt keeps JSON integers as 64-bit integers; toInteger() refuses fractions.
    const qint64 number = value->toInteger(kNotWhole);
    if (number == kNotWhole) {
        refuse(key, u"expected a whole number, got a fraction or a number out of range"_s);
        return 0;
    }
    return number;
}

int WireObject::smallInteger(QStringView key)
{
    const qint64 number = integer(key);
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()) {
        refuse(key, u"expected a whole number of at most 2^31"_s);
        return 0;
    }
    return static_cast<int>(number);
}

std::optional<qint64> WireObject::nullableInteger(QStringView key)
{
    if (m_error || field(key).isMissingOrNull())
        return std::nullopt;
    return integer(key);
}

Money WireObject::money(QStringView key)
{
    return Money::fromHalalas(integer(key));
}

std::optional<Money> WireObject::nullableMoney(QStringView key)
{
    const std::optional<qint64> halalas = nullableInteger(key);
    return halalas ? std::optional<Money>(Money::fromHalalas(*halalas)) : std::nullopt;
}

bool WireObject::boolean(QStringView key)
{
    const auto value = take(key, QJsonValue::Bool, "true or false", false);
    return value && value->toBool();
}

QString WireObject::string(QStringView key)
{
    const auto value = take(key, QJsonValue::String, "a string", false);
    return value ? value->toString() : QString();
}

QString WireObject::nullableString(QStringView key)
{
    const auto value = take(key, QJsonValue::String, "a string", true);
    return value ? value->toString() : QString();
}

QString WireObject::oneOf(QStringView key, const QStringList &allowed)
{
    const QString text = string(key);
    if (m_error)
        return {};
    if (!allowed.contains(text)) {
        refuse(key, u"expected one of %1, got \"%2\""_s.arg(allowed.join(u", "_s), text.left(40)));
        return {};
    }
    return text;
}

QDateTime WireObject::time(QStringView key)
{
    const QString text = string(key);
    if (m_error)
        return {};
    auto when = nomo::time::fromWire(text);
    if (!when) {
        refuse(key, u"expected an ISO 8601 time with a zone, got \"%1\""_s.arg(text.left(40)));
        return {};
    }
    return *when;
}

QDateTime WireObject::nullableTime(QStringView key)
{
    if (m_error || field(key).isMissingOrNull())
        return {};
    return time(key);
}

QJsonObject WireObject::object(QStringView key)
{
    const auto value = take(key, QJsonValue::Object, "an object", false);
    return value ? value->toObject() : QJsonObject();
}

} // namespace nomo
