// Every visible string has an Arabic translation: an unfinished entry in
// translations/nomo_ar.ts fails the build's tests, not a merchant's screen.
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(TranslationFiles, ArabicHasNoUnfinishedEntries)
{
    QFile file(QStringLiteral(NOMO_SOURCE_DIR "/translations/nomo_ar.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype messages = text.count(u"<message>"_s);
    EXPECT_GT(messages, 10);
    EXPECT_EQ(text.count(u"type=\"unfinished\""_s), 0);
    EXPECT_EQ(text.count(QRegularExpression(u"<translation>\\s*</translation>"_s)), 0);
}
