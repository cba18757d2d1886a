#pragma once

#include "core/Time.h"

#include <QDateTime>
#include <QJsonValue>
#include <QVariant>

// How the cache stores what the wire carries: times as UTC epoch milliseconds, and
// NULL (never "now" or 0) for a time or number that is missing: an invented value
// would misplace the row in reports.
namespace nomo::cache {

inline QVariant storedTime(const QJsonValue &wire)
{
    if (auto when = time::fromWire(wire.toString()))
        return time::toStorage(*when);
    return QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime loadedTime(const QVariant &stored)
{
    return stored.isNull() ? QDateTime() : time::fromStorage(stored.toLongLong());
}

inline QVariant optionalInteger(const QJsonValue &wire)
{
    return wire.isDouble() ? QVariant(wire.toInteger()) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace nomo::cache
