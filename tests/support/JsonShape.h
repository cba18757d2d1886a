#pragma once

#include <QJsonValue>
#include <QStringList>

namespace nomo::test {

// Differences in shape between a Salla fixture and what we (or the simulator) emit:
// the same field names, JSON types and nesting, field by field. Values may differ.
// A null in the fixture accepts any type (Salla's nullable fields); a null where the
// fixture has a value is accepted only at the paths listed in `nullable` (array
// indices written "[]", e.g. "data[].minimum_amount"). A fixture array describes
// every element by its first one; an empty fixture array accepts anything.
QStringList shapeDifferences(const QJsonValue &expected,
                             const QJsonValue &actual,
                             const QStringList &nullable = {},
                             const QString &path = {});

} // namespace nomo::test
