// The worker's head start on parsing (webhooks/ParseAhead.h): whatever it was told to
// expect, each body's document is the one parseJsonObject() makes of it.
#include "webhooks/ParseAhead.h"

#include <QDeadlineTimer>
#include <QThread>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::JsonLimits;
using nomo::ParseAhead;

namespace {
const JsonLimits kLimits { 1024 * 1024, 16 };

QByteArray bodyNumber(int n)
{
    return u"{\"event\":\"order.created\",\"merchant\":%1,\"data\":{\"id\":%2,\"name\":\"طلب %2\",\"items\":[1,2,3]}}"_s
        .arg(100 + n)
        .arg(n)
        .toUtf8();
}

QList<std::pair<qint64, QByteArray>> bodies(int from, int count)
{
    QList<std::pair<qint64, QByteArray>> list;
    for (int n = from; n < from + count; ++n)
        list.append({ n, bodyNumber(n) });
    return list;
}

// Until the helper has parsed all it was given, or 10 s.
bool helperCaughtUp(const ParseAhead &ahead)
{
    const QDeadlineTimer deadline(10000);
    while (!ahead.caughtUp() && !deadline.hasExpired())
        QThread::yieldCurrentThread();
    return ahead.caughtUp();
}
} // namespace

TEST(ParseAhead, WhatTheHelperParsedIsTakenAndIsWhatParsingInPlaceGives)
{
    ParseAhead ahead(kLimits);
    if (!ahead.helps())
        GTEST_SKIP() << "one core: no helper thread";
    ahead.expect(bodies(1, 8));
    ASSERT_TRUE(helperCaughtUp(ahead));
    for (int n = 1; n <= 8; ++n) {
        auto document = ahead.take(n, bodyNumber(n));
        ASSERT_TRUE(document) << n;
        EXPECT_EQ(*document, *nomo::parseJsonObject(bodyNumber(n), kLimits)) << n;
        EXPECT_EQ(document->value(u"data"_s).toObject().value(u"name"_s).toString(), u"طلب %1"_s.arg(n));
    }
    EXPECT_EQ(ahead.counts().ahead, 8);
    EXPECT_EQ(ahead.counts().inPlace, 0);
}

TEST(ParseAhead, ABodyNotExpectedIsParsedInPlace)
{
    ParseAhead ahead(kLimits);
    ahead.expect(bodies(1, 2));
    auto document = ahead.take(7, bodyNumber(7));
    ASSERT_TRUE(document);
    EXPECT_EQ(document->value(u"merchant"_s).toInteger(), 107);
    EXPECT_EQ(ahead.counts().inPlace, 1);
}

TEST(ParseAhead, ABodyOtherThanTheOneExpectedForItsIdIsParsedAsItIs)
{
    ParseAhead ahead(kLimits);
    if (!ahead.helps())
        GTEST_SKIP() << "one core: no helper thread";
    ahead.expect({ { 1, bodyNumber(1) } });
    ASSERT_TRUE(helperCaughtUp(ahead));
    auto document = ahead.take(1, bodyNumber(2)); // the event's body is not what was read ahead
    ASSERT_TRUE(document);
    EXPECT_EQ(document->value(u"merchant"_s).toInteger(), 102);
    EXPECT_EQ(ahead.counts().ahead, 0);
    EXPECT_EQ(ahead.counts().inPlace, 1);
}

TEST(ParseAhead, ABodyThatIsNotJsonGivesTheSameErrorAheadAsInPlace)
{
    ParseAhead ahead(kLimits);
    const QByteArray broken = QByteArrayLiteral("{\"event\": \"order.created\", ");
    const QByteArray deep = QByteArray(40, '[') + QByteArray(40, ']');
    ahead.expect({ { 1, broken }, { 2, deep } });
    if (ahead.helps()) {
        ASSERT_TRUE(helperCaughtUp(ahead));
    }
    for (const auto &[id, body] : { std::pair { qint64(1), broken }, std::pair { qint64(2), deep } }) {
        auto document = ahead.take(id, body);
        auto inPlace = nomo::parseJsonObject(body, kLimits);
        ASSERT_FALSE(document);
        ASSERT_FALSE(inPlace);
        EXPECT_EQ(document.error().toString(), inPlace.error().toString());
    }
}

TEST(ParseAhead, TheListBeforeTheLastIsStillTakenAndOlderOnesAreForgotten)
{
    ParseAhead ahead(kLimits);
    if (!ahead.helps())
        GTEST_SKIP() << "one core: no helper thread";
    ahead.expect(bodies(1, 200)); // stale once two more lists come
    ahead.expect(bodies(500, 4)); // the batch in hand while the next is read ahead
    ahead.expect(bodies(600, 4));
    ASSERT_TRUE(helperCaughtUp(ahead));
    for (int n = 500; n < 504; ++n)
        EXPECT_EQ(ahead.take(n, bodyNumber(n))->value(u"merchant"_s).toInteger(), 100 + n);
    for (int n = 600; n < 604; ++n)
        EXPECT_EQ(ahead.take(n, bodyNumber(n))->value(u"merchant"_s).toInteger(), 100 + n);
    EXPECT_EQ(ahead.counts().ahead, 8);
    for (int n = 1; n <= 200; ++n)
        EXPECT_EQ(ahead.take(n, bodyNumber(n))->value(u"merchant"_s).toInteger(), 100 + n);
    // At most the one in the helper's hands as the third list came was kept.
    EXPECT_GE(ahead.counts().inPlace, 199);
}

TEST(ParseAhead, GoesAwayWhileItsHelperIsParsing)
{
    // A body large enough to be in the helper's hands as the parser is destroyed.
    QByteArray large = "{\"data\":[";
    for (int i = 0; i < 200000; ++i)
        large += i ? ",\"x\"" : "\"x\"";
    large += "]}";
    auto ahead = std::make_unique<ParseAhead>(JsonLimits { 64 * 1024 * 1024, 16 });
    ahead->expect({ { 1, large }, { 2, large } });
    ahead.reset(); // joins the helper; must neither hang nor touch freed memory (the sanitizer build checks)
    SUCCEED();
}
