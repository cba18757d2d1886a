#pragma once

#include "json/WireCodec.h"
#include "money/Money.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace nomo {

// Reads one object of the wire field by field for a fromJson(). The first problem is
// kept and every later read just returns a default, so a codec reads straight through
// and asks once, at the end, whether all went well:
//
//   WireObject o(at);
//   order.total = o.money(u"total_halalas");
//   ...
//   return o.result(std::move(order));
class WireObject
{
public:
    explicit WireObject(const JsonField &at);

    JsonField field(QStringView key) const { return m_at[key]; }

    qint64 integer(QStringView key);
    int smallInteger(QStringView key); // fits an int (counts, attempts)
    std::optional<qint64> nullableInteger(QStringView key);
    Money money(QStringView key); // integer halalas
    std::optional<Money> nullableMoney(QStringView key);
    bool boolean(QStringView key); // true or false, nothing else
    QString string(QStringView key);
    QString nullableString(QStringView key); // null or absent: ""
    QString oneOf(QStringView key, const QStringList &allowed);
    QDateTime time(QStringView key); // ISO 8601 with a zone, read as UTC
    QDateTime nullableTime(QStringView key); // null or absent: invalid
    QJsonObject object(QStringView key); // carried as it is (settings, payloads)

    template<class T>
    T nested(QStringView key)
    {
        if (m_error)
            return T{};
        auto value = fromJson<T>(field(key));
        if (!value) {
            m_error = value.error();
            return T{};
        }
        return std::move(*value);
    }

    template<class T>
    QList<T> list(QStringView key)
    {
        if (m_error)
            return {};
        auto items = listFromJson<T>(field(key));
        if (!items) {
            m_error = items.error();
            return {};
        }
        return std::move(*items);
    }

    // An object inside this one ("merchant"), read by its own WireObject; adopt() it
    // afterwards so its problems become this one's.
    WireObject inner(QStringView key) const { return WireObject(field(key)); }
    void adopt(const WireObject &inner)
    {
        if (!m_error && inner.m_error)
            m_error = inner.m_error;
    }

    // A codec's own check: refuses `key` with `what` unless an earlier problem came first.
    void refuse(QStringView key, const QString &what);

    bool ok() const { return !m_error.has_value(); }

    template<class T>
    Result<T> result(T value) const
    {
        if (m_error)
            return fail(*m_error);
        return value;
    }

private:
    // The field, if present and of the JSON type `type`; otherwise notes why not.
    std::optional<QJsonValue> take(QStringView key, QJsonValue::Type type, const char *expected, bool nullable);

    JsonField m_at;
    std::optional<Error> m_error;
};

} // namespace nomo
