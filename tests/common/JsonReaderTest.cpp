#include "json/JsonReader.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::ErrorCode;
using nomo::JsonField;
using nomo::JsonLimits;

TEST(JsonReader, RefusesBodiesOverTheSizeLimit)
{
    const auto parsed = nomo::parseJson(QByteArray(2048, ' ') + "{}", JsonLimits{1024, 8});
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().code, ErrorCode::PayloadTooLarge);
}

TEST(JsonReader, RefusesNestingDeeperThanTheLimit)
{
    const QByteArray deep = QByteArray(100, '[') + QByteArray(100, ']');
    const auto parsed = nomo::parseJson(deep, JsonLimits{1 << 20, 32});
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().messageKey, u"json.too_deep"_s);
    EXPECT_TRUE(nomo::parseJson(QByteArray(32, '[') + QByteArray(32, ']'), JsonLimits{1 << 20, 32}));
}

TEST(JsonReader, IgnoresBracketsInsideStringsWhenCountingDepth)
{
    const QByteArray text = R"({"a": "[[[[[[[[[[\"{{{{{{{{{{"})";
    EXPECT_TRUE(nomo::parseJson(text, JsonLimits{1 << 20, 2}));
}

TEST(JsonReader, AnEscapedQuoteKeepsAStringOpenAndAnEscapedBackslashDoesNot)
{
    // "\"[[[[" is one string, its quote escaped; "\\\\" (two escaped backslashes) ends at
    // its quote, so the arrays after it count: three levels in all.
    const QByteArray text = R"({"a": "\"[[[[", "b": "\\\\", "c": [[1]]})";
    EXPECT_TRUE(nomo::parseJson(text, JsonLimits{1 << 20, 3}));
    const auto tooDeep = nomo::parseJson(text, JsonLimits{1 << 20, 2});
    ASSERT_FALSE(tooDeep);
    EXPECT_EQ(tooDeep.error().messageKey, u"json.too_deep"_s);
}

TEST(JsonReader, ReportsWhereInvalidJsonBreaks)
{
    const auto parsed = nomo::parseJson(R"({"a": 1,})");
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().code, ErrorCode::ParseError);
    EXPECT_TRUE(parsed.error().detail.contains(u"byte"_s));
}

TEST(JsonReader, RefusesInvalidUtf8)
{
    EXPECT_FALSE(nomo::parseJson(QByteArray("{\"a\": \"\xff\xfe\"}")));
}

TEST(JsonReader, RequiresAnObjectWhereOneIsExpected)
{
    const auto parsed = nomo::parseJsonObject("[1,2]");
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().messageKey, u"json.not_object"_s);
}

TEST(JsonField, NamesTheMissingFieldByPath)
{
    const JsonField root(*nomo::parseJsonObject(R"({"data": {"items": [{"name": "x"}]}})"));
    const auto missing = root[u"data"][u"items"].at(0)[u"price"].toInteger();
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().messageKey, u"json.field_missing"_s);
    EXPECT_EQ(missing.error().detail, u"data.items[0].price: is required"_s);
}

TEST(JsonField, NamesTheFieldOfTheWrongType)
{
    const JsonField root(*nomo::parseJsonObject(R"({"data": {"id": "abc", "n": 1.5, "s": 3}})"));
    const auto id = root[u"data"][u"id"].toId();
    ASSERT_FALSE(id);
    EXPECT_TRUE(id.error().detail.startsWith(u"data.id:"_s));
    EXPECT_FALSE(root[u"data"][u"n"].toInteger());
    const auto s = root[u"data"][u"s"].toString();
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().detail, u"data.s: expected a string, got number"_s);
}

TEST(JsonField, ReadsSixtyFourBitIdsExactly)
{
    const JsonField root(*nomo::parseJsonObject(R"({"a": 9007199254740993, "b": "1626467363"})"));
    EXPECT_EQ(*root[u"a"].toId(), 9007199254740993LL);
    EXPECT_EQ(*root[u"b"].toId(), 1626467363LL);
}

TEST(JsonField, ReadsBooleansSentAsStrings)
{
    const JsonField root(*nomo::parseJsonObject(R"({"a": "true", "b": false, "c": "yes"})"));
    EXPECT_TRUE(*root[u"a"].toBool());
    EXPECT_FALSE(*root[u"b"].toBool());
    EXPECT_FALSE(root[u"c"].toBool());
}
