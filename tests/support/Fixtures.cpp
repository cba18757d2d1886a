#include "support/Fixtures.h"

#include <QFile>

#include <gtest/gtest.h>

namespace nomo::test {

QByteArray sallaFixture(const QString &fileName)
{
    QFile file(QStringLiteral(NOMO_SALLA_FIXTURES_DIR "/") + fileName);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << "missing fixture " << fileName.toStdString();
    return file.readAll();
}

} // namespace nomo::test
