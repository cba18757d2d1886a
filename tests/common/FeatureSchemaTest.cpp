// Feature settings across versions of the daemon and the console: known fields are
// checked, unknown ones carried through, and a field left out keeps its stored value.
#include "domain/FeatureKeys.h"
#include "features/FeatureSchema.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::FeatureSchema;

namespace {

const FeatureSchema &toast()
{
    return *nomo::featureSchema(u"latest_purchase"_s);
}

TEST(FeatureSchema, TheFeatureKeysAreTheSchemasInDashboardOrder)
{
    QStringList fromSchemas;
    for (const FeatureSchema &schema : nomo::featureSchemas())
        fromSchemas.append(schema.key);
    EXPECT_EQ(nomo::featureKeys(), fromSchemas);
    EXPECT_EQ(nomo::featureKeys().constFirst(), u"coupons"_s);
}

TEST(FeatureSchema, CarriesAFieldItDoesNotKnowAndStillChecksTheOnesItDoes)
{
    auto valid = toast().validate({{u"sound"_s, u"chime"_s}, {u"display_seconds"_s, 12}});
    ASSERT_TRUE(valid) << valid.error().detail.toStdString();
    EXPECT_EQ(valid->value(u"sound"_s).toString(), u"chime"_s);
    EXPECT_EQ(valid->value(u"display_seconds"_s).toInt(), 12);
    EXPECT_EQ(valid->value(u"interval_seconds"_s).toInt(), 30) << "the default";
    EXPECT_FALSE(toast().validate({{u"sound"_s, u"chime"_s}, {u"display_seconds"_s, 99}}));
}

TEST(FeatureSchema, AFieldLeftOutKeepsItsStoredValueAndAnUnknownStoredOneStays)
{
    const QJsonObject stored{{u"display_seconds"_s, 12}, {u"sound"_s, u"chime"_s}, {u"interval_seconds"_s, 60}};
    auto saved = toast().validate({{u"interval_seconds"_s, 45}}, stored);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->value(u"display_seconds"_s).toInt(), 12);
    EXPECT_EQ(saved->value(u"interval_seconds"_s).toInt(), 45);
    EXPECT_EQ(saved->value(u"sound"_s).toString(), u"chime"_s);
}

TEST(FeatureSchema, AStoredValueNoLongerValidFallsBackToTheDefault)
{
    // A range narrowed by a newer build: what was stored is not carried as if valid.
    auto saved = toast().validate({}, {{u"display_seconds"_s, 300}});
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->value(u"display_seconds"_s).toInt(), 6);
}

TEST(FeatureSchema, WithDefaultsFillsKnownFieldsAndKeepsUnknownOnes)
{
    const QJsonObject complete = toast().withDefaults({{u"sound"_s, u"chime"_s}});
    EXPECT_EQ(complete.value(u"sound"_s).toString(), u"chime"_s);
    EXPECT_EQ(complete.value(u"display_seconds"_s).toInt(), 6);
}

TEST(FeatureSchema, BoundsWhatItCarries)
{
    QJsonObject many;
    for (int i = 0; i <= FeatureSchema::kMaxUnknownFields; ++i)
        many.insert(u"x%1"_s.arg(i), i);
    auto refused = toast().validate(many);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().messageKey, u"settings.too_many_fields"_s);
    auto huge = toast().validate({{u"note"_s, QString(20000, u'a')}});
    ASSERT_FALSE(huge);
    EXPECT_EQ(huge.error().messageKey, u"settings.too_large"_s);
    EXPECT_EQ(huge.error().field, u"settings"_s);
}

} // namespace
