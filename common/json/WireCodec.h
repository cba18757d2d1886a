#pragma once

#include "core/Result.h"
#include "json/JsonReader.h"

#include <QJsonArray>
#include <QList>

namespace nomo {

// Reading the console API's wire (docs/api/openapi.yaml) into the domain types, the
// other half of toJson(). Each family's *Json.cpp defines both directions, so a field
// is named in one place for the daemon that writes it and the console that reads it.
//
// A reader refuses a missing required field or a value of the wrong type with a
// ParseError whose detail names the field ("order.total_halalas: expected a whole
// number, got string"), and passes over fields it does not know: a newer daemon adds
// fields, and this console must still read what it knows. A nullable field may be
// null or absent; both read as "not set".

// The name a type's fields are reported under ("order"); also its golden file's name
// (tests/data/wire/order.json).
template<class T>
QString wireName();

// One value at a place in a larger document: paths go on ("changes[2].payload.id").
template<class T>
Result<T> fromJson(const JsonField &at);

// A whole answer.
template<class T>
Result<T> fromJson(const QJsonObject &object)
{
    return fromJson<T>(JsonField(QJsonValue(object), wireName<T>()));
}

namespace wire {
// The refusal of the value at `at`: a ParseError naming its path.
Error refusal(const JsonField &at, const QString &what);
} // namespace wire

// A JSON array of T, all or nothing: one bad item refuses the list.
template<class T>
Result<QList<T>> listFromJson(const JsonField &at)
{
    if (!at.value().isArray())
        return fail(wire::refusal(at, at.isMissing() ? QStringLiteral("is required")
                                                     : QStringLiteral("expected an array, got ") + jsonTypeName(at.value())));
    const qsizetype size = at.value().toArray().size();
    QList<T> items;
    items.reserve(size);
    for (qsizetype i = 0; i < size; ++i) {
        auto item = fromJson<T>(at.at(i));
        if (!item)
            return fail(item.error());
        items.append(std::move(*item));
    }
    return items;
}

// {"events": [...]} -> the events.
template<class T>
Result<QList<T>> listFromJson(const QJsonObject &body, const QString &field)
{
    return listFromJson<T>(JsonField(body)[field]);
}

template<class T>
QJsonArray toJsonArray(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return array;
}

} // namespace nomo
