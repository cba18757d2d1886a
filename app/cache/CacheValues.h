#pragma once

#include "core/Time.h"

#include <QDateTime>
#include <QVariant>

#include <optional>

// How the cache stores what the wire carries: times as UTC epoch milliseconds, and
// NULL (never "now" or 0) for a time or number that is not set: an invented value
// would misplace the row in reports.
namespace nomo::cache {

inline QVariant storedTime(const QDateTime &when)
{
    return when.isValid() ? QVariant(time::toStorage(when)) : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime loadedTime(const QVariant &stored)
{
    return stored.isNull() ? QDateTime() : time::fromStorage(stored.toLongLong());
}

inline QVariant optionalInteger(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace nomo::cache
