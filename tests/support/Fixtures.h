#pragma once

#include <QByteArray>
#include <QString>

namespace nomo::test {

// The exact bytes of a Salla fixture (tests/data/salla, copied from shared/salla/fixtures).
QByteArray sallaFixture(const QString &fileName);

} // namespace nomo::test
