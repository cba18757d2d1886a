// installer/nomo-daemon.conf is the operator's reference: it must load cleanly and
// name every key the daemon knows, so no limit stays hidden.
#include "config/DaemonConfig.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(ExampleConfig, LoadsWithoutProblems)
{
    const auto config = nomo::DaemonConfig::load(QStringLiteral(NOMO_SOURCE_DIR "/installer/nomo-daemon.conf"), {});
    EXPECT_TRUE(config.isValid()) << (config.isValid() ? "" : config.store().problems().constFirst().detail.toStdString());
}

TEST(ExampleConfig, MentionsEveryKey)
{
    QFile file(QStringLiteral(NOMO_SOURCE_DIR "/installer/nomo-daemon.conf"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const auto &spec : nomo::DaemonConfig::specs()) {
        const QString section = u'[' + spec.key.section(u'.', 0, 0) + u']';
        const QString name = spec.key.section(u'.', 1);
        EXPECT_TRUE(text.contains(section)) << spec.key.toStdString();
        EXPECT_TRUE(text.contains(name + u" ="_s)) << spec.key.toStdString();
    }
}
